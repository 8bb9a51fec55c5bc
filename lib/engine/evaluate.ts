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
import { criterionIds, optionIds } from "@/lib/vocabulary";
import { assumptionValues, choicesOf, resolveAnswers, resolveOrganization } from "./answers";
import { confidenceOf } from "./confidence";
import { exclusions, holds } from "./constraints";
import type { EngineContext, ScoredUseCase } from "./context";
import { costCurve, costParametersFor, costsAt, crossoverVolume } from "./cost";
import { driversOf } from "./drivers";
import { flipsOf } from "./flips";
import { portfolioOf } from "./portfolio";
import { record } from "./record";
import { round } from "./round";
import {
  answerIndexes,
  baseWeights,
  bestOption,
  compileScoringModel,
  COST_SCORING,
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
  const { content, model, organization, assumptions, weights0 } = ctx;
  const { answers, assumed } = resolveAnswers(content, useCase);
  const choices = choicesOf(organization, answers);
  const params = costParametersFor(choices, answers, assumptions);
  const costs = costsAt(params, answers.monthlyRequests);
  const costRating = costRatings(model, costs);
  const indexes = answerIndexes(model, choices);
  const raw = rawScoring(model, indexes, weights0);
  const buffers = finishScoring(model, raw, costRating, scoreBuffers());
  const excluded = excludedMask(model, indexes);
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

function costPicture(scored: ScoredUseCase): UseCaseResult["cost"] {
  const { params, costs, answers } = scored;
  const volume = answers.monthlyRequests;
  const crossover = crossoverVolume(params, params.apiPerRequest, params.apiStaff);
  const managedCrossover = crossoverVolume(params, params.managedPerRequest, params.managedStaff);
  return {
    tier: params.tier,
    monthlyRequests: volume,
    monthlyTokens: volume * (answers.inputTokens + answers.outputTokens),
    monthlyUsd: record(optionIds, (o) => round(costs[o].monthlyUsd)),
    breakdown: record(optionIds, (o) => ({
      monthlyUsd: round(costs[o].monthlyUsd),
      tokensUsd: round(costs[o].tokensUsd),
      gpuUsd: round(costs[o].gpuUsd),
      staffUsd: round(costs[o].staffUsd),
      replicas: round(costs[o].replicas, 3),
      gpus: costs[o].gpus,
    })),
    crossoverMonthlyRequests: crossover === null ? null : Math.round(crossover),
    managedCrossoverMonthlyRequests:
      managedCrossover === null ? null : Math.round(managedCrossover),
    perRequestUsd: { closed_api: params.apiPerRequest, open_managed: params.managedPerRequest },
    replicaMonthlyRequests: Math.round(params.replicaMonthlyRequests),
    gpuHourPrice: params.gpuHourPrice,
    curve: costCurve(params, [volume, crossover ?? volume, managedCrossover ?? volume]).map(
      (p) => ({
        monthlyRequests: p.monthlyRequests,
        closed_api: round(p.closed_api),
        open_managed: round(p.open_managed),
        open_self_hosted: round(p.open_self_hosted),
        hybrid: round(p.hybrid),
      }),
    ),
  };
}

function evaluateUseCase(useCase: UseCase, ctx: EngineContext): UseCaseResult {
  const { content } = ctx;
  const scored = scoreUseCase(useCase, ctx);
  const { buffers, choices } = scored;
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

  const result: UseCaseResult = {
    id: useCase.id,
    name: useCase.name,
    template: useCase.template ?? null,
    recommendation,
    runnerUp,
    ...confidenceOf(ctx, scored, recommendation, runnerUp),
    summary: "",
    answers: scored.answers,
    assumed: scored.assumed,
    weights: record(criterionIds, (_c, ci) => round(buffers.weights[ci] ?? 0, 3)),
    scores,
    excluded: exclusions(content, choices),
    drivers: driversOf(ctx, scored),
    risks,
    nextSteps,
    cost: costPicture(scored),
    flips: ctx.flips ? flipsOf(ctx, scored) : [],
  };
  result.summary = describeRecommendation(content, result);
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
    useCases,
    portfolio: portfolioOf(useCases),
  };
}
