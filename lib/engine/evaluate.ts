/**
 * The engine: a pure, deterministic, synchronous function from an assessment and the content to
 * every result the app shows. No React, no browser, no Next.js.
 *
 * Where each part lives: answers.ts (given, template or assumed), scoring.ts (weights, ratings,
 * scores), constraints.ts (options ruled out), cost.ts (the cost model), confidence.ts,
 * drivers.ts, flips.ts (what would change it), summary.ts (the sentence), portfolio.ts.
 */
import type { Content } from "@/content";
import type { Assessment, UseCase } from "@/lib/assessment/schema";
import { criterionIds, optionIds, type CriterionId, type OptionId } from "@/lib/vocabulary";
import { assumptionValues, choicesOf, resolveAnswers, resolveOrganization } from "./answers";
import { confidenceOf } from "./confidence";
import { exclusions, holds, NO_SPLIT, splitMask } from "./constraints";
import { costMemoFor, paramsOf, type EngineContext, type ScoredUseCase } from "./context";
import { withBands } from "./bands";
import { costCrossings, costCurve, costShapeKey, costsAt, crossoverVolume } from "./cost";
import { driversAndReasons } from "./drivers";
import { answerFlips, flipsOf } from "./flips";
import { pathOf } from "./path";
import { portfolioOf } from "./portfolio";
import { record } from "./record";
import { round } from "./round";
import {
  answerIndexes,
  baseWeights,
  bestOption,
  compileScoringModel,
  COST_SCORING,
  COST_WEIGHT,
  costRatings,
  CRITERIA,
  excludedMask,
  finishScoring,
  OPTIONS,
  rawScoring,
  rawScratch,
  scoreBuffers,
  type ScoringModel,
} from "./scoring";
import { describeRecommendation } from "./summary";
import {
  RESULTS_SCHEMA_V1,
  type AssessmentResults,
  type OptionScore,
  type UseCaseResult,
} from "./types";

export { assumptionValues, resolveAnswers, resolveOrganization } from "./answers";

export interface EvaluateOptions {
  /** Compute what would change each answer (default true). */
  flips?: boolean;
}

const compiled = new WeakMap<Content, ScoringModel>();
function modelFor(content: Content): ScoringModel {
  let model = compiled.get(content);
  if (!model) {
    model = compileScoringModel(content);
    compiled.set(content, model);
  }
  return model;
}

/** Scores a use case at its answers: everything the rest of its results are worked out from. */
function scoreUseCase(useCase: UseCase, ctx: EngineContext): ScoredUseCase {
  const { content, model, organization, weights0 } = ctx;
  const { answers, assumed } = resolveAnswers(content, useCase, ctx.legacyHybridShare);
  const choices = choicesOf(organization, answers);
  const params = paramsOf(ctx, choices, answers);
  const costs = costsAt(params, answers.monthlyRequests);
  const costRating = costRatings(model, costs);
  const indexes = answerIndexes(model, choices);
  const raw = rawScoring(model, indexes, weights0);
  const buffers = finishScoring(model, raw, costRating, scoreBuffers());
  const excluded = excludedMask(model, indexes) | splitMask(answers.selfHostedShare);
  const best = bestOption(buffers.scores, excluded);
  let runnerUp = -1;
  for (let o = 0; o < OPTIONS; o++) {
    if (o === best || excluded & (1 << o)) continue;
    if (runnerUp < 0 || (buffers.scores[o] ?? 0) > (buffers.scores[runnerUp] ?? 0)) runnerUp = o;
  }
  return {
    answers,
    assumed,
    choices,
    params,
    shape: costShapeKey(choices, answers),
    costs,
    costRating,
    indexes,
    raw,
    buffers,
    excluded,
    best,
    runnerUp,
  };
}

/**
 * The money: the cheapest option allowed, and what the recommendation costs more than it (and
 * the criteria it buys that with, by score points) or, when it is the cheapest, less than the
 * runner-up.
 */
function moneyOf(
  scored: ScoredUseCase,
  monthlyUsd: Record<OptionId, number>,
  scores: Record<OptionId, OptionScore>,
): Pick<UseCaseResult["cost"], "cheapestAllowed" | "premium" | "saving"> {
  const recommendation = optionIds[scored.best] ?? "closed_api";
  const allowed = optionIds.filter((_o, i) => !(scored.excluded & (1 << i)));
  const byCost = [...(allowed.length > 0 ? allowed : optionIds)].sort(
    (a, b) => monthlyUsd[a] - monthlyUsd[b] || optionIds.indexOf(a) - optionIds.indexOf(b),
  );
  const cheapest = byCost[0] ?? recommendation;
  const gap = (against: OptionId, monthly: number) => ({
    against,
    monthlyUsd: round(monthly),
    annualUsd: round(monthly * 12),
  });
  if (monthlyUsd[recommendation] > monthlyUsd[cheapest]) {
    const bought = criterionIds
      .map((c): [CriterionId, number] => [
        c,
        scores[recommendation].contributions[c] - scores[cheapest].contributions[c],
      ])
      .filter(([c, points]) => c !== "cost" && points > 0)
      .sort((x, y) => y[1] - x[1])
      .map(([c]) => c);
    return {
      cheapestAllowed: cheapest,
      premium: { ...gap(cheapest, monthlyUsd[recommendation] - monthlyUsd[cheapest]), for: bought },
      saving: null,
    };
  }
  // Being the cheapest, it is weighed against the runner-up, the option it was chosen over; when
  // constraints leave none, against the next cheapest allowed.
  const runnerUp = optionIds[scored.runnerUp];
  const against = runnerUp ?? byCost.find((o) => o !== recommendation);
  return {
    cheapestAllowed: recommendation,
    premium: null,
    saving: against ? gap(against, monthlyUsd[against] - monthlyUsd[recommendation]) : null,
  };
}

/**
 * Where the recommendation's cost crosses each other option's that is allowed, in volume order,
 * each with the band the price ranges put around it.
 */
function crossingsOf(
  ctx: EngineContext,
  scored: ScoredUseCase,
): UseCaseResult["cost"]["crossings"] {
  // The same for every use case of the same cost shape, recommendation and options allowed.
  const key = `${scored.shape}|${scored.best}|${scored.excluded}`;
  const known = ctx.memo.crossings.get(key);
  if (known) return known.map((c) => ({ ...c }));
  const recommendation = optionIds[scored.best] ?? "closed_api";
  const points = optionIds
    .filter((o, i) => o !== recommendation && !(scored.excluded & (1 << i)))
    .flatMap((o) => costCrossings(scored.params, recommendation, o))
    .sort((x, y) => x.monthlyRequests - y.monthlyRequests);
  const crossings = withBands(ctx, scored, points);
  ctx.memo.crossings.set(key, crossings);
  return crossings.map((c) => ({ ...c }));
}

function costPicture(
  ctx: EngineContext,
  scored: ScoredUseCase,
  scores: Record<OptionId, OptionScore>,
): UseCaseResult["cost"] {
  const { params, costs, answers } = scored;
  const volume = answers.monthlyRequests;
  let crossovers = ctx.memo.crossovers.get(scored.shape);
  if (!crossovers) {
    crossovers = [
      crossoverVolume(params, params.apiPerRequest, params.apiStaff),
      crossoverVolume(params, params.managedPerRequest, params.managedStaff),
    ];
    ctx.memo.crossovers.set(scored.shape, crossovers);
  }
  const [crossover, managedCrossover] = crossovers;
  const monthlyUsd = record(optionIds, (o) => round(costs[o].monthlyUsd));
  return {
    tier: params.tier,
    monthlyRequests: volume,
    monthlyTokens: volume * (answers.inputTokens + answers.outputTokens),
    monthlyUsd,
    breakdown: record(optionIds, (o) => ({
      monthlyUsd: round(costs[o].monthlyUsd),
      tokensUsd: round(costs[o].tokensUsd),
      gpuUsd: round(costs[o].gpuUsd),
      staffUsd: round(costs[o].staffUsd),
      replicas: round(costs[o].replicas, 3),
      gpus: costs[o].gpus,
      engineers: round(costs[o].engineers, 3),
    })),
    crossoverMonthlyRequests: crossover === null ? null : Math.round(crossover),
    managedCrossoverMonthlyRequests:
      managedCrossover === null ? null : Math.round(managedCrossover),
    ...moneyOf(scored, monthlyUsd, scores),
    costWeightMultiplier: round(scored.costRating[COST_WEIGHT] ?? 1, 3),
    perRequestUsd: { closed_api: params.apiPerRequest, open_managed: params.managedPerRequest },
    replicaMonthlyRequests: Math.round(params.replicaMonthlyRequests),
    gpu: params.gpu,
    gpuHourPrice: params.gpuHourPrice,
    crossings: crossingsOf(ctx, scored),
    curve: costCurve(params, volume).map((p) => ({
      monthlyRequests: p.monthlyRequests,
      closed_api: round(p.closed_api),
      open_managed: round(p.open_managed),
      open_self_hosted: round(p.open_self_hosted),
      hybrid: round(p.hybrid),
    })),
  };
}

function evaluateUseCase(useCase: UseCase, ctx: EngineContext): UseCaseResult {
  const { content } = ctx;
  const scored = scoreUseCase(useCase, ctx);
  const { buffers, choices } = scored;
  const template = useCase.template ?? null;
  const recommendation = optionIds[scored.best] ?? "closed_api";
  const runnerUp = scored.runnerUp >= 0 ? (optionIds[scored.runnerUp] ?? null) : null;

  const totalWeight = buffers.weights.reduce((s, w) => s + w, 0);
  const scores = record(optionIds, (_o, oi): OptionScore => ({
    score: round(buffers.scores[oi] ?? 0),
    contributions: record(criterionIds, (_c, ci) =>
      round(
        totalWeight > 0
          ? (100 * (buffers.weights[ci] ?? 0) * (buffers.ratings[oi * CRITERIA + ci] ?? 0)) /
              (5 * totalWeight)
          : 0,
        3,
      ),
    ),
    ratings: record(criterionIds, (_c, ci) => round(buffers.ratings[oi * CRITERIA + ci] ?? 0, 3)),
  }));

  const risks = content.risks
    .filter((r) => r.options.includes(recommendation) && holds(r.when, choices))
    .map(({ id, title, detail, mitigation }) => ({ id, title, detail, mitigation }));
  const nextSteps = content.nextSteps
    .filter((s) => s.options.includes(recommendation) && holds(s.when, choices))
    .map(({ id, text }) => ({ id, text }));

  const { drivers, reasons } = driversAndReasons(ctx, scored);
  // The single answer changes serve both the flips and the confidence's reasons: worked out once.
  const answerChanges = ctx.flips ? answerFlips(ctx, scored) : null;
  const flips = answerChanges ? flipsOf(ctx, scored, answerChanges) : null;
  const result: UseCaseResult = {
    id: useCase.id,
    name: useCase.name,
    template,
    recommendation,
    runnerUp,
    ...confidenceOf(ctx, scored, template, answerChanges),
    summary: "",
    answers: scored.answers,
    assumed: scored.assumed,
    weights: record(criterionIds, (_c, ci) => round(buffers.weights[ci] ?? 0, 3)),
    scores,
    excluded: [
      ...exclusions(content, choices),
      ...(splitMask(scored.answers.selfHostedShare) ? [NO_SPLIT] : []),
    ].filter((e, i, all) => all.findIndex((x) => x.option === e.option) === i),
    drivers,
    reasons,
    risks,
    nextSteps,
    cost: costPicture(ctx, scored, scores),
    path: pathOf(ctx, scored),
    flips: flips ?? [],
  };
  result.summary = describeRecommendation(
    content,
    result,
    choices,
    new Set([...ctx.assumedOrganization, ...scored.assumed].map((a) => a.question)),
  );
  return result;
}

/**
 * Evaluates every use case of an assessment. Deterministic: the same assessment and content give
 * the same results, byte for byte.
 */
export function evaluateAssessment(
  assessment: Assessment,
  content: Content,
  options: EvaluateOptions = {},
): AssessmentResults {
  const model = modelFor(content);
  const { organization, assumed: assumedOrganization } = resolveOrganization(
    content,
    assessment.organization,
  );
  const ctx: EngineContext = {
    content,
    model,
    organization,
    assumedOrganization,
    assumptions: assumptionValues(content, assessment.assumptions),
    ranges: content.assumptions.flatMap((a) =>
      a.range && assessment.assumptions?.[a.id] === undefined
        ? [{ id: a.id, low: a.range.low, high: a.range.high }]
        : [],
    ),
    legacyHybridShare: assessment.assumptions?.hybridSelfHostedShare,
    memo: costMemoFor(content, assessment.assumptions),
    gpuOf: {
      small: content.tiers.find((t) => t.id === "small")?.gpu ?? "H100",
      medium: content.tiers.find((t) => t.id === "medium")?.gpu ?? "H100",
      large: content.tiers.find((t) => t.id === "large")?.gpu ?? "H100",
    },
    weights0: baseWeights(model, assessment.weights),
    flips: options.flips ?? true,
    scratch: {
      buffers: scoreBuffers(),
      raw: rawScratch(),
      ratings: new Float64Array(COST_SCORING),
      totals: new Float64Array(OPTIONS),
    },
  };
  const useCases = assessment.useCases.map((u) => evaluateUseCase(u, ctx));
  return {
    schema: RESULTS_SCHEMA_V1,
    title: assessment.title,
    organization,
    assumedOrganization,
    assumptions: ctx.assumptions,
    criterionWeights: record(criterionIds, (_c, ci) => ctx.weights0[ci] ?? 0),
    useCases,
    portfolio: portfolioOf(useCases),
  };
}
