/**
 * What the parts of the engine share while they evaluate an assessment: the compiled content and
 * the assessment-wide inputs (`EngineContext`), and one use case as scored (`ScoredUseCase`), from
 * which the confidence, the drivers, the flips and the summary are worked out.
 */
import type { Content } from "@/content";
import type { CompleteAnswers } from "@/lib/assessment/schema";
import type { PriceRange } from "./bands";
import type { AssumptionValues, CostParameters, GpuOfClass, OptionCosts } from "./cost";
import type {
  AnswerIndexes,
  ChoiceAnswers,
  RawScoring,
  ScoreBuffers,
  ScoringModel,
} from "./scoring";
import type { AssumedAnswer, ResolvedOrganization } from "./types";

export interface EngineContext {
  content: Content;
  model: ScoringModel;
  organization: ResolvedOrganization;
  assumedOrganization: AssumedAnswer[];
  assumptions: AssumptionValues;
  /** Prices whose sources disagree and the assessment leaves at their defaults (bands.ts). */
  ranges: readonly PriceRange[];
  /** The GPU each open model class is served on (content/tiers.ts). */
  gpuOf: GpuOfClass;
  /** The assessment's own override of the hybrid's split, from before it was an answer (0–1). */
  legacyHybridShare: number | undefined;
  /** Criterion weights as the assessment sets them (or content's defaults), before the answers. */
  weights0: Float64Array;
  /** Whether to work out what would change each answer. */
  flips: boolean;
  /** Working memory reused across use cases: the what-if analysis rescored hundreds of times. */
  scratch: { buffers: ScoreBuffers; raw: RawScoring; ratings: Float64Array; totals: Float64Array };
}

/** A use case as scored at its answers. */
export interface ScoredUseCase {
  answers: CompleteAnswers;
  assumed: AssumedAnswer[];
  choices: ChoiceAnswers;
  params: CostParameters;
  costs: OptionCosts;
  /** The cost scoring: cost ratings in option order, then the cost weight's multiplier (scoring.ts). */
  costRating: Float64Array;
  indexes: AnswerIndexes;
  raw: RawScoring;
  buffers: ScoreBuffers;
  /** Bit mask of the options hard constraints rule out. */
  excluded: number;
  /** Index of the recommended option, and of the runner-up (−1: none left). */
  best: number;
  runnerUp: number;
}
