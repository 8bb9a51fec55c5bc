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
  const relevant = relevantRanges(ctx, scored);
  if (relevant.length === 0)
    return crossings.map((c) => ({ ...c, low: c.monthlyRequests, high: c.monthlyRequests }));
  // Cost of the option cheaper above, less the other's, at volume v: negative favours it.
  const gap = (p: CostParameters, c: CrossingPoint, v: number) => {
    monthlyTotals(p, v, totals);
    const above = optionIds.indexOf(c.cheaperAbove);
    const below = optionIds.indexOf(c.options[0] === c.cheaperAbove ? c.options[1] : c.options[0]);
    return (totals[above] ?? 0) - (totals[below] ?? 0);
  };

  // Each price's effect on the gap at volume v, the others held where `prices` has them: the
  // difference between its high and low ends (0 when it does not matter at v).
  const effect = (
    c: CrossingPoint,
    v: number,
    r: PriceRange,
    prices: Record<AssumptionId, number>,
  ) => {
    const held = prices[r.id];
    prices[r.id] = r.low;
    const atLow = gap(paramsWith(prices), c, v);
    prices[r.id] = r.high;
    const atHigh = gap(paramsWith(prices), c, v);
    prices[r.id] = held;
    return atHigh - atLow;
  };
  // Which end favours a side does not change with the volume (each price raises the cost of one
  // option, or of both where the hybrid shares it, in a fixed direction); whether it matters at
  // all does (a reserved discount only once the fleet grows). So the ends are chosen once, at the
  // crossing, for both sides; a price that did not matter there is tried again at the crossing
  // found, until it settles.
  const cornerCrossing = (
    c: CrossingPoint,
    sign: 1 | -1,
    effects: ReadonlyMap<PriceRange, number>,
  ): number | null | "none" => {
    let v = c.monthlyRequests;
    const prices: Record<AssumptionId, number> = { ...ctx.assumptions };
    const undecided: PriceRange[] = [];
    for (const r of relevant) {
      const e = effects.get(r) ?? 0;
      if (e === 0) undecided.push(r);
      else prices[r.id] = sign * e > 0 ? r.high : r.low;
    }
    let found: number | null = v;
    for (let round = 0; round < 4; round++) {
      const p = paramsWith(prices);
      found = nearest(costCrossings(p, c.options[0], c.options[1]), c);
      if (found === null) {
        if (sign < 0) return gap(p, c, FIRST) < 0 ? FIRST : "none";
        return gap(p, c, MAX_CROSSOVER_REQUESTS) > 0 ? null : "none";
      }
      if (undecided.length === 0 || Math.abs(found - v) <= 1e-6 * v) break;
      v = found;
      let changed = false;
      for (let k = undecided.length - 1; k >= 0; k--) {
        const r = undecided[k];
        if (!r) continue;
        const e = effect(c, v, r, prices);
        if (e === 0) continue;
        prices[r.id] = sign * e > 0 ? r.high : r.low;
        undecided.splice(k, 1);
        changed = true;
      }
      if (!changed) break;
    }
    return found;
  };

  // Use cases of the same shape (a template's, at any volume) have the same crossings and bands:
  // each band is worked out once per assessment.
  return crossings.map((c) => {
    const key = `${scored.shape}|${c.options.join("|")}|${c.cheaperAbove}|${c.monthlyRequests}`;
    const known = ctx.memo.bands.get(key);
    if (known) return { ...c, ...known };
    const band = bandOf(c);
    ctx.memo.bands.set(key, band);
    return { ...c, ...band };
  });

  function bandOf(c: CrossingPoint): { low: number; high: number | null } {
    const v = c.monthlyRequests;
    const start: Record<AssumptionId, number> = { ...ctx.assumptions };
    const effects = new Map(relevant.map((r) => [r, effect(c, v, r, start)]));
    const low = cornerCrossing(c, -1, effects);
    const high = cornerCrossing(c, 1, effects);
    return {
      low: low === "none" || low === null ? v : Math.min(Math.round(low), v),
      high: high === "none" ? v : high === null ? null : Math.max(Math.round(high), v),
    };
  }
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

/**
 * The ranged prices this use case's costs read (its tier's prices, its GPU's): a price that leaves
 * every cost parameter as it is cannot move a crossing. Which those are depends on the choices the
 * cost model reads, not on the token sizes or volume (a price multiplied by 0 tokens is kept: it
 * cannot move the crossing either), so they are found once per cost profile, at 1,000 tokens in and
 * out.
 */
function relevantRanges(ctx: EngineContext, scored: ScoredUseCase): readonly PriceRange[] {
  const { capabilityNeed, aiTeam, infrastructure, servingPattern } = scored.choices;
  const key = `${capabilityNeed}|${aiTeam}|${infrastructure}|${servingPattern}`;
  const known = ctx.memo.bandPrices.get(key);
  if (known) return known;
  const shape = { inputTokens: 1000, outputTokens: 1000, selfHostedShare: 50 };
  const paramsWith = (a: AssumptionValues) =>
    costParametersFor(scored.choices, shape, a, ctx.gpuOf);
  const base = paramsWith(ctx.assumptions);
  const prices: Record<AssumptionId, number> = { ...ctx.assumptions };
  const relevant = ctx.ranges.filter((r) => {
    const moves = [r.low, r.high].some((price) => {
      prices[r.id] = price;
      return !sameNumbers(paramsWith(prices), base);
    });
    prices[r.id] = ctx.assumptions[r.id];
    return moves;
  });
  ctx.memo.bandPrices.set(key, relevant);
  return relevant;
}

/** Whether two cost parameter sets hold the same numbers (the tier and GPU follow from answers). */
function sameNumbers(a: CostParameters, b: CostParameters): boolean {
  // Built by one function, so the values come in the same order.
  const other = Object.values(b);
  return Object.values(a).every((x, i) => typeof x !== "number" || x === other[i]);
}
