/**
 * What would change the answer: single answers, the volume and the criterion weights at which the
 * recommendation turns. The hot path of the engine: every candidate is rescored from the use
 * case's scored state by changing one thing (see scoring.ts).
 */
import { criterionIds, optionIds, type CriterionId } from "@/lib/vocabulary";
import { paramsOf, type EngineContext, type ScoredUseCase } from "./context";
import { splitMask } from "./constraints";
import { monthlyTotals } from "./cost";
import { round } from "./round";
import {
  bestOption,
  COST,
  COST_WEIGHT,
  costRatingsFromTotals,
  CRITERIA,
  excludedMask,
  finishScoring,
  OPTIONS,
  rescoreWithAnswer,
  type AnswerIndexes,
  type ScoringModel,
} from "./scoring";
import type { Flip } from "./types";
import { volumeScan } from "./volume";

const VOLUME_GRID: readonly number[] = Array.from({ length: 33 }, (_, i) => 10 ** (2 + i / 4));
const COST_SHAPING = new Set(["capabilityNeed", "aiTeam", "infrastructure", "servingPattern"]);

/**
 * The single answers that would change the recommendation: every other value of every choice
 * question (of `only` those questions, when given) that would, in content's question order.
 */
export function answerFlips(
  ctx: EngineContext,
  scored: ScoredUseCase,
  only?: ReadonlySet<string>,
): Extract<Flip, { kind: "answer" }>[] {
  const { model, weights0 } = ctx;
  const { choices, indexes, raw, answers, best, costRating } = scored;
  const flips: Extract<Flip, { kind: "answer" }>[] = [];
  const { buffers: scratch, raw: rawChanged, ratings: ratingScratch, totals } = ctx.scratch;
  const changedIndexes = new Int32Array(indexes);
  model.choiceQuestions.forEach((question, qi) => {
    if (only && !only.has(question)) return;
    const current = choices[question];
    const values = model.values[qi] ?? [];
    values.forEach((value, vi) => {
      if (vi === indexes[qi]) return;
      let rating = costRating;
      if (COST_SHAPING.has(question)) {
        const changed = { ...choices, [question]: value };
        rating = costRatingsFromTotals(
          model,
          monthlyTotals(paramsOf(ctx, changed, answers), answers.monthlyRequests, totals),
          ratingScratch,
        );
      }
      rescoreWithAnswer(model, raw, indexes, weights0, qi, vi, rating, rawChanged, scratch);
      changedIndexes[qi] = vi;
      const next = bestOption(
        scratch.scores,
        excludedMask(model, changedIndexes) | splitMask(answers.selfHostedShare),
      );
      changedIndexes[qi] = indexes[qi] ?? -1;
      if (next !== best) {
        flips.push({
          kind: "answer",
          question,
          from: current ?? "",
          to: value,
          recommendation: optionIds[next] ?? "closed_api",
          distance: Math.abs(vi - (indexes[qi] ?? vi)),
        });
      }
    });
  });
  return flips;
}

/**
 * What would change the recommendation: every other value of every choice question that would,
 * the nearest volumes below and above where it turns, and the criterion weights (0–10) at which
 * another option takes over; nearest first, by `Flip.distance`.
 */
export function flipsOf(
  ctx: EngineContext,
  scored: ScoredUseCase,
  /** The single answer changes, when already worked out (`answerFlips`). */
  answerChanges: readonly Extract<Flip, { kind: "answer" }>[] = answerFlips(ctx, scored),
): Flip[] {
  const { model, weights0 } = ctx;
  const { indexes, raw, answers, buffers: base, best, costRating } = scored;
  const flips: Flip[] = [...answerChanges];
  const { buffers: scratch, raw: rawChanged } = ctx.scratch;
  const volume = answers.monthlyRequests;

  // Volume: the nearest volumes below and above the current one where the recommendation turns.
  const excluded = scored.excluded;
  const { recommendAt, bisect } = volumeScan(ctx, scored);
  const below = VOLUME_GRID.filter((v) => v < volume).reverse();
  let prev = volume;
  for (const v of below) {
    const rec = recommendAt(v);
    if (rec !== best) {
      const threshold = bisect(v, prev, rec);
      flips.push({
        kind: "volume",
        question: "monthlyRequests",
        threshold: roundVolume(threshold),
        direction: "below",
        recommendation: optionIds[recommendAt(threshold / 1.001)] ?? "closed_api",
        distance: round(Math.abs(Math.log2(volume / threshold))),
      });
      break;
    }
    prev = v;
  }
  prev = volume;
  for (const v of VOLUME_GRID.filter((x) => x > volume)) {
    const rec = recommendAt(v);
    if (rec !== best) {
      const threshold = bisect(Math.max(prev, 1), v, best);
      flips.push({
        kind: "volume",
        question: "monthlyRequests",
        threshold: roundVolume(threshold),
        direction: "above",
        recommendation: optionIds[recommendAt(threshold * 1.001)] ?? "closed_api",
        distance: round(Math.abs(Math.log2(threshold / Math.max(volume, 1)))),
      });
      break;
    }
    prev = v;
  }

  // Weights: score_o is linear in a criterion's weight over a shared denominator, so the weight at
  // which another option overtakes the recommendation can be solved exactly.
  criterionIds.forEach((criterion, ci) => {
    const from = weights0[ci] ?? 0;
    // What the answers multiply the weight by, and on cost the money at stake too.
    const answersMultiplier =
      from > 0 ? (raw.weights[ci] ?? 0) / from : effectiveMultiplier(model, indexes, ci);
    const multiplier = answersMultiplier * (ci === COST ? (costRating[COST_WEIGHT] ?? 1) : 1);
    if (multiplier <= 0) return;
    let nearest: { to: number; option: number } | null = null;
    for (let o = 0; o < OPTIONS; o++) {
      if (o === best || excluded & (1 << o)) continue;
      const rb = base.ratings[best * CRITERIA + ci] ?? 0;
      const ro = base.ratings[o * CRITERIA + ci] ?? 0;
      if (rb === ro) continue;
      // Σ w·r of each option without this criterion.
      let sb = 0;
      let so = 0;
      for (let c = 0; c < CRITERIA; c++) {
        if (c === ci) continue;
        sb += (base.weights[c] ?? 0) * (base.ratings[best * CRITERIA + c] ?? 0);
        so += (base.weights[c] ?? 0) * (base.ratings[o * CRITERIA + c] ?? 0);
      }
      const effective = (so - sb) / (rb - ro);
      const to = effective / multiplier;
      if (!(to >= 0 && to <= 10) || Math.abs(to - from) < 1e-9) continue;
      if (!nearest || Math.abs(to - from) < Math.abs(nearest.to - from))
        nearest = { to, option: o };
    }
    if (nearest) {
      // Step just past the crossing and confirm which option then leads.
      const step = nearest.to > from ? 1.02 : 0.98;
      const to = Math.min(10, Math.max(0, nearest.to * step + (nearest.to > from ? 0.01 : -0.01)));
      // The criterion's weight after the answers is its base weight times their multiplier.
      rawChanged.weights.set(raw.weights);
      rawChanged.ratings.set(raw.ratings);
      rawChanged.weights[ci] = to * answersMultiplier;
      finishScoring(model, rawChanged, costRating, scratch);
      const next = bestOption(scratch.scores, excluded);
      if (next !== best) {
        flips.push({
          kind: "weight",
          criterion: criterion satisfies CriterionId,
          from: round(from),
          to: round(to),
          recommendation: optionIds[next] ?? "closed_api",
          distance: round(from > 0 ? Math.abs(Math.log2(Math.max(to, 1e-3) / from)) : to),
        });
      }
    }
  });

  // Nearest first; equally near, in the order found (answers, volume, weights).
  return flips
    .map((flip, i) => ({ flip, i }))
    .sort((x, y) => x.flip.distance - y.flip.distance || x.i - y.i)
    .map(({ flip }) => flip);
}

function effectiveMultiplier(model: ScoringModel, indexes: AnswerIndexes, ci: number) {
  let m = 1;
  model.effects.forEach((byValue, qi) => {
    const effect = byValue[indexes[qi] ?? -1];
    if (effect) m *= effect.weights[ci] ?? 1;
  });
  return m;
}

/** Rounds a volume to two significant figures, as it is read out. */
function roundVolume(v: number) {
  return Number(v.toPrecision(2));
}
