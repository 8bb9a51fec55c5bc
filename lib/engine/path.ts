/**
 * The path over time: where the recommendation moves as the volume grows (or falls) from today's
 * towards the volume expected in twelve months, and beyond it to ten times that, with the month
 * each move falls due and what it saves. "Start on the closed API; at about 8M requests a month
 * (expected in month 7) move to managed open weights, saving $X a year; self-hosting pays from
 * 40M."
 *
 * The volume is taken to grow steadily (the same factor each month) from today's to the one
 * expected in twelve months. Every move is a change of the recommendation itself, everything else
 * as answered, so the path and the headline never disagree; and every move saves money: where the
 * recommendation changes to an option that would cost more (two options close in fit, trading the
 * lead back and forth), the path stays where it is.
 */
import { optionIds, type OptionId } from "@/lib/vocabulary";
import type { EngineContext, ScoredUseCase } from "./context";
import { holds } from "./constraints";
import { monthlyTotals, MAX_CROSSOVER_REQUESTS } from "./cost";
import { round } from "./round";
import type { CostPath, PathStep } from "./types";
import { volumeScan } from "./volume";

/** Grid of the scan: eight points a decade. */
const STEPS_PER_DECADE = 8;
/** Precision of a move's volume: bisection stops within 0.2%. */
const EDGE = Math.log(1.002);
/** How far beyond the volume in twelve months the path looks, as a multiple of it. */
const BEYOND = 10;

export function pathOf(ctx: EngineContext, scored: ScoredUseCase): CostPath {
  const today = scored.answers.monthlyRequests;
  const inAYear = scored.answers.monthlyRequestsIn12Months;
  const start = optionIds[scored.best] ?? "closed_api";
  const path: CostPath = {
    monthlyRequests: today,
    monthlyRequestsIn12Months: inAYear,
    start,
    steps: [],
  };
  const from = Math.max(today, 1);
  const growing = inAYear >= today;
  // Growing: look up to ten times the larger volume. Falling: down to the volume expected.
  const to = growing
    ? Math.min(MAX_CROSSOVER_REQUESTS, Math.max(from, inAYear) * BEYOND)
    : Math.max(inAYear, 1);
  if (to === from) return path;

  const { recommendAt } = volumeScan(ctx, scored);
  const decades = Math.abs(Math.log10(to / from));
  const count = Math.max(1, Math.ceil(decades * STEPS_PER_DECADE));
  const ratio = (to / from) ** (1 / count);
  const beyond = (v: number) => (growing ? v >= to : v <= to);
  const totals = new Float64Array(optionIds.length);
  const costAt = (v: number, option: OptionId) =>
    monthlyTotals(scored.params, v, totals)[optionIds.indexOf(option)] ?? 0;

  // Walk the volume from today's towards `to` on the grid; where the recommendation changes
  // between two points, find the edge by bisection and carry on from it, so that an option
  // recommended only between two grid points is not skipped.
  let cursor = from;
  let at = scored.best;
  let current = scored.best;
  for (let guard = 0; guard < 4 * count + 64 && !beyond(cursor); guard++) {
    const v = growing ? Math.min(to, cursor * ratio) : Math.max(to, cursor * ratio);
    const option = recommendAt(v);
    if (option === at) {
      cursor = v;
      continue;
    }
    // Between `inside` (where `at` is recommended) and `outside` (where it is not).
    let inside = cursor;
    let outside = v;
    for (let i = 0; i < 30 && Math.abs(Math.log(outside / inside)) > EDGE; i++) {
      const mid = Math.sqrt(inside * outside);
      if (recommendAt(mid) === at) inside = mid;
      else outside = mid;
    }
    const threshold = outside;
    at = recommendAt(outside);
    cursor = outside;
    if (at === current) continue;
    const before = optionIds[current] ?? "closed_api";
    const after = optionIds[at] ?? "closed_api";
    const withinYear = growing ? threshold <= inAYear : threshold >= inAYear;
    const month =
      withinYear && inAYear !== today
        ? Math.min(
            12,
            Math.max(1, Math.ceil((12 * Math.log(threshold / from)) / Math.log(inAYear / from))),
          )
        : null;
    // What the move saves a year: at the volume expected in a year when it falls within the year,
    // otherwise just past the move.
    const savingAt = month !== null ? inAYear : threshold * (growing ? 1.01 : 1 / 1.01);
    const annualSavingUsd = round(12 * (costAt(savingAt, before) - costAt(savingAt, after)));
    if (annualSavingUsd <= 0) continue;
    const step: PathStep = {
      option: after,
      monthlyRequests: Number(threshold.toPrecision(2)),
      month,
      annualSavingUsd,
      conditions: ctx.content.caveats
        .filter((c) => c.options.includes(after) && holds(c.when, scored.choices))
        .map((c) => c.condition)
        .filter((c, i, all) => all.indexOf(c) === i),
    };
    path.steps.push(step);
    current = at;
  }
  return path;
}
