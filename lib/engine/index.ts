export {
  evaluateAssessment,
  resolveAnswers,
  resolveOrganization,
  assumptionValues,
} from "./evaluate";
export { templateAnswersAt } from "./answers";
export type * from "./types";
export { RESULTS_SCHEMA_V1 } from "./types";
export { optionHeadline } from "./names";
export { describeMoney, describeNextMove } from "./summary";
export { implausibleVolumeReason, plausibleVolume } from "./confidence";
export { CROSSING_FIRST_VOLUME, MAX_CROSSOVER_REQUESTS } from "./cost";
export type { CostBreakdown, CostCrossing, CostCurvePoint } from "./cost";
