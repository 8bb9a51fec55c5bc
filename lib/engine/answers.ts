/**
 * Every answer the engine works from: given, else the use case's template's, else content's
 * assumed value; and which of them were assumed. Also the cost assumptions in force.
 */
import type { Content } from "@/content";
import type { Assessment, CompleteAnswers, UseCase } from "@/lib/assessment/schema";
import {
  aiTeamLevels,
  assumptionIds,
  auditabilityLevels,
  capabilityNeedLevels,
  customizationLevels,
  dataSensitivityLevels,
  exposureLevels,
  infrastructureKinds,
  lockInToleranceLevels,
  securityMaturityLevels,
  servingPatternLevels,
  strategicImportanceLevels,
  timeToValueLevels,
  useCaseNumbers,
  useCaseQuestionIds,
  type AssumptionId,
  type QuestionId,
} from "@/lib/vocabulary";
import { record } from "./record";
import type { ChoiceAnswers } from "./scoring";
import type { AssumedAnswer, ResolvedOrganization } from "./types";

/** The cost assumptions in force: content's values with the assessment's overrides. */
export function assumptionValues(
  content: Content,
  overrides: Assessment["assumptions"],
): Record<AssumptionId, number> {
  return record(
    assumptionIds,
    (id) => overrides?.[id] ?? content.assumptions.find((a) => a.id === id)?.value ?? 0,
  );
}

function assumedValue(content: Content, question: QuestionId): string | number {
  const q = content.questions.find((x) => x.id === question);
  if (!q) throw new Error(`content has no question "${question}"`);
  return q.assumed;
}

export function resolveOrganization(
  content: Content,
  organization: Assessment["organization"],
): { organization: ResolvedOrganization; assumed: AssumedAnswer[] } {
  const assumed: AssumedAnswer[] = [];
  const pick = <K extends keyof ResolvedOrganization>(
    key: K,
    allowed: readonly ResolvedOrganization[K][],
  ) => {
    const given = organization[key];
    if (given !== undefined) return given;
    const value = assumedValue(content, key);
    assumed.push({ question: key, value, source: "default" });
    const match = allowed.find((v) => v === value);
    if (match === undefined)
      throw new Error(`content's assumed ${key} "${String(value)}" is not a valid answer`);
    return match;
  };
  return {
    organization: {
      aiTeam: pick("aiTeam", aiTeamLevels),
      securityMaturity: pick("securityMaturity", securityMaturityLevels),
      infrastructure: pick("infrastructure", infrastructureKinds),
    },
    assumed,
  };
}

/**
 * Every answer of a use case: given, else its template's, else content's assumed value. Two of the
 * answers added to v1 later follow what came before them: the hybrid's split falls back first to
 * the assessment's override of the old `hybridSelfHostedShare` assumption (so that a file made
 * before keeps its figures), and the volume in twelve months, when not given, grows from today's
 * volume as the template expects (`template.monthlyRequestsIn12Months ÷ template.monthlyRequests`),
 * or not at all without a template.
 */
export function resolveAnswers(
  content: Content,
  useCase: UseCase,
  legacyHybridShare?: number,
): { answers: CompleteAnswers; assumed: AssumedAnswer[] } {
  const template = content.templates.find((t) => t.id === useCase.template);
  const assumed: AssumedAnswer[] = [];
  const fallback = (question: keyof CompleteAnswers) => {
    const fromTemplate = template?.answers[question];
    const value = fromTemplate ?? assumedValue(content, question);
    assumed.push({ question, value, source: fromTemplate === undefined ? "default" : "template" });
    return value;
  };
  const a = useCase.answers;
  const text = <T extends string>(
    given: T | undefined,
    question: keyof CompleteAnswers,
    allowed: readonly T[],
  ): T => {
    if (given !== undefined) return given;
    const value = fallback(question);
    const match = allowed.find((v) => v === value);
    if (match === undefined) throw new Error(`no valid value to assume for ${question}`);
    return match;
  };
  const number = (given: number | undefined, question: keyof CompleteAnswers): number => {
    if (given !== undefined) return given;
    const value = fallback(question);
    if (typeof value !== "number") throw new Error(`no valid number to assume for ${question}`);
    return value;
  };
  const volume = number(a.monthlyRequests, "monthlyRequests");
  const share =
    a.selfHostedShare ??
    (legacyHybridShare === undefined
      ? number(undefined, "selfHostedShare")
      : Math.round(100 * legacyHybridShare));
  const future = (): number => {
    if (a.monthlyRequestsIn12Months !== undefined) return a.monthlyRequestsIn12Months;
    const value = template ? templateAnswersAt(template, volume).monthlyRequestsIn12Months : volume;
    assumed.push({
      question: "monthlyRequestsIn12Months",
      value,
      source: template ? "template" : "default",
    });
    return value;
  };
  const answers: CompleteAnswers = {
    dataSensitivity: text(a.dataSensitivity, "dataSensitivity", dataSensitivityLevels),
    monthlyRequests: volume,
    inputTokens: number(a.inputTokens, "inputTokens"),
    outputTokens: number(a.outputTokens, "outputTokens"),
    strategicImportance: text(
      a.strategicImportance,
      "strategicImportance",
      strategicImportanceLevels,
    ),
    auditability: text(a.auditability, "auditability", auditabilityLevels),
    customization: text(a.customization, "customization", customizationLevels),
    capabilityNeed: text(a.capabilityNeed, "capabilityNeed", capabilityNeedLevels),
    timeToValue: text(a.timeToValue, "timeToValue", timeToValueLevels),
    exposure: text(a.exposure, "exposure", exposureLevels),
    lockInTolerance: text(a.lockInTolerance, "lockInTolerance", lockInToleranceLevels),
    servingPattern: text(a.servingPattern, "servingPattern", servingPatternLevels),
    selfHostedShare: share,
    monthlyRequestsIn12Months: future(),
  };
  // Report assumptions in the order questions are asked.
  const order: readonly string[] = useCaseQuestionIds;
  assumed.sort((x, y) => order.indexOf(x.question) - order.indexOf(y.question));
  return { answers, assumed };
}

/**
 * A template's answers at another volume: every answer as the template gives it, and the volume
 * expected in a year grown from the new volume as the template expects. For presets and samples.
 */
export function templateAnswersAt(
  template: Pick<Content["templates"][number], "answers">,
  monthlyRequests: number,
): CompleteAnswers {
  const t = template.answers;
  return {
    ...t,
    monthlyRequests,
    monthlyRequestsIn12Months: Math.min(
      useCaseNumbers.monthlyRequestsIn12Months.max,
      Math.round((monthlyRequests * t.monthlyRequestsIn12Months) / Math.max(1, t.monthlyRequests)),
    ),
  };
}

/** The answers to every choice question, organization and use case, by question id. */
export function choicesOf(
  organization: ResolvedOrganization,
  answers: CompleteAnswers,
): ChoiceAnswers {
  return {
    aiTeam: organization.aiTeam,
    securityMaturity: organization.securityMaturity,
    infrastructure: organization.infrastructure,
    dataSensitivity: answers.dataSensitivity,
    strategicImportance: answers.strategicImportance,
    auditability: answers.auditability,
    customization: answers.customization,
    capabilityNeed: answers.capabilityNeed,
    timeToValue: answers.timeToValue,
    exposure: answers.exposure,
    lockInTolerance: answers.lockInTolerance,
    servingPattern: answers.servingPattern,
  };
}
