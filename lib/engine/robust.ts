/**
 * The margin a recommendation keeps whatever the unanswered questions turn out to be: a lower bound
 * on its lead over every other option, in score points, over every completion of the answers not
 * given. Confidence is built on it (confidence.ts), which is what makes confidence never rise when
 * an answer is removed: more unknown answers only widen the intervals below, and so only lower the
 * bound; and if removing an answer changes the recommendation, the bound for the new one is at most
 * zero (the old answers are one of the completions, and there the old recommendation led).
 *
 * How: every weight and rating is bounded by an interval over the values each unknown answer can
 * take (a known answer is an interval of one point, so with every answer given the bound is the
 * margin itself). An option's lead is Σ w·d ÷ Σ w over criteria; its least value over a box of
 * weights, with each rating difference d at its least, is reached where the weights are at their
 * top for the criteria below the optimum and at their bottom above it: one of eleven threshold
 * points, all tried.
 */
import { criterionIds } from "@/lib/vocabulary";
import { splitMask } from "./constraints";
import { paramsOf, type EngineContext, type ScoredUseCase } from "./context";
import { monthlyTotals } from "./cost";
import {
  COST,
  COST_SCORING,
  COST_WEIGHT,
  costRatingsFromTotals,
  CRITERIA,
  OPTIONS,
  type ScoringModel,
} from "./scoring";

const PURE = OPTIONS - 1;
const HYBRID = OPTIONS - 1;
const COST_SHAPING = ["capabilityNeed", "aiTeam", "infrastructure", "servingPattern"] as const;

/** Which answers are known: the value indexes each choice question may take, and the numbers. */
export interface Knowledge {
  /** Per choice question of the model: the value indexes it may take (one when answered). */
  values: readonly (readonly number[])[];
  /** Whether the volume and both token sizes were given. */
  numbersKnown: boolean;
  /** Whether the hybrid's split was given (it shapes the hybrid's cost alone). */
  hybridShareKnown: boolean;
}

export function knowledgeOf(
  model: ScoringModel,
  scored: Pick<ScoredUseCase, "indexes">,
  unknown: ReadonlySet<string>,
): Knowledge {
  return {
    values: model.choiceQuestions.map((q, qi) =>
      unknown.has(q) ? (model.values[qi] ?? []).map((_v, vi) => vi) : [scored.indexes[qi] ?? -1],
    ),
    numbersKnown:
      !unknown.has("monthlyRequests") &&
      !unknown.has("inputTokens") &&
      !unknown.has("outputTokens"),
    hybridShareKnown: !unknown.has("selfHostedShare"),
  };
}

/** Whether some completion of the answers meets every condition of a compiled constraint. */
function couldHold(
  conditions: readonly { qi: number; values: readonly number[] }[],
  knowledge: Knowledge,
): boolean {
  return conditions.every((c) => (knowledge.values[c.qi] ?? []).some((v) => c.values.includes(v)));
}

/** Whether every completion meets every condition. */
function mustHold(
  conditions: readonly { qi: number; values: readonly number[] }[],
  knowledge: Knowledge,
): boolean {
  return conditions.every((c) => (knowledge.values[c.qi] ?? []).every((v) => c.values.includes(v)));
}

/** Bit mask of the options some completion rules out. */
export function possiblyExcluded(model: ScoringModel, knowledge: Knowledge): number {
  let mask = 0;
  for (const c of model.constraints) if (couldHold(c.conditions, knowledge)) mask |= c.mask;
  return mask;
}

/** Bit mask of the options every completion rules out. */
function surelyExcluded(model: ScoringModel, knowledge: Knowledge): number {
  let mask = 0;
  for (const c of model.constraints) if (mustHold(c.conditions, knowledge)) mask |= c.mask;
  return mask;
}

const clamp5 = (x: number) => (x < 0 ? 0 : x > 5 ? 5 : x);

/**
 * The least lead (score points, 0–100 scale) the option `best` keeps over every option a
 * completion could leave beside it; negative or zero when some completion could overturn it;
 * `Infinity` when no other option can be left.
 */
export function robustMargin(
  ctx: EngineContext,
  scored: ScoredUseCase,
  best: number,
  knowledge: Knowledge,
): number {
  const { model, weights0 } = ctx;
  // A split given as 0% or 100% rules the hybrid out whatever the other answers.
  const split = knowledge.hybridShareKnown ? splitMask(scored.answers.selfHostedShare) : 0;
  if ((possiblyExcluded(model, knowledge) | split) & (1 << best)) return -Infinity;
  const rivals: number[] = [];
  const sure = surelyExcluded(model, knowledge) | split;
  for (let o = 0; o < OPTIONS; o++) if (o !== best && !(sure & (1 << o))) rivals.push(o);
  if (rivals.length === 0) return Infinity;

  // Every answer known: the box is a point, and the bound is the lead itself, as scored.
  if (
    knowledge.numbersKnown &&
    knowledge.hybridShareKnown &&
    knowledge.values.every((v) => v.length === 1)
  ) {
    let lead = Infinity;
    for (const o of rivals) {
      const gap = (scored.buffers.scores[best] ?? 0) - (scored.buffers.scores[o] ?? 0);
      if (gap < lead) lead = gap;
    }
    return lead;
  }

  // Weights: the assessment's weight times every answer's multiplier, at its least and most.
  const wLo = new Float64Array(weights0);
  const wHi = new Float64Array(weights0);
  // Pure-option ratings before clamping: content's base plus every answer's adjustment.
  const rLo = new Float64Array(model.baseRatings);
  const rHi = new Float64Array(model.baseRatings);
  model.effects.forEach((byValue, qi) => {
    const values = knowledge.values[qi] ?? [];
    if (values.length === 0 || (values[0] ?? -1) < 0) return;
    for (let c = 0; c < CRITERIA; c++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const vi of values) {
        const m = byValue[vi]?.weights[c] ?? 1;
        if (m < lo) lo = m;
        if (m > hi) hi = m;
      }
      wLo[c] = (wLo[c] ?? 0) * lo;
      wHi[c] = (wHi[c] ?? 0) * hi;
    }
    for (let i = 0; i < PURE * CRITERIA; i++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const vi of values) {
        const a = byValue[vi]?.ratings[i] ?? 0;
        if (a < lo) lo = a;
        if (a > hi) hi = a;
      }
      rLo[i] = (rLo[i] ?? 0) + lo;
      rHi[i] = (rHi[i] ?? 0) + hi;
    }
  });

  // Ratings held within 0–5, the hybrid composed from its components' intervals.
  const lo = new Float64Array(OPTIONS * CRITERIA);
  const hi = new Float64Array(OPTIONS * CRITERIA);
  for (let i = 0; i < PURE * CRITERIA; i++) {
    lo[i] = clamp5(rLo[i] ?? 0);
    hi[i] = clamp5(rHi[i] ?? 0);
  }
  const a = model.hybridComponents[0] * CRITERIA;
  const b = model.hybridComponents[1] * CRITERIA;
  for (let c = 0; c < CRITERIA; c++) {
    const rule = model.hybridRule[c];
    const adj = model.hybridAdjustment[c] ?? 0;
    const [la, lb, ha, hb] = [lo[a + c] ?? 0, lo[b + c] ?? 0, hi[a + c] ?? 0, hi[b + c] ?? 0];
    const l = rule === 0 ? Math.max(la, lb) : rule === 1 ? Math.min(la, lb) : (la + lb) / 2;
    const h = rule === 0 ? Math.max(ha, hb) : rule === 1 ? Math.min(ha, hb) : (ha + hb) / 2;
    lo[HYBRID * CRITERIA + c] = clamp5(l + adj);
    hi[HYBRID * CRITERIA + c] = clamp5(h + adj);
  }

  // Cost: the cost scoring at each combination of the answers that shape costs; anything at all
  // when a number that sets the cost is unknown.
  let stakesLo = Infinity;
  let stakesHi = -Infinity;
  for (let o = 0; o < OPTIONS; o++) {
    lo[o * CRITERIA + COST] = Infinity;
    hi[o * CRITERIA + COST] = -Infinity;
  }
  if (knowledge.numbersKnown) {
    const shaping = COST_SHAPING.map((q) => model.choiceQuestions.indexOf(q));
    const choices: Record<string, string> = { ...scored.choices };
    const rating = new Float64Array(COST_SCORING);
    const totals = new Float64Array(OPTIONS);
    const visit = (k: number) => {
      if (k === shaping.length) {
        const params = paramsOf(ctx, choices, scored.answers);
        monthlyTotals(params, scored.answers.monthlyRequests, totals);
        costRatingsFromTotals(model, totals, rating);
        for (let o = 0; o < OPTIONS; o++) {
          const r = rating[o] ?? 0;
          const i = o * CRITERIA + COST;
          if (r < (lo[i] ?? 0)) lo[i] = r;
          if (r > (hi[i] ?? 0)) hi[i] = r;
        }
        const s = rating[COST_WEIGHT] ?? 1;
        if (s < stakesLo) stakesLo = s;
        if (s > stakesHi) stakesHi = s;
        return;
      }
      const qi = shaping[k] ?? -1;
      const question = COST_SHAPING[k] ?? "capabilityNeed";
      for (const vi of knowledge.values[qi] ?? []) {
        choices[question] = model.values[qi]?.[vi] ?? "";
        visit(k + 1);
      }
    };
    visit(0);
  } else {
    for (let o = 0; o < OPTIONS; o++) {
      lo[o * CRITERIA + COST] = 0;
      hi[o * CRITERIA + COST] = 5;
    }
    // Ten tenfolds of money at stake: more than any volume the format allows could put there.
    stakesLo = 1;
    stakesHi = 1 + 10 * model.costWeightPerMoneyDecade;
  }
  // The hybrid's split unknown: its cost could be anything between its two components' and more.
  if (!knowledge.hybridShareKnown) {
    lo[HYBRID * CRITERIA + COST] = 0;
    hi[HYBRID * CRITERIA + COST] = 5;
  }
  wLo[COST] = (wLo[COST] ?? 0) * stakesLo;
  wHi[COST] = (wHi[COST] ?? 0) * stakesHi;

  let least = Infinity;
  const d = new Float64Array(CRITERIA);
  const order = criterionIds.map((_c, i) => i);
  for (const o of rivals) {
    for (let c = 0; c < CRITERIA; c++)
      d[c] = (lo[best * CRITERIA + c] ?? 0) - (hi[o * CRITERIA + c] ?? 0);
    order.sort((x, y) => (d[x] ?? 0) - (d[y] ?? 0));
    // Threshold k: the k criteria with the smallest d at their top weight, the rest at the bottom.
    for (let k = 0; k <= CRITERIA; k++) {
      let num = 0;
      let den = 0;
      order.forEach((c, rank) => {
        const w = rank < k ? (wHi[c] ?? 0) : (wLo[c] ?? 0);
        num += w * (d[c] ?? 0);
        den += w;
      });
      const lead = den > 0 ? (100 * num) / (5 * den) : 0;
      if (lead < least) least = lead;
    }
  }
  return least;
}
