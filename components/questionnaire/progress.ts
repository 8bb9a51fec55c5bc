/**
 * The shape of the questionnaire and how far an assessment has come through it, from content and
 * from what the user entered. Pure: no React, no store; the screens render what these return.
 *
 * Everything follows content's question list, so a question added to content appears in the
 * questionnaire, its progress counts and its outline without touching a component.
 */
import type { Question, Template } from "@/content/schema";
import type { Answers, Assessment, Organization, UseCase } from "@/lib/assessment/schema";
import {
  organizationQuestionIds,
  useCaseQuestionIds,
  type OrganizationQuestionId,
  type UseCaseQuestionId,
} from "@/lib/vocabulary";
import type { NotSureMarks } from "@/state/workspace-data";

export function isOrganizationQuestionId(id: string): id is OrganizationQuestionId {
  return organizationQuestionIds.some((q) => q === id);
}

export function isUseCaseQuestionId(id: string): id is UseCaseQuestionId {
  return useCaseQuestionIds.some((q) => q === id);
}

/**
 * One screen of questions. Most sections ask one question; the request sizes (tokens in and out)
 * are asked with the volume, where the tokens per month they add up to can be shown as the user
 * types. The section is named after its first question (`q=` in the address).
 */
export interface QuestionSection {
  id: string;
  /** The first is the section's question; the rest refine it on the same screen. */
  questions: Question[];
  /** In the quick path: its first question is one of the four that decide most cases. */
  quick: boolean;
}

/** Questions shown on the volume question's screen rather than on screens of their own. */
const askedWithVolume: Readonly<Record<string, string>> = {
  inputTokens: "monthlyRequests",
  outputTokens: "monthlyRequests",
};

function sectionsOf(questions: readonly Question[]): QuestionSection[] {
  const ids = new Set<string>(questions.map((q) => q.id));
  const sections: QuestionSection[] = [];
  for (const question of questions) {
    const host = askedWithVolume[question.id];
    if (host !== undefined && ids.has(host)) continue;
    const joined = questions.filter((q) => askedWithVolume[q.id] === question.id);
    sections.push({ id: question.id, questions: [question, ...joined], quick: question.quick });
  }
  // The quick path first; content's order otherwise (a stable sort keeps it).
  return sections.sort((a, b) => Number(b.quick) - Number(a.quick));
}

/** The organization profile's sections, asked once per assessment. */
export function organizationSectionsOf(questions: readonly Question[]): QuestionSection[] {
  return sectionsOf(questions.filter((q) => q.scope === "organization"));
}

/** The sections asked for each use case: the quick path first, then the refinements. */
export function sectionsPerUseCase(questions: readonly Question[]): QuestionSection[] {
  return sectionsOf(questions.filter((q) => q.scope === "useCase"));
}

/**
 * Where an answer stands:
 * - `answered`: the user gave it;
 * - `not-sure`: the user said "not sure" (the engine assumes a value and says so);
 * - `template`: unanswered, and the use case's template supplies a value to confirm or change;
 * - `open`: not yet asked or skipped; the engine assumes content's default.
 */
export type AnswerState = "answered" | "not-sure" | "template" | "open";

export type AnswerValue = string | number;

/** The template's value for a question of a use case, if it came from a template. */
export function templateValue(
  useCase: UseCase,
  questionId: UseCaseQuestionId,
  templates: readonly Template[],
): AnswerValue | undefined {
  if (!useCase.template) return undefined;
  return templates.find((t) => t.id === useCase.template)?.answers[questionId];
}

export function answerStateOfUseCase(
  useCase: UseCase,
  questionId: UseCaseQuestionId,
  marks: NotSureMarks | undefined,
  templates: readonly Template[],
): AnswerState {
  if (useCase.answers[questionId] !== undefined) return "answered";
  if (marks?.useCases?.[useCase.id]?.includes(questionId)) return "not-sure";
  if (templateValue(useCase, questionId, templates) !== undefined) return "template";
  return "open";
}

export function answerStateOfOrganization(
  organization: Organization,
  questionId: OrganizationQuestionId,
  marks: NotSureMarks | undefined,
): AnswerState {
  if (organization[questionId] !== undefined) return "answered";
  if (marks?.organization?.includes(questionId)) return "not-sure";
  return "open";
}

/** A question is settled once answered, answered "not sure", or supplied by the template. */
export const isSettled = (state: AnswerState): boolean => state !== "open";

export interface OrganizationProgress {
  answered: number;
  total: number;
  states: Record<string, AnswerState>;
  /** Every quick-path question of the profile is settled. */
  quickSettled: boolean;
}

export function progressOfOrganization(
  organization: Organization,
  marks: NotSureMarks | undefined,
  questions: readonly Question[],
): OrganizationProgress {
  const asked = questions.filter((q) => q.scope === "organization");
  const states: Record<string, AnswerState> = {};
  for (const q of asked) {
    states[q.id] = isOrganizationQuestionId(q.id)
      ? answerStateOfOrganization(organization, q.id, marks)
      : "open";
  }
  return {
    answered: asked.filter((q) => states[q.id] === "answered").length,
    total: asked.length,
    states,
    quickSettled: asked.filter((q) => q.quick).every((q) => isSettled(states[q.id] ?? "open")),
  };
}

export interface UseCaseProgress {
  /** Questions the user answered (not counting "not sure"). */
  answered: number;
  /** Every per-use-case question, including those asked on a shared screen. */
  total: number;
  states: Record<string, AnswerState>;
  /** The use case's quick-path questions not yet settled. */
  quickOpen: Question[];
  /** Questions still to look at: open, or pre-filled from the template and not yet confirmed. */
  toReview: Question[];
}

export function progressOfUseCase(
  useCase: UseCase,
  marks: NotSureMarks | undefined,
  questions: readonly Question[],
  templates: readonly Template[],
): UseCaseProgress {
  const asked = questions.filter((q) => q.scope === "useCase");
  const states: Record<string, AnswerState> = {};
  for (const q of asked) {
    states[q.id] = isUseCaseQuestionId(q.id)
      ? answerStateOfUseCase(useCase, q.id, marks, templates)
      : "open";
  }
  const state = (q: Question) => states[q.id] ?? "open";
  return {
    answered: asked.filter((q) => state(q) === "answered").length,
    total: asked.length,
    states,
    quickOpen: asked.filter((q) => q.quick && state(q) === "open"),
    toReview: asked.filter((q) => state(q) === "open" || state(q) === "template"),
  };
}

/**
 * Complete enough to recommend: every quick-path question — the organization's and the use
 * case's — is answered, answered "not sure", or supplied by the use case's template.
 */
export function isReadyToRecommend(
  organization: OrganizationProgress,
  useCase: UseCaseProgress,
): boolean {
  return organization.quickSettled && useCase.quickOpen.length === 0;
}

// --- Steps -------------------------------------------------------------------------------------

/**
 * One screen of the questionnaire, in the order Back and Next walk them: the organization profile,
 * the use cases (add, rename, reorder), then per use case its quick path, a first recommendation,
 * its refinements and a review.
 */
export type QuestionnaireStep =
  | { kind: "organization"; section: QuestionSection; index: number; count: number }
  | { kind: "use-cases" }
  | {
      kind: "question";
      useCaseId: string;
      useCaseIndex: number;
      section: QuestionSection;
      /** 0-based position among the use case's sections. */
      index: number;
      count: number;
    }
  | { kind: "preview"; useCaseId: string; useCaseIndex: number }
  | { kind: "review"; useCaseId: string; useCaseIndex: number };

/** What the address says: `a` (the assessment), `u` (a use case), `q` (a question), `step`. */
export interface StepAddress {
  useCaseId?: string;
  questionId?: string;
  step?: "use-cases" | "preview" | "review";
}

export function stepKey(step: QuestionnaireStep): string {
  switch (step.kind) {
    case "organization":
      return `organization:${step.section.id}`;
    case "use-cases":
      return "use-cases";
    case "question":
      return `${step.useCaseId}:${step.section.id}`;
    case "preview":
    case "review":
      return `${step.useCaseId}:${step.kind}`;
  }
}

export function stepAddress(step: QuestionnaireStep): StepAddress {
  switch (step.kind) {
    case "organization":
      return { questionId: step.section.id };
    case "use-cases":
      return { step: "use-cases" };
    case "question":
      return { useCaseId: step.useCaseId, questionId: step.section.id };
    case "preview":
    case "review":
      return { useCaseId: step.useCaseId, step: step.kind };
  }
}

/** Every step of an assessment in Back/Next order. */
export function questionnaireSteps(
  assessment: Assessment,
  questions: readonly Question[],
): QuestionnaireStep[] {
  const organization = organizationSectionsOf(questions);
  const perUseCase = sectionsPerUseCase(questions);
  const quickCount = perUseCase.filter((s) => s.quick).length;
  const steps: QuestionnaireStep[] = organization.map((section, index) => ({
    kind: "organization",
    section,
    index,
    count: organization.length,
  }));
  steps.push({ kind: "use-cases" });
  assessment.useCases.forEach((useCase, useCaseIndex) => {
    const base = { useCaseId: useCase.id, useCaseIndex };
    perUseCase.forEach((section, index) => {
      if (index === quickCount) steps.push({ kind: "preview", ...base });
      steps.push({ kind: "question", ...base, section, index, count: perUseCase.length });
    });
    if (quickCount === perUseCase.length) steps.push({ kind: "preview", ...base });
    steps.push({ kind: "review", ...base });
  });
  return steps;
}

/** The section that asks a question, where the question shares a screen with others. */
export function sectionOf(sections: readonly QuestionSection[], questionId: string) {
  return sections.find((s) => s.questions.some((q) => q.id === questionId));
}

/**
 * The step an address names. Without a use case or question: the profile's first open question
 * while the assessment is new, the use cases after that. A use case without a question opens at
 * its first question still to review (its review once none is left). An address that names
 * nothing known falls back to the use cases.
 */
export function resolveStep(
  steps: readonly QuestionnaireStep[],
  address: StepAddress,
  progress: {
    organization: OrganizationProgress;
    useCases: Readonly<Record<string, UseCaseProgress>>;
  },
): QuestionnaireStep {
  const useCasesStep: QuestionnaireStep = { kind: "use-cases" };
  const { useCaseId, questionId, step } = address;
  if (step === "use-cases") return useCasesStep;
  if (useCaseId === undefined) {
    const organizationSteps = steps.filter((s) => s.kind === "organization");
    if (questionId !== undefined) {
      const asked = organizationSteps.find((s) =>
        s.section.questions.some((q) => q.id === questionId),
      );
      if (asked) return asked;
    }
    const isNew =
      progress.organization.answered === 0 &&
      !steps.some((s) => s.kind === "question") &&
      Object.values(progress.organization.states).every((state) => state === "open");
    if (isNew) return organizationSteps[0] ?? useCasesStep;
    return useCasesStep;
  }
  const own = steps.filter(
    (s) => s.kind !== "organization" && s.kind !== "use-cases" && s.useCaseId === useCaseId,
  );
  if (own.length === 0) return useCasesStep;
  if (step === "preview" || step === "review")
    return own.find((s) => s.kind === step) ?? useCasesStep;
  const questionSteps = own.filter((s) => s.kind === "question");
  if (questionId !== undefined) {
    const asked = questionSteps.find((s) => s.section.questions.some((q) => q.id === questionId));
    if (asked) return asked;
  }
  const toReview = new Set(progress.useCases[useCaseId]?.toReview.map((q) => q.id));
  return (
    questionSteps.find((s) => s.section.questions.some((q) => toReview.has(q.id))) ??
    own.find((s) => s.kind === "review") ??
    useCasesStep
  );
}

/** The steps before and after one, for Back and Next. */
export function neighbours(steps: readonly QuestionnaireStep[], current: QuestionnaireStep) {
  const key = stepKey(current);
  const index = steps.findIndex((s) => stepKey(s) === key);
  return {
    previous: index > 0 ? steps[index - 1] : undefined,
    next: index >= 0 ? steps[index + 1] : undefined,
  };
}

/** The answer value a question holds for the engine's purposes, given or from the template. */
export function shownUseCaseValue(
  useCase: UseCase,
  questionId: UseCaseQuestionId,
  templates: readonly Template[],
): AnswerValue | undefined {
  const answers: Answers = useCase.answers;
  return answers[questionId] ?? templateValue(useCase, questionId, templates);
}
