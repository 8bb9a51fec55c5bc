/**
 * What the parts of the engine share while they evaluate an assessment: the compiled content and
 * the assessment-wide inputs (`EngineContext`), and one use case as scored (`ScoredUseCase`), from
 * which the confidence, the drivers, the flips and the summary are worked out.
 */
import type { Content } from "@/content";
import type { CompleteAnswers } from "@/lib/assessment/schema";
import type { PriceRange } from "./bands";
import {
  costParametersFor,
  costShapeKey,
  type AssumptionValues,
  type CostCrossing,
  type CostParameters,
  type GpuOfClass,
  type OptionCosts,
} from "./cost";
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
  /** What is worked out from cost shapes alone, kept from call to call (`costMemoFor`). */
  memo: CostMemo;
  /** Working memory reused across use cases: the what-if analysis rescored hundreds of times. */
  scratch: { buffers: ScoreBuffers; raw: RawScoring; ratings: Float64Array; totals: Float64Array };
}

/** A use case as scored at its answers. */
export interface ScoredUseCase {
  answers: CompleteAnswers;
  assumed: AssumedAnswer[];
  choices: ChoiceAnswers;
  params: CostParameters;
  /** The key of the parameters' shape (cost.ts `costShapeKey`). */
  shape: string;
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

/**
 * The cost parameters of a use case with these choices and answers, at the assessment's
 * assumptions: worked out once per cost shape and shared (the what-if analysis asks for the same
 * few shapes again and again).
 */
export function paramsOf(
  ctx: EngineContext,
  choices: Readonly<Record<string, string>>,
  answers: { inputTokens: number; outputTokens: number; selfHostedShare: number },
): CostParameters {
  const key = costShapeKey(choices, answers);
  let params = ctx.memo.params.get(key);
  if (!params) {
    params = costParametersFor(choices, answers, ctx.assumptions, ctx.gpuOf);
    ctx.memo.params.set(key, params);
  }
  return params;
}

/**
 * What the engine works out from a use case's cost shape alone (`costShapeKey`: the choices and
 * token sizes the cost model reads), at one content and one set of assumption overrides: the
 * parameters, the crossovers, the crossings and their bands. Pure functions of their keys, so they
 * are kept from one evaluation to the next: a workshop's what-if re-evaluates the whole
 * assessment on every answer, and only the use case it changed has a new shape.
 */
export interface CostMemo {
  params: Map<string, CostParameters>;
  /** The ranged prices that move some cost, per capability need, team, infrastructure, pattern. */
  bandPrices: Map<string, readonly PriceRange[]>;
  /** Each crossing's band, by cost shape and crossing (bands.ts). */
  bands: Map<string, { low: number; high: number | null }>;
  /** The crossovers against the API and managed hosting, by cost shape. */
  crossovers: Map<string, readonly [number | null, number | null]>;
  /** The recommendation's crossings, by cost shape, recommendation and options allowed. */
  crossings: Map<string, readonly CostCrossing[]>;
}

/** Entries a memo holds before it starts again (a bound on memory, far above any assessment's). */
const MEMO_ENTRIES = 20_000;
/** Assumption sets remembered per content (the latest few: a workshop tries one at a time). */
const MEMO_SETS = 8;
const memos = new WeakMap<Content, Map<string, CostMemo>>();

/** The memo for this content and these assumption overrides, kept across calls. */
export function costMemoFor(
  content: Content,
  overrides: Readonly<Record<string, number | undefined>> | undefined,
): CostMemo {
  const key = JSON.stringify(
    Object.entries(overrides ?? {})
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  let byOverrides = memos.get(content);
  if (!byOverrides) {
    byOverrides = new Map();
    memos.set(content, byOverrides);
  }
  let memo = byOverrides.get(key);
  if (!memo) {
    if (byOverrides.size >= MEMO_SETS) {
      const oldest = byOverrides.keys().next().value;
      if (oldest !== undefined) byOverrides.delete(oldest);
    }
    memo = {
      params: new Map(),
      bandPrices: new Map(),
      bands: new Map(),
      crossovers: new Map(),
      crossings: new Map(),
    };
    byOverrides.set(key, memo);
  }
  const size = memo.params.size + memo.bands.size + memo.crossings.size;
  if (size > MEMO_ENTRIES) {
    for (const map of [memo.params, memo.bandPrices, memo.bands, memo.crossovers, memo.crossings])
      map.clear();
  }
  return memo;
}
