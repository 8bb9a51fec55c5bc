// A .tsx name only because vitest.config.ts collects components/**/*.test.tsx; no JSX here.
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { questionnaireSteps, stepKey } from "@/components/questionnaire/progress";
import {
  controlScreenOf,
  PORTFOLIO_SLIDE,
  presenterSlides,
  slideIndexOf,
  TITLE_SLIDE,
} from "./slides";

const assessment: Assessment = {
  schema: "crossover.assessment/v1",
  title: "Acme",
  organization: { aiTeam: "ml_team" },
  useCases: [
    { id: "contracts", name: "Contracts", template: "document-processing", answers: {} },
    { id: "assistant", name: "Assistant", answers: { dataSensitivity: "regulated" } },
  ],
};

describe("presenter slides", () => {
  const slides = presenterSlides(assessment, content.questions);

  it("open with the title and close with the portfolio", () => {
    expect(slides[0]?.key).toBe(TITLE_SLIDE);
    expect(slides.at(-1)?.key).toBe(PORTFOLIO_SLIDE);
  });

  it("have a slide for every step of the questionnaire, in its order, under the step's key", () => {
    // So that a presenter following the facilitator always finds the slide for the step shown.
    const steps = questionnaireSteps(assessment, content.questions).map(stepKey);
    expect(slides.slice(1, -1).map((s) => s.key)).toEqual(steps);
  });

  it("have unique keys", () => {
    expect(new Set(slides.map((s) => s.key)).size).toBe(slides.length);
  });

  it("give each use case a first recommendation after its quick path and a final one", () => {
    for (const [index, useCase] of assessment.useCases.entries()) {
      const own = slides.filter((s) => s.key.startsWith(`${useCase.id}:`));
      const first = own.findIndex((s) => s.kind === "recommendation" && s.stage === "first");
      const quick = own.filter((s) => s.kind === "question" && s.step.section.quick);
      expect(first).toBe(quick.length);
      expect(own.at(-1)).toMatchObject({
        kind: "recommendation",
        stage: "final",
        useCaseId: useCase.id,
        useCaseIndex: index,
      });
    }
  });

  it("are found by key, and an unknown key opens the title", () => {
    expect(slideIndexOf(slides, "assistant:review")).toBe(slides.length - 2);
    expect(slideIndexOf(slides, "nothing:here")).toBe(0);
    expect(slideIndexOf(slides, null)).toBe(0);
  });

  it("send Esc to the questionnaire at the same step, or to the results for the portfolio", () => {
    const question = slides.find((s) => s.key === "contracts:dataSensitivity");
    const final = slides.find((s) => s.key === "contracts:review");
    const portfolio = slides.at(-1);
    if (!question || !final || !portfolio) throw new Error("missing slides");
    expect(controlScreenOf(question)).toEqual({
      screen: "assess",
      address: { useCaseId: "contracts", questionId: "dataSensitivity" },
    });
    expect(controlScreenOf(final)).toEqual({
      screen: "assess",
      address: { useCaseId: "contracts", step: "review" },
    });
    expect(controlScreenOf(portfolio)).toEqual({ screen: "results" });
  });

  it("still open and close an assessment without use cases", () => {
    const empty = presenterSlides({ ...assessment, useCases: [] }, content.questions);
    expect(empty.map((s) => s.kind)).toEqual([
      "title",
      "question",
      "question",
      "question",
      "use-cases",
      "portfolio",
    ]);
  });
});
