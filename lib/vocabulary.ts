/**
 * The vocabulary everything else refers to: the answer values of the assessment format
 * `crossover.assessment/v1` (PRODUCT.md), the ids of the criteria and cost assumptions that content
 * defines and the format keys weights and overrides by, and the sourcing options. The bottom of
 * the import graph: content/ and every part of lib/ import it, and it imports nothing.
 *
 * These lists are part of the public contract: files, share links and the command line all use
 * them. Their order is frozen too — the share-link codec encodes a value or a key by its position —
 * so a new value may only ever be appended (for answer values, only with a new format version and
 * a migration), never inserted or removed.
 */

export const ASSESSMENT_SCHEMA_V1 = "crossover.assessment/v1" as const;

/** Criteria on which every sourcing option is rated (content/criteria.ts). */
export const criterionIds = [
  "privacy",
  "cost",
  "capability",
  "customization",
  "operations",
  "speed",
  "independence",
  "auditability",
  "safety",
  "security",
] as const;
export type CriterionId = (typeof criterionIds)[number];

/** Cost assumptions a user can inspect and override (content/assumptions.ts). */
export const assumptionIds = [
  "apiSmallInputPrice",
  "apiSmallOutputPrice",
  "apiMidInputPrice",
  "apiMidOutputPrice",
  "apiFrontierInputPrice",
  "apiFrontierOutputPrice",
  "managedSmallInputPrice",
  "managedSmallOutputPrice",
  "managedMediumInputPrice",
  "managedMediumOutputPrice",
  "managedLargeInputPrice",
  "managedLargeOutputPrice",
  "gpuHourPrice",
  "ownedGpuHourPrice",
  "gpuBillOverhead",
  "smallModelPeakThroughput",
  "mediumModelPeakThroughput",
  "largeModelPeakThroughput",
  "smallModelGpus",
  "mediumModelGpus",
  "largeModelGpus",
  "prefillTokenWeight",
  "latencyBoundShare",
  "averageUtilization",
  "minReplicas",
  "engineerAnnualCost",
  "selfHostedFteNone",
  "selfHostedFteGeneralist",
  "selfHostedFteMlTeam",
  "selfHostedFtePlatform",
  "closedApiFte",
  "openManagedFte",
  "hybridSelfHostedShare",
  "h200HourPrice",
  "b200HourPrice",
  "h200ThroughputFactor",
  "b200ThroughputFactor",
  "batchUtilization",
  "batchDiscount",
  "gpusPerAddedEngineer",
  "scaledUtilization",
  "reservedGpuDiscount",
] as const;
export type AssumptionId = (typeof assumptionIds)[number];

export const aiTeamLevels = ["none", "generalist", "ml_team", "platform"] as const;
export const securityMaturityLevels = ["basic", "established", "advanced"] as const;
export const infrastructureKinds = [
  "saas_only",
  "public_cloud",
  "private_cloud",
  "on_prem_gpu",
] as const;

export const dataSensitivityLevels = [
  "public",
  "internal",
  "confidential",
  "regulated",
  "restricted",
] as const;
export const strategicImportanceLevels = [
  "commodity",
  "important",
  "differentiating",
  "core_product",
] as const;
export const auditabilityLevels = ["none", "helpful", "required"] as const;
export const customizationLevels = ["prompting", "rag", "fine_tune", "deep"] as const;
export const capabilityNeedLevels = ["standard", "advanced", "frontier"] as const;
export const timeToValueLevels = ["flexible", "quarter", "weeks"] as const;
export const exposureLevels = ["internal", "customers", "high_stakes"] as const;
export const lockInToleranceLevels = ["acceptable", "concerned", "unacceptable"] as const;
/**
 * How the requests are served: while someone waits (`interactive`), in queued jobs (`batch`), or
 * both. Added to v1 as an optional answer (share links carry it from link format 2).
 */
export const servingPatternLevels = ["interactive", "batch", "mixed"] as const;

export type AiTeam = (typeof aiTeamLevels)[number];
export type SecurityMaturity = (typeof securityMaturityLevels)[number];
export type Infrastructure = (typeof infrastructureKinds)[number];
export type DataSensitivity = (typeof dataSensitivityLevels)[number];
export type CapabilityNeed = (typeof capabilityNeedLevels)[number];
export type ServingPattern = (typeof servingPatternLevels)[number];

/** The organization profile's questions, asked once per assessment, with their allowed values. */
export const organizationChoices = {
  aiTeam: aiTeamLevels,
  securityMaturity: securityMaturityLevels,
  infrastructure: infrastructureKinds,
} as const;

/** The per-use-case questions whose answer is one of a fixed list, with their allowed values. */
export const useCaseChoices = {
  dataSensitivity: dataSensitivityLevels,
  strategicImportance: strategicImportanceLevels,
  auditability: auditabilityLevels,
  customization: customizationLevels,
  capabilityNeed: capabilityNeedLevels,
  timeToValue: timeToValueLevels,
  exposure: exposureLevels,
  lockInTolerance: lockInToleranceLevels,
  servingPattern: servingPatternLevels,
} as const;

/** The per-use-case questions answered with a number, with their unit and allowed range. */
export const useCaseNumbers = {
  /** Requests (model calls) per month; 0 to 10^10. */
  monthlyRequests: { min: 0, max: 1e10, integer: true, unit: "requests per month" },
  /** Average prompt size per request, tokens; 1 to 2,000,000. */
  inputTokens: { min: 1, max: 2_000_000, integer: true, unit: "input tokens per request" },
  /** Average answer size per request, tokens; 1 to 200,000. */
  outputTokens: { min: 1, max: 200_000, integer: true, unit: "output tokens per request" },
  /**
   * In a hybrid, the share of requests served by the self-hosted model (those that must stay
   * inside, or that an open model handles), percent, 0 to 100.
   */
  selfHostedShare: { min: 0, max: 100, integer: true, unit: "percent of requests" },
  /** Requests per month expected in twelve months; 0 to 10^10. */
  monthlyRequestsIn12Months: { min: 0, max: 1e10, integer: true, unit: "requests per month" },
} as const;

export type OrganizationQuestionId = keyof typeof organizationChoices;
export type UseCaseChoiceQuestionId = keyof typeof useCaseChoices;
export type UseCaseNumberQuestionId = keyof typeof useCaseNumbers;
export type UseCaseQuestionId = UseCaseChoiceQuestionId | UseCaseNumberQuestionId;
export type QuestionId = OrganizationQuestionId | UseCaseQuestionId;

export const organizationQuestionIds = [
  "aiTeam",
  "securityMaturity",
  "infrastructure",
] as const satisfies readonly OrganizationQuestionId[];
export const useCaseChoiceQuestionIds = [
  "dataSensitivity",
  "strategicImportance",
  "auditability",
  "customization",
  "capabilityNeed",
  "timeToValue",
  "exposure",
  "lockInTolerance",
  "servingPattern",
] as const satisfies readonly UseCaseChoiceQuestionId[];
export const useCaseNumberQuestionIds = [
  "monthlyRequests",
  "inputTokens",
  "outputTokens",
  "selfHostedShare",
  "monthlyRequestsIn12Months",
] as const satisfies readonly UseCaseNumberQuestionId[];
/**
 * Every per-use-case question in the order of the format (PRODUCT.md); the three added to v1
 * since it was published come last.
 */
export const useCaseQuestionIds = [
  "dataSensitivity",
  "monthlyRequests",
  "inputTokens",
  "outputTokens",
  "strategicImportance",
  "auditability",
  "customization",
  "capabilityNeed",
  "timeToValue",
  "exposure",
  "lockInTolerance",
  "servingPattern",
  "selfHostedShare",
  "monthlyRequestsIn12Months",
] as const satisfies readonly UseCaseQuestionId[];

/**
 * The per-use-case questions of link format 1, frozen: a format-1 link encodes exactly these, in
 * this order (lib/share/body.ts). Answers added since travel in format 2's extension.
 */
export const linkV1ChoiceQuestionIds = useCaseChoiceQuestionIds.slice(0, 8);
export const linkV1NumberQuestionIds = useCaseNumberQuestionIds.slice(0, 3);

/**
 * The per-use-case questions format 2's extension adds after format 1's, frozen as written (not
 * derived from the lists above, so that a question added later cannot shift a format-2 link's
 * positions): a question added after these needs a format 3.
 */
export const linkV2ChoiceQuestionIds = [
  "servingPattern",
] as const satisfies readonly UseCaseChoiceQuestionId[];
export const linkV2NumberQuestionIds = [
  "selfHostedShare",
  "monthlyRequestsIn12Months",
] as const satisfies readonly UseCaseNumberQuestionId[];

/** The GPUs a model class can be served on (content/tiers.ts says which each class uses). */
export const gpuTypes = ["H100", "H200", "B200"] as const;
export type GpuType = (typeof gpuTypes)[number];

/** The size classes of open models the cost model knows, small to large. */
export const modelClassIds = ["small", "medium", "large"] as const;
export type ModelClassId = (typeof modelClassIds)[number];

/** The sourcing options a use case can be recommended, in their frozen order. */
export const optionIds = ["closed_api", "open_managed", "open_self_hosted", "hybrid"] as const;
export type OptionId = (typeof optionIds)[number];
/** The three options rated directly in content; `hybrid` is composed from two of them. */
export const pureOptionIds = ["closed_api", "open_managed", "open_self_hosted"] as const;
export type PureOptionId = (typeof pureOptionIds)[number];

/** `value` as one of `allowed`, typed as such; undefined when it is none of them. */
function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return allowed.find((v) => v === value);
}

/**
 * The answer a questionnaire control gave, as the format types it, or undefined when the format
 * does not allow it: what the assessment schema would accept for that one field, without loading
 * zod into every page that asks a question.
 */
export function organizationAnswerFrom<Q extends OrganizationQuestionId>(
  id: Q,
  value: string,
): (typeof organizationChoices)[Q][number] | undefined {
  return oneOf<(typeof organizationChoices)[Q][number]>(organizationChoices[id], value);
}

/** As `organizationAnswerFrom`, for a use case's questions answered with a choice. */
export function choiceAnswerFrom<Q extends UseCaseChoiceQuestionId>(
  id: Q,
  value: string,
): (typeof useCaseChoices)[Q][number] | undefined {
  return oneOf<(typeof useCaseChoices)[Q][number]>(useCaseChoices[id], value);
}

/** As `organizationAnswerFrom`, for the number questions: a whole number within the range. */
export function numberAnswerFrom(id: UseCaseNumberQuestionId, value: number): number | undefined {
  const { min, max } = useCaseNumbers[id];
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

/** Whether a question id is one of a use case's questions answered with a choice. */
export function isUseCaseChoiceQuestionId(id: string): id is UseCaseChoiceQuestionId {
  return oneOf(useCaseChoiceQuestionIds, id) !== undefined;
}
