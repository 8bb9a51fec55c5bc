/**
 * The recommendation at any volume, everything else as answered: the scan behind the volume flips
 * and the path. Only the cost scoring changes with volume, so each volume is rescored from the use
 * case's scored state by replacing the cost ratings and the cost weight's multiplier.
 */
import type { EngineContext, ScoredUseCase } from "./context";
import { monthlyTotals } from "./cost";
import {
  bestOption,
  COST,
  COST_WEIGHT,
  costRatingsFromTotals,
  CRITERIA,
  OPTIONS,
  totalScores,
  type ScoreBuffers,
} from "./scoring";

/**
 * Replaces the cost scoring in scored buffers and rescores: the volume scan's fast path.
 * `costWeight`: the cost criterion's weight after the answers, before the money at stake.
 */
function rescoreCost(buffers: ScoreBuffers, costRating: Float64Array, costWeight: number) {
  for (let o = 0; o < OPTIONS; o++) buffers.ratings[o * CRITERIA + COST] = costRating[o] ?? 0;
  buffers.weights[COST] = costWeight * (costRating[COST_WEIGHT] ?? 1);
  totalScores(buffers);
}

export interface VolumeScan {
  /** The index of the option recommended at `monthlyRequests`. */
  recommendAt: (monthlyRequests: number) => number;
  /**
   * Between a volume where `atLo` is recommended and one where it is not, the volume where it stops
   * being (to about 0.2%), by geometric bisection.
   */
  bisect: (lo: number, hi: number, atLo: number) => number;
}

/** The volume scan of a use case. Uses the context's scratch buffers: one scan at a time. */
export function volumeScan(ctx: EngineContext, scored: ScoredUseCase): VolumeScan {
  const { model } = ctx;
  const { raw, params, buffers: base } = scored;
  const { buffers: scratch, ratings: ratingScratch, totals } = ctx.scratch;
  const excluded = scored.excluded;
  scratch.weights.set(base.weights);
  scratch.ratings.set(base.ratings);
  const recommendAt = (v: number) => {
    rescoreCost(
      scratch,
      costRatingsFromTotals(model, monthlyTotals(params, v, totals), ratingScratch),
      raw.weights[COST] ?? 0,
    );
    return bestOption(scratch.scores, excluded);
  };
  const bisect = (lo: number, hi: number, atLo: number) => {
    let a = lo;
    let b = hi;
    for (let i = 0; i < 24 && b / a > 1.002; i++) {
      const mid = Math.sqrt(a * b);
      if (recommendAt(mid) === atLo) a = mid;
      else b = mid;
    }
    return b;
  };
  return { recommendAt, bisect };
}
