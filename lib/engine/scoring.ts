/**
 * Transparent weighted scoring. Content is compiled once into flat arrays so that the what-if
 * analysis (hundreds of re-scorings per assessment) stays within a frame.
 *
 * For a use case:
 * - weight of criterion c = (assessment weight, or content's default) × Π multipliers of the answers;
 * - rating of option o on c = content's base rating + Σ adjustments of the answers, held in 0–5;
 *   the cost rating comes from the cost model instead: 5 at the cheapest of the three options,
 *   minus `costRatingPerDecade` for each tenfold above it;
 * - the hybrid's rating on c is the best, worst or mean of its two components', plus an adjustment;
 * - score of o = 100 × Σ weight × rating / (5 × Σ weight), held within 0–100: higher fits better.
 */
import type { Content } from "@/content";
import { criterionIds, type CriterionId } from "@/content/ids";
import { optionIds, pureOptionIds, type OptionId } from "@/lib/assessment/vocabulary";
import type { OptionCosts } from "./cost";

export const CRITERIA = criterionIds.length;
export const OPTIONS = optionIds.length;
const PURE = pureOptionIds.length;
const HYBRID = optionIds.indexOf("hybrid");
export const COST = criterionIds.indexOf("cost");

/** The choice questions that score (organization and use case), in content order. */
export type ChoiceAnswers = Readonly<Record<string, string>>;

interface CompiledEffect {
  weights: Float64Array; // CRITERIA multipliers
  ratings: Float64Array; // PURE × CRITERIA adjustments
}

interface CompiledConstraint {
  id: string;
  conditions: { question: string; values: readonly string[] }[];
  excludes: readonly OptionId[];
  reason: string;
}

export interface ScoringModel {
  defaultWeights: Float64Array;
  baseRatings: Float64Array;
  choiceQuestions: readonly string[];
  effects: ReadonlyMap<string, ReadonlyMap<string, CompiledEffect>>;
  hybridRule: Int8Array; // 0 best, 1 worst, 2 mean
  hybridAdjustment: Float64Array;
  hybridComponents: readonly [number, number];
  costRatingPerDecade: number;
  costRatingFloor: number;
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

  const effects = new Map<string, Map<string, CompiledEffect>>();
  const choiceQuestions: string[] = [];
  for (const q of content.questions) {
    if (q.kind !== "choice") continue;
    choiceQuestions.push(q.id);
    const byValue = new Map<string, CompiledEffect>();
    for (const option of q.options) {
      const weights = new Float64Array(CRITERIA).fill(1);
      const ratings = new Float64Array(PURE * CRITERIA);
      criterionIds.forEach((c, ci) => {
        weights[ci] = option.effects.weights?.[c] ?? 1;
        pureOptionIds.forEach((o, oi) => {
          ratings[oi * CRITERIA + ci] = option.effects.ratings?.[o]?.[c] ?? 0;
        });
      });
      byValue.set(option.value, { weights, ratings });
    }
    effects.set(q.id, byValue);
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
    effects,
    hybridRule,
    hybridAdjustment,
    hybridComponents: [
      pureOptionIds.indexOf(content.hybrid.components[0]),
      pureOptionIds.indexOf(content.hybrid.components[1]),
    ],
    costRatingPerDecade: content.scoring.costRatingPerDecade,
    costRatingFloor: content.scoring.costRatingFloor,
    constraints: content.hardConstraints.map((c) => ({
      id: c.id,
      conditions: c.when.map((w) => ({ question: w.question, values: w.in })),
      excludes: c.excludes,
      reason: c.reason,
    })),
  };
}

/** Weights from the assessment (or content's defaults), in criterion order. */
export function baseWeights(model: ScoringModel, overrides: Partial<Record<CriterionId, number>> | undefined) {
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
 * Cost ratings, floor–5: 5 for the cheapest of the three options, minus `costRatingPerDecade`
 * points for each tenfold above it. The hybrid is rated against the same cheapest option.
 */
export function costRatings(model: ScoringModel, costs: OptionCosts, out = new Float64Array(OPTIONS)) {
  const monthly = [
    costs.closed_api.monthlyUsd,
    costs.open_managed.monthlyUsd,
    costs.open_self_hosted.monthlyUsd,
    costs.hybrid.monthlyUsd,
  ];
  const cheapest = Math.max(1, Math.min(monthly[0] ?? 0, monthly[1] ?? 0, monthly[2] ?? 0));
  for (let o = 0; o < OPTIONS; o++) {
    const ratio = Math.max(1, monthly[o] ?? 0) / cheapest;
    out[o] = clamp(5 - model.costRatingPerDecade * Math.log10(Math.max(1, ratio)), model.costRatingFloor, 5);
  }
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
 * Scores every option (0–100, higher fits better) into `out`. `neutral` names a question whose
 * effects are left out (to measure it as a driver); `neutralCost` leaves the cost model out.
 */
export function scoreOptions(
  model: ScoringModel,
  choices: ChoiceAnswers,
  weights0: Float64Array,
  costRating: Float64Array,
  out: ScoreBuffers,
  neutral?: string,
  neutralCost = false,
): ScoreBuffers {
  const { weights, ratings, scores } = out;
  weights.set(weights0);
  ratings.fill(0);
  ratings.set(model.baseRatings);
  for (const q of model.choiceQuestions) {
    if (q === neutral) continue;
    const value = choices[q];
    const effect = value === undefined ? undefined : model.effects.get(q)?.get(value);
    if (!effect) continue;
    for (let c = 0; c < CRITERIA; c++) weights[c] = (weights[c] ?? 0) * (effect.weights[c] ?? 1);
    for (let i = 0; i < PURE * CRITERIA; i++) ratings[i] = (ratings[i] ?? 0) + (effect.ratings[i] ?? 0);
  }
  for (let i = 0; i < PURE * CRITERIA; i++) ratings[i] = clamp(ratings[i] ?? 0, 0, 5);
  const [a, b] = model.hybridComponents;
  for (let c = 0; c < CRITERIA; c++) {
    const ra = ratings[a * CRITERIA + c] ?? 0;
    const rb = ratings[b * CRITERIA + c] ?? 0;
    const rule = model.hybridRule[c];
    const combined = rule === 0 ? Math.max(ra, rb) : rule === 1 ? Math.min(ra, rb) : (ra + rb) / 2;
    ratings[HYBRID * CRITERIA + c] = clamp(combined + (model.hybridAdjustment[c] ?? 0), 0, 5);
  }
  for (let o = 0; o < OPTIONS; o++) {
    ratings[o * CRITERIA + COST] = neutralCost ? 2.5 : (costRating[o] ?? 0);
  }
  let totalWeight = 0;
  for (let c = 0; c < CRITERIA; c++) totalWeight += weights[c] ?? 0;
  for (let o = 0; o < OPTIONS; o++) {
    let sum = 0;
    for (let c = 0; c < CRITERIA; c++) sum += (weights[c] ?? 0) * (ratings[o * CRITERIA + c] ?? 0);
    scores[o] = totalWeight > 0 ? clamp((100 * sum) / (5 * totalWeight), 0, 100) : 50;
  }
  return out;
}

/** Bit mask of options ruled out by hard constraints (bit i = optionIds[i]). */
export function excludedMask(model: ScoringModel, choices: ChoiceAnswers): number {
  let mask = 0;
  for (const constraint of model.constraints) {
    if (constraint.conditions.every((c) => c.values.includes(choices[c.question] ?? ""))) {
      for (const option of constraint.excludes) mask |= 1 << optionIds.indexOf(option);
    }
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
  for (let o = 0; o < OPTIONS; o++) if (best < 0 || (scores[o] ?? 0) > (scores[best] ?? 0)) best = o;
  return best;
}

export function clamp(value: number, min: number, max: number) {
  return value < min ? min : value > max ? max : value;
}
