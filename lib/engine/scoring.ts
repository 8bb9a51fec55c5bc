/**
 * Transparent weighted scoring. Content is compiled once into flat arrays so that the what-if
 * analysis (hundreds of re-scorings per assessment) stays within a frame.
 *
 * For a use case:
 * - weight of criterion c = (assessment weight, or content's default) × Π multipliers of the answers;
 * - rating of option o on c = content's base rating + Σ adjustments of the answers, held in 0–5;
 *   the cost rating comes from the cost model instead (`costRatingsFromTotals`): 5 at the cheapest
 *   of the three options, less for each tenfold of the ratio and of the money at stake, held in
 *   0–5; and the cost criterion's weight is multiplied by the money at stake;
 * - the hybrid's rating on c is the best, worst or mean of its two components', plus an adjustment;
 * - score of o = 100 × Σ weight × rating / (5 × Σ weight), held within 0–100: higher fits better.
 */
import type { Content } from "@/content";
import type { ChoiceQuestion } from "@/content/schema";
import { criterionIds, type CriterionId, optionIds, pureOptionIds } from "@/lib/vocabulary";
import type { OptionCosts } from "./cost";

export const CRITERIA = criterionIds.length;
export const OPTIONS = optionIds.length;
const PURE = pureOptionIds.length;
const PURE_RATINGS = PURE * CRITERIA;
const HYBRID = optionIds.indexOf("hybrid");
export const COST = criterionIds.indexOf("cost");
/**
 * Layout of a cost scoring (`costRatings`): the cost rating of each option in option order, then
 * at this index the multiplier the money at stake puts on the cost criterion's weight.
 */
export const COST_WEIGHT = OPTIONS;
/** A cost scoring's length: a rating per option and the weight multiplier. */
export const COST_SCORING = OPTIONS + 1;

/** Answers to the choice questions by name (organization and use case). */
export type ChoiceAnswers = Readonly<Record<string, string>>;

/** Answers as value indexes, one per choice question of the model (−1: none). */
export type AnswerIndexes = Int32Array;

export function answerIndexes(model: ScoringModel, choices: ChoiceAnswers): AnswerIndexes {
  const out = new Int32Array(model.choiceQuestions.length).fill(-1);
  model.choiceQuestions.forEach((q, qi) => {
    const value = choices[q];
    out[qi] = value === undefined ? -1 : (model.values[qi]?.indexOf(value) ?? -1);
  });
  return out;
}

interface CompiledEffect {
  weights: Float64Array; // CRITERIA multipliers
  ratings: Float64Array; // PURE × CRITERIA adjustments
  /** Some multiplier is zero, so the effect cannot be divided back out. */
  zeroWeight: boolean;
}

interface CompiledConstraint {
  id: string;
  /** All must hold: the answer to choice question `qi` is one of the value indexes. */
  conditions: { qi: number; values: readonly number[] }[];
  /** Bit mask of the options it rules out (bit i = optionIds[i]). */
  mask: number;
}

export interface ScoringModel {
  defaultWeights: Float64Array;
  baseRatings: Float64Array;
  /** The choice questions, in content order; answers are passed as indexes into `values`. */
  choiceQuestions: readonly ChoiceQuestion["id"][];
  values: readonly (readonly string[])[];
  /** effects[question index][value index]. */
  effects: readonly (readonly CompiledEffect[])[];
  /** An answer that changes nothing: multipliers of one, adjustments of zero. */
  neutralEffect: CompiledEffect;
  hybridRule: Int8Array; // 0 best, 1 worst, 2 mean
  hybridAdjustment: Float64Array;
  hybridComponents: readonly [number, number];
  costRatingPerDecade: number;
  costRatingPerMoneyDecade: number;
  costMaterialMonthlyUsd: number;
  costWeightPerMoneyDecade: number;
  constraints: readonly CompiledConstraint[];
}

const ruleCode = { best: 0, worst: 1, mean: 2 } as const;

export function compileScoringModel(content: Content): ScoringModel {
  const defaultWeights = new Float64Array(CRITERIA);
  for (const c of content.criteria) defaultWeights[criterionIds.indexOf(c.id)] = c.defaultWeight;

  const baseRatings = new Float64Array(PURE * CRITERIA);
  for (const option of content.sourcingOptions) {
    const o = pureOptionIds.indexOf(option.id);
    criterionIds.forEach((c, ci) => {
      baseRatings[o * CRITERIA + ci] = option.ratings[c].rating;
    });
  }

  const effects: CompiledEffect[][] = [];
  const values: string[][] = [];
  const choiceQuestions: ChoiceQuestion["id"][] = [];
  for (const q of content.questions) {
    if (q.kind !== "choice") continue;
    choiceQuestions.push(q.id);
    values.push(q.options.map((o) => o.value));
    const byValue: CompiledEffect[] = [];
    for (const option of q.options) {
      const weights = new Float64Array(CRITERIA).fill(1);
      const ratings = new Float64Array(PURE * CRITERIA);
      criterionIds.forEach((c, ci) => {
        weights[ci] = option.effects.weights?.[c] ?? 1;
        pureOptionIds.forEach((o, oi) => {
          ratings[oi * CRITERIA + ci] = option.effects.ratings?.[o]?.[c] ?? 0;
        });
      });
      byValue.push({ weights, ratings, zeroWeight: weights.includes(0) });
    }
    effects.push(byValue);
  }

  const hybridRule = new Int8Array(CRITERIA);
  const hybridAdjustment = new Float64Array(CRITERIA);
  criterionIds.forEach((c, ci) => {
    const rule = content.hybrid.ratingRules[c];
    hybridRule[ci] = ruleCode[rule.rule];
    hybridAdjustment[ci] = rule.adjustment;
  });

  return {
    defaultWeights,
    baseRatings,
    choiceQuestions,
    values,
    effects,
    neutralEffect: {
      weights: new Float64Array(CRITERIA).fill(1),
      ratings: new Float64Array(PURE_RATINGS),
      zeroWeight: false,
    },
    hybridRule,
    hybridAdjustment,
    hybridComponents: [
      pureOptionIds.indexOf(content.hybrid.components[0]),
      pureOptionIds.indexOf(content.hybrid.components[1]),
    ],
    costRatingPerDecade: content.scoring.costRatingPerDecade,
    costRatingPerMoneyDecade: content.scoring.costRatingPerMoneyDecade,
    costMaterialMonthlyUsd: content.scoring.costMaterialMonthlyUsd,
    costWeightPerMoneyDecade: content.scoring.costWeightPerMoneyDecade,
    constraints: content.hardConstraints.map((c) => ({
      id: c.id,
      conditions: c.when.map((w) => {
        const qi = choiceQuestions.findIndex((q) => q === w.question);
        return { qi, values: w.in.map((v) => values[qi]?.indexOf(v) ?? -1) };
      }),
      mask: c.excludes.reduce((m, option) => m | (1 << optionIds.indexOf(option)), 0),
    })),
  };
}

/** Weights from the assessment (or content's defaults), in criterion order. */
export function baseWeights(
  model: ScoringModel,
  overrides: Partial<Record<CriterionId, number>> | undefined,
) {
  const weights = new Float64Array(model.defaultWeights);
  if (overrides) {
    criterionIds.forEach((c, ci) => {
      const w = overrides[c];
      if (w !== undefined) weights[ci] = w;
    });
  }
  return weights;
}

/**
 * The cost scoring of a use case's options at one volume (layout: `COST_WEIGHT`). See
 * `costRatingsFromTotals`.
 */
export function costRatings(
  model: ScoringModel,
  costs: OptionCosts,
  out: Float64Array = new Float64Array(COST_SCORING),
) {
  return costRatingsFromTotals(
    model,
    new Float64Array([
      costs.closed_api.monthlyUsd,
      costs.open_managed.monthlyUsd,
      costs.open_self_hosted.monthlyUsd,
      costs.hybrid.monthlyUsd,
    ]),
    out,
  );
}

/**
 * The cost scoring from monthly totals (USD) in option order (see `monthlyTotals`):
 * - each option's cost rating, 0–5, higher is cheaper: 5 for the cheapest of the three options,
 *   less `costRatingPerDecade` for each tenfold of its cost over the cheapest, and
 *   `costRatingPerMoneyDecade` for each tenfold of the gap in units of `costMaterialMonthlyUsd`
 *   (1 + gap / material), so that a 2× gap weighs more at $20M a month than at $1k;
 * - at `COST_WEIGHT`, the multiplier (1 or more) on the cost criterion's weight: 1 plus
 *   `costWeightPerMoneyDecade` for each tenfold of the spread between the cheapest and the dearest
 *   of the three options, in the same units. The more money the choice moves, the more cost counts
 *   against the other criteria. The hybrid is rated against the same cheapest option.
 */
export function costRatingsFromTotals(
  model: ScoringModel,
  monthly: Float64Array,
  out: Float64Array = new Float64Array(COST_SCORING),
) {
  const dearest = Math.max(monthly[0]!, monthly[1]!, monthly[2]!);
  const cheapest = Math.max(1, Math.min(monthly[0]!, monthly[1]!, monthly[2]!));
  for (let o = 0; o < OPTIONS; o++) {
    const cost = Math.max(cheapest, monthly[o]!);
    out[o] = clamp(
      5 -
        model.costRatingPerDecade * Math.log10(cost / cheapest) -
        model.costRatingPerMoneyDecade *
          Math.log10(1 + (cost - cheapest) / model.costMaterialMonthlyUsd),
      0,
      5,
    );
  }
  out[COST_WEIGHT] =
    1 +
    model.costWeightPerMoneyDecade *
      Math.log10(1 + (dearest - cheapest) / model.costMaterialMonthlyUsd);
  return out;
}

/** Scratch space for one scoring, reused across the many scorings of the what-if analysis. */
export interface ScoreBuffers {
  weights: Float64Array; // CRITERIA
  ratings: Float64Array; // OPTIONS × CRITERIA
  scores: Float64Array; // OPTIONS
}

export function scoreBuffers(): ScoreBuffers {
  return {
    weights: new Float64Array(CRITERIA),
    ratings: new Float64Array(OPTIONS * CRITERIA),
    scores: new Float64Array(OPTIONS),
  };
}

/**
 * Weights and pure-option ratings after the answers, before ratings are held within 0–5: the
 * state from which a single changed answer can be rescored cheaply (see `rescoreWithAnswer`).
 */
export interface RawScoring {
  weights: Float64Array; // CRITERIA
  ratings: Float64Array; // PURE × CRITERIA, unclamped
}

export function rawScratch(): RawScoring {
  return { weights: new Float64Array(CRITERIA), ratings: new Float64Array(PURE_RATINGS) };
}

export function rawScoring(
  model: ScoringModel,
  answers: AnswerIndexes,
  weights0: Float64Array,
  out = rawScratch(),
): RawScoring {
  const { weights, ratings } = out;
  const base = model.baseRatings;
  for (let c = 0; c < CRITERIA; c++) weights[c] = weights0[c]!;
  for (let i = 0; i < PURE_RATINGS; i++) ratings[i] = base[i]!;
  const effects = model.effects;
  for (let qi = 0; qi < effects.length; qi++) {
    const effect = effects[qi]?.[answers[qi] ?? -1];
    if (effect === undefined) continue;
    const ew = effect.weights;
    const er = effect.ratings;
    // Non-null assertions: indexes within each typed array's fixed length.
    for (let c = 0; c < CRITERIA; c++) weights[c] = weights[c]! * ew[c]!;
    for (let i = 0; i < PURE_RATINGS; i++) ratings[i] = ratings[i]! + er[i]!;
  }
  return out;
}

/**
 * Scores every option (0–100, higher fits better) into `out` from a raw scoring and a cost scoring
 * (`costRatings`). `neutralCost` leaves the cost model out (to measure cost as a driver): every
 * option rated 2.5 on cost, at the cost criterion's weight after the answers alone.
 */
export function finishScoring(
  model: ScoringModel,
  raw: RawScoring,
  costRating: Float64Array,
  out: ScoreBuffers,
  neutralCost = false,
): ScoreBuffers {
  // Hot path of the what-if analysis: plain indexed loops over typed arrays.
  const ratings = out.ratings;
  const weights = out.weights;
  for (let c = 0; c < CRITERIA; c++) weights[c] = raw.weights[c]!;
  if (!neutralCost) weights[COST] = weights[COST]! * costRating[COST_WEIGHT]!;
  for (let i = 0; i < PURE_RATINGS; i++) {
    const r = raw.ratings[i]!;
    ratings[i] = r < 0 ? 0 : r > 5 ? 5 : r;
  }
  const a = model.hybridComponents[0] * CRITERIA;
  const b = model.hybridComponents[1] * CRITERIA;
  const rules = model.hybridRule;
  const adjustments = model.hybridAdjustment;
  for (let c = 0; c < CRITERIA; c++) {
    const ra = ratings[a + c]!;
    const rb = ratings[b + c]!;
    const rule = rules[c];
    const combined =
      (rule === 0 ? (ra > rb ? ra : rb) : rule === 1 ? (ra < rb ? ra : rb) : (ra + rb) / 2) +
      adjustments[c]!;
    ratings[HYBRID * CRITERIA + c] = combined < 0 ? 0 : combined > 5 ? 5 : combined;
  }
  for (let o = 0; o < OPTIONS; o++)
    ratings[o * CRITERIA + COST] = neutralCost ? 2.5 : costRating[o]!;
  return totalScores(out);
}

/** Scores every option (0–100, higher fits better) into `out`. */
export function scoreOptions(
  model: ScoringModel,
  answers: AnswerIndexes,
  weights0: Float64Array,
  costRating: Float64Array,
  out: ScoreBuffers,
): ScoreBuffers {
  return finishScoring(model, rawScoring(model, answers, weights0), costRating, out);
}

/**
 * Rescores with question `qi` answered `vi` instead (−1: its effect taken away), touching only
 * that question's effect on `raw`, which was scored from `answers` and `weights0`.
 */
export function rescoreWithAnswer(
  model: ScoringModel,
  raw: RawScoring,
  answers: AnswerIndexes,
  weights0: Float64Array,
  qi: number,
  vi: number,
  costRating: Float64Array,
  scratch: RawScoring,
  out: ScoreBuffers,
): ScoreBuffers {
  const byValue = model.effects[qi];
  const before = byValue?.[answers[qi] ?? -1];
  const after = byValue?.[vi];
  if (before?.zeroWeight) {
    // A zero multiplier cannot be divided out: score the changed answers from scratch.
    const changed = new Int32Array(answers);
    changed[qi] = vi;
    return finishScoring(model, rawScoring(model, changed, weights0, scratch), costRating, out);
  }
  // One pass per array, in the order of operations of `rawScoring` (divide the old multiplier
  // out, then multiply the new one in), so that the result is the same to the last bit.
  const rw = raw.weights;
  const rr = raw.ratings;
  const sw = scratch.weights;
  const sr = scratch.ratings;
  const one = model.neutralEffect;
  const bw = (before ?? one).weights;
  const br = (before ?? one).ratings;
  const aw = (after ?? one).weights;
  const ar = (after ?? one).ratings;
  for (let c = 0; c < CRITERIA; c++) sw[c] = (rw[c]! / bw[c]!) * aw[c]!;
  for (let i = 0; i < PURE_RATINGS; i++) sr[i] = rr[i]! - br[i]! + ar[i]!;
  return finishScoring(model, scratch, costRating, out);
}

/** Scores from weights and ratings already in the buffers. */
export function totalScores(out: ScoreBuffers): ScoreBuffers {
  const { weights, ratings, scores } = out;
  let totalWeight = 0;
  for (let c = 0; c < CRITERIA; c++) totalWeight += weights[c]!;
  for (let o = 0; o < OPTIONS; o++) {
    let sum = 0;
    for (let c = 0; c < CRITERIA; c++) sum += weights[c]! * ratings[o * CRITERIA + c]!;
    scores[o] = totalWeight > 0 ? clamp((100 * sum) / (5 * totalWeight), 0, 100) : 50;
  }
  return out;
}

/** Bit mask of options ruled out by hard constraints (bit i = optionIds[i]). */
export function excludedMask(model: ScoringModel, answers: AnswerIndexes): number {
  let mask = 0;
  for (const constraint of model.constraints) {
    let holds = true;
    for (const condition of constraint.conditions) {
      if (!condition.values.includes(answers[condition.qi] ?? -1)) {
        holds = false;
        break;
      }
    }
    if (holds) mask |= constraint.mask;
  }
  return mask;
}

/**
 * The best option not excluded (ties go to the earlier option in the frozen order). When every
 * option is excluded, the best overall.
 */
export function bestOption(scores: Float64Array, excluded: number): number {
  let best = -1;
  for (let o = 0; o < OPTIONS; o++) {
    if (excluded & (1 << o)) continue;
    if (best < 0 || (scores[o] ?? 0) > (scores[best] ?? 0)) best = o;
  }
  if (best >= 0) return best;
  for (let o = 0; o < OPTIONS; o++)
    if (best < 0 || (scores[o] ?? 0) > (scores[best] ?? 0)) best = o;
  return best;
}

export function clamp(value: number, min: number, max: number) {
  return value < min ? min : value > max ? max : value;
}
