/**
 * Crossovers as ranges. Sources disagree on prices (content/assumptions.ts gives a low–high
 * `range` where they do), so a crossing volume is a band, not a point: "between 6M and 11M
 * requests a month".
 *
 * For each crossing, every ranged price the assessment leaves at its default is set to the end of
 * its range that favours the option cheaper above the crossing (each price tried at both ends, at
 * the crossing's volume), and the crossing found again; the ends are chosen again at the volume
 * found until it settles (which prices matter changes with the volume: a reserved discount only
 * once the fleet has grown). That is the band's low end; the ends favouring the other option give
 * the high end. Prices the assessment overrides are the user's
 * own figures and stay as given. The band always contains the point: each price moves in the
 * direction that moves the crossing that way, and the ends are clamped to the point in case two
 * prices pull against each other.
 */
import { optionIds, type AssumptionId } from "@/lib/vocabulary";
import type { EngineContext, ScoredUseCase } from "./context";
import {
  costCrossings,
  costParametersFor,
  CROSSING_FIRST_VOLUME,
  MAX_CROSSOVER_REQUESTS,
  monthlyTotals,
  type AssumptionValues,
  type CostCrossing,
  type CostParameters,
  type CrossingPoint,
} from "./cost";

/** A price whose sources disagree, not overridden by the assessment. */
export interface PriceRange {
  id: AssumptionId;
  low: number;
  high: number;
}

const FIRST = CROSSING_FIRST_VOLUME;

export function withBands(
  ctx: EngineContext,
  scored: ScoredUseCase,
  crossings: readonly CrossingPoint[],
): CostCrossing[] {
  if (crossings.length === 0) return [];
  const totals = new Float64Array(optionIds.length);
  const paramsWith = (a: AssumptionValues): CostParameters =>
    costParametersFor(scored.choices, scored.answers, a, ctx.gpuOf);
  // Cost of the option cheaper above, less the other's, at volume v: negative favours it.
  const gap = (p: CostParameters, c: CrossingPoint, v: number) => {
    monthlyTotals(p, v, totals);
    const above = optionIds.indexOf(c.cheaperAbove);
    const below = optionIds.indexOf(c.options[0] === c.cheaperAbove ? c.options[1] : c.options[0]);
    return (totals[above] ?? 0) - (totals[below] ?? 0);
  };

  // The ends of the ranges that favour (sign −1) or disfavour (+1) the option cheaper above `c`,
  // chosen one price at a time at volume v, the others held where `start` has them.
  const ends = (c: CrossingPoint, v: number, sign: 1 | -1, start: AssumptionValues) => {
    const chosen: Record<AssumptionId, number> = { ...start };
    for (const r of ctx.ranges) {
      const atLow = gap(paramsWith({ ...chosen, [r.id]: r.low }), c, v);
      const atHigh = gap(paramsWith({ ...chosen, [r.id]: r.high }), c, v);
      if (atLow !== atHigh) chosen[r.id] = sign * (atHigh - atLow) > 0 ? r.high : r.low;
    }
    return chosen;
  };
  // The crossing with every price at the end favouring one side. The prices that matter change
  // with the volume (a reserved discount only once the fleet grows), so the ends are chosen again
  // at the crossing found until it settles.
  const cornerCrossing = (c: CrossingPoint, sign: 1 | -1): number | null | "none" => {
    let v = c.monthlyRequests;
    let prices: AssumptionValues = ctx.assumptions;
    let found: number | null = v;
    for (let round = 0; round < 4; round++) {
      prices = ends(c, v, sign, prices);
      const p = paramsWith(prices);
      found = nearest(costCrossings(p, c.options[0], c.options[1]), c);
      if (found === null) {
        if (sign < 0) return gap(p, c, FIRST) < 0 ? FIRST : "none";
        return gap(p, c, MAX_CROSSOVER_REQUESTS) > 0 ? null : "none";
      }
      if (Math.abs(found - v) <= 1e-6 * v) break;
      v = found;
    }
    return found;
  };

  return crossings.map((c) => {
    const v = c.monthlyRequests;
    if (ctx.ranges.length === 0) return { ...c, low: v, high: v };
    const low = cornerCrossing(c, -1);
    const high = cornerCrossing(c, 1);
    return {
      ...c,
      low: low === "none" || low === null ? v : Math.min(Math.round(low), v),
      high: high === "none" ? v : high === null ? null : Math.max(Math.round(high), v),
    };
  });
}

/** The crossing, among those found, in the same direction and nearest (on a log scale) to `c`. */
function nearest(found: readonly CrossingPoint[], c: CrossingPoint): number | null {
  let best: number | null = null;
  for (const f of found) {
    if (f.cheaperAbove !== c.cheaperAbove) continue;
    if (
      best === null ||
      Math.abs(Math.log(f.monthlyRequests / c.monthlyRequests)) <
        Math.abs(Math.log(best / c.monthlyRequests))
    )
      best = f.monthlyRequests;
  }
  return best;
}
