/**
 * The presenter's slides, from the assessment and content's questions. Pure: no React, no store.
 *
 * The deck follows the questionnaire step for step, so that a presenter following the facilitator
 * always has the slide for the step on the facilitator's screen — a slide's key is the step's key
 * (`stepKey`): a title first, then the organization profile, the use cases, and for each use case
 * its quick-path questions, its first recommendation, its refinements and its recommendation;
 * the portfolio last.
 */
import type { Question } from "@/content/schema";
import type { Assessment } from "@/lib/assessment/schema";
import {
  questionnaireSteps,
  stepAddress,
  stepKey,
  type QuestionnaireStep,
  type StepAddress,
} from "@/components/questionnaire/progress";

export const TITLE_SLIDE = "title";
export const PORTFOLIO_SLIDE = "portfolio";

type QuestionStep = Extract<QuestionnaireStep, { kind: "organization" | "question" }>;

export type Slide =
  | { kind: "title"; key: typeof TITLE_SLIDE }
  /** One question screen: an organization question, or a use case's (the volume carries sizes). */
  | { kind: "question"; key: string; step: QuestionStep }
  | { kind: "use-cases"; key: string }
  /** `first`: after the quick path; `final`: after the refinements. */
  | {
      kind: "recommendation";
      key: string;
      useCaseId: string;
      useCaseIndex: number;
      stage: "first" | "final";
    }
  | { kind: "portfolio"; key: typeof PORTFOLIO_SLIDE };

function slideOfStep(step: QuestionnaireStep): Slide {
  const key = stepKey(step);
  switch (step.kind) {
    case "organization":
    case "question":
      return { kind: "question", key, step };
    case "use-cases":
      return { kind: "use-cases", key };
    case "preview":
    case "review":
      return {
        kind: "recommendation",
        key,
        useCaseId: step.useCaseId,
        useCaseIndex: step.useCaseIndex,
        stage: step.kind === "preview" ? "first" : "final",
      };
  }
}

/** Every slide of an assessment, in the order → walks them. */
export function presenterSlides(assessment: Assessment, questions: readonly Question[]): Slide[] {
  return [
    { kind: "title", key: TITLE_SLIDE },
    ...questionnaireSteps(assessment, questions).map(slideOfStep),
    { kind: "portfolio", key: PORTFOLIO_SLIDE },
  ];
}

/** The position of a slide in the deck; the title's (0) when the key names none. */
export function slideIndexOf(slides: readonly Slide[], key: string | null | undefined): number {
  if (key === null || key === undefined) return 0;
  return Math.max(
    0,
    slides.findIndex((slide) => slide.key === key),
  );
}

/**
 * Where Esc takes the presenter: the questionnaire at the slide's step, the portfolio's results
 * for the portfolio slide, the start of the questionnaire for the title.
 */
export function controlScreenOf(
  slide: Slide,
): { screen: "assess"; address: StepAddress } | { screen: "results" } {
  switch (slide.kind) {
    case "title":
      return { screen: "assess", address: {} };
    case "portfolio":
      return { screen: "results" };
    case "use-cases":
      return { screen: "assess", address: { step: "use-cases" } };
    case "question":
      return { screen: "assess", address: stepAddress(slide.step) };
    case "recommendation":
      return {
        screen: "assess",
        address: {
          useCaseId: slide.useCaseId,
          step: slide.stage === "first" ? "preview" : "review",
        },
      };
  }
}
