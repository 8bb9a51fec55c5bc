/**
 * The ids that content defines and the assessment format refers to (weights and assumption
 * overrides are keyed by them). Their order is frozen: the share-link codec encodes a key by its
 * position, so new ids are appended, never inserted or removed.
 */

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
] as const;
export type AssumptionId = (typeof assumptionIds)[number];
