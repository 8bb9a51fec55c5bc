/**
 * The engine: a pure, deterministic, synchronous function from an assessment and the content to
 * every result the app shows. No React, no browser, no Next.js.
 */
import type { Content } from "@/content";
import {
  assumptionIds,
  criterionIds,
  type AssumptionId,
  type CriterionId,
  isUseCaseChoiceQuestionId,
  optionIds,
  useCaseQuestionIds,
  type OptionId,
  type QuestionId,
} from "@/lib/vocabulary";
import type { Assessment, CompleteAnswers, UseCase } from "@/lib/assessment/schema";
import {
  costCurve,
  costParameters,
  costsAt,
  crossoverVolume,
  monthlyTotals,
  type AssumptionValues,
  type CostParameters,
} from "./cost";
import { record } from "./record";
import { describeRecommendation } from "./summary";
import {
  answerIndexes,
  baseWeights,
  bestOption,
  compileScoringModel,
  costRatings,
  costRatingsFromTotals,
  COST,
  CRITERIA,
  excludedMask,
  OPTIONS,
  scoreBuffers,
  totalScores,
  finishScoring,
  rawScoring,
  rawScratch,
  rescoreWithAnswer,
  type AnswerIndexes,
  type ChoiceAnswers,
  type RawScoring,
  type ScoreBuffers,
  type ScoringModel,
} from "./scoring";
import {
  RESULTS_SCHEMA_V1,
  type AssessmentResults,
  type AssumedAnswer,
  type Driver,
  type Flip,
  type OptionScore,
  type PortfolioSummary,
  type ResolvedOrganization,
  type UseCaseResult,
} from "./types";

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

/** The cost assumptions in force: content's values with the assessment's overrides. */
export function assumptionValues(
  content: Content,
  overrides: Assessment["assumptions"],
): Record<AssumptionId, number> {
  return record(
    assumptionIds,
    (id) => overrides?.[id] ?? content.assumptions.find((a) => a.id === id)?.value ?? 0,
  );
}

function assumedValue(content: Content, question: QuestionId): string | number {
  const q = content.questions.find((x) => x.id === question);
  if (!q) throw new Error(`content has no question "${question}"`);
  return q.assumed;
}

export function resolveOrganization(
  content: Content,
  organization: Assessment["organization"],
): { organization: ResolvedOrganization; assumed: AssumedAnswer[] } {
  const assumed: AssumedAnswer[] = [];
  const pick = <K extends keyof ResolvedOrganization>(
    key: K,
    allowed: readonly ResolvedOrganization[K][],
  ) => {
    const given = organization[key];
    if (given !== undefined) return given;
    const value = assumedValue(content, key);
    assumed.push({ question: key, value, source: "default" });
    const match = allowed.find((v) => v === value);
    if (match === undefined)
      throw new Error(`content's assumed ${key} "${String(value)}" is not a valid answer`);
    return match;
  };
  return {
    organization: {
      aiTeam: pick("aiTeam", ["none", "generalist", "ml_team", "platform"]),
      securityMaturity: pick("securityMaturity", ["basic", "established", "advanced"]),
      infrastructure: pick("infrastructure", [
        "saas_only",
        "public_cloud",
        "private_cloud",
        "on_prem_gpu",
      ]),
    },
    assumed,
  };
}

/** Every answer of a use case: given, else its template's, else content's assumed value. */
export function resolveAnswers(
  content: Content,
  useCase: UseCase,
): { answers: CompleteAnswers; assumed: AssumedAnswer[] } {
  const template = content.templates.find((t) => t.id === useCase.template);
  const assumed: AssumedAnswer[] = [];
  const fallback = (question: keyof CompleteAnswers) => {
    const fromTemplate = template?.answers[question];
    const value = fromTemplate ?? assumedValue(content, question);
    assumed.push({ question, value, source: fromTemplate === undefined ? "default" : "template" });
    return value;
  };
  const a = useCase.answers;
  const text = <T extends string>(
    given: T | undefined,
    question: keyof CompleteAnswers,
    allowed: readonly T[],
  ): T => {
    if (given !== undefined) return given;
    const value = fallback(question);
    const match = allowed.find((v) => v === value);
    if (match === undefined) throw new Error(`no valid value to assume for ${question}`);
    return match;
  };
  const number = (given: number | undefined, question: keyof CompleteAnswers): number => {
    if (given !== undefined) return given;
    const value = fallback(question);
    if (typeof value !== "number") throw new Error(`no valid number to assume for ${question}`);
    return value;
  };
  const answers: CompleteAnswers = {
    dataSensitivity: text(a.dataSensitivity, "dataSensitivity", [
      "public",
      "internal",
      "confidential",
      "regulated",
      "restricted",
    ]),
    monthlyRequests: number(a.monthlyRequests, "monthlyRequests"),
    inputTokens: number(a.inputTokens, "inputTokens"),
    outputTokens: number(a.outputTokens, "outputTokens"),
    strategicImportance: text(a.strategicImportance, "strategicImportance", [
      "commodity",
      "important",
      "differentiating",
      "core_product",
    ]),
    auditability: text(a.auditability, "auditability", ["none", "helpful", "required"]),
    customization: text(a.customization, "customization", [
      "prompting",
      "rag",
      "fine_tune",
      "deep",
    ]),
    capabilityNeed: text(a.capabilityNeed, "capabilityNeed", ["standard", "advanced", "frontier"]),
    timeToValue: text(a.timeToValue, "timeToValue", ["flexible", "quarter", "weeks"]),
    exposure: text(a.exposure, "exposure", ["internal", "customers", "high_stakes"]),
    lockInTolerance: text(a.lockInTolerance, "lockInTolerance", [
      "acceptable",
      "concerned",
      "unacceptable",
    ]),
  };
  // Report assumptions in the order questions are asked.
  const order: readonly string[] = useCaseQuestionIds;
  assumed.sort((x, y) => order.indexOf(x.question) - order.indexOf(y.question));
  return { answers, assumed };
}

function choicesOf(
  organization: ResolvedOrganization,
  answers: CompleteAnswers,
): Record<string, string> {
  return {
    aiTeam: organization.aiTeam,
    securityMaturity: organization.securityMaturity,
    infrastructure: organization.infrastructure,
    dataSensitivity: answers.dataSensitivity,
    strategicImportance: answers.strategicImportance,
    auditability: answers.auditability,
    customization: answers.customization,
    capabilityNeed: answers.capabilityNeed,
    timeToValue: answers.timeToValue,
    exposure: answers.exposure,
    lockInTolerance: answers.lockInTolerance,
  };
}

function paramsFor(
  choices: ChoiceAnswers,
  answers: CompleteAnswers,
  a: AssumptionValues,
): CostParameters {
  return costParameters(
    {
      capabilityNeed:
        choices.capabilityNeed === "standard" || choices.capabilityNeed === "frontier"
          ? choices.capabilityNeed
          : "advanced",
      aiTeam:
        choices.aiTeam === "none" || choices.aiTeam === "ml_team" || choices.aiTeam === "platform"
          ? choices.aiTeam
          : "generalist",
      infrastructure:
        choices.infrastructure === "saas_only" ||
        choices.infrastructure === "private_cloud" ||
        choices.infrastructure === "on_prem_gpu"
          ? choices.infrastructure
          : "public_cloud",
      inputTokens: answers.inputTokens,
      outputTokens: answers.outputTokens,
    },
    a,
  );
}

/** Replaces the cost ratings in scored buffers and rescores: the volume scan's fast path. */
function rescoreCost(buffers: ScoreBuffers, costRating: Float64Array) {
  for (let o = 0; o < OPTIONS; o++) buffers.ratings[o * CRITERIA + COST] = costRating[o] ?? 0;
  totalScores(buffers);
}

const round = (value: number, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

interface UseCaseContext {
  content: Content;
  model: ScoringModel;
  organization: ResolvedOrganization;
  assumedOrganization: AssumedAnswer[];
  assumptions: AssumptionValues;
  weights0: Float64Array;
  flips: boolean;
  /** Working memory reused across use cases: the what-if analysis rescored hundreds of times. */
  scratch: { buffers: ScoreBuffers; raw: RawScoring; ratings: Float64Array; totals: Float64Array };
}

function evaluateUseCase(useCase: UseCase, ctx: UseCaseContext): UseCaseResult {
  const { content, model, organization, assumptions, weights0 } = ctx;
  const { answers, assumed } = resolveAnswers(content, useCase);
  const choices = choicesOf(organization, answers);
  const params = paramsFor(choices, answers, assumptions);
  const volume = answers.monthlyRequests;
  const costs = costsAt(params, volume);
  const costRating = costRatings(model, costs);
  const indexes = answerIndexes(model, choices);
  const raw = rawScoring(model, indexes, weights0);
  const buffers = finishScoring(model, raw, costRating, scoreBuffers());
  const excluded = excludedMask(model, indexes);
  const best = bestOption(buffers.scores, excluded);
  const recommendation = optionIds[best] ?? "closed_api";

  let runnerUpIndex = -1;
  for (let o = 0; o < OPTIONS; o++) {
    if (o === best || excluded & (1 << o)) continue;
    if (runnerUpIndex < 0 || (buffers.scores[o] ?? 0) > (buffers.scores[runnerUpIndex] ?? 0))
      runnerUpIndex = o;
  }
  const runnerUp = runnerUpIndex >= 0 ? (optionIds[runnerUpIndex] ?? null) : null;

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

  const exclusions = content.hardConstraints.flatMap((c) =>
    c.when.every((w) => w.in.includes(choices[w.question] ?? ""))
      ? c.excludes.map((option) => ({ option, constraint: c.id, reason: c.reason }))
      : [],
  );
  const excludedList = exclusions.filter(
    (e, i) => exclusions.findIndex((x) => x.option === e.option) === i,
  );

  // --- Confidence ------------------------------------------------------------------------------
  const { decisiveMargin, confidencePerAssumed, forcedPoorFitFactor } = content.scoring;
  const confidenceReasons: string[] = [];
  const margin =
    runnerUpIndex >= 0
      ? (buffers.scores[best] ?? 0) - (buffers.scores[runnerUpIndex] ?? 0)
      : decisiveMargin;
  let confidence = 0.5 + 0.5 * Math.min(1, margin / decisiveMargin);
  if (margin < decisiveMargin && runnerUp) {
    confidenceReasons.push(
      `${optionName(content, runnerUp)} is close behind (${round(margin, 1)} points).`,
    );
  }
  const allAssumed = [...ctx.assumedOrganization, ...assumed];
  const assumedLoss = allAssumed.reduce(
    (s, x) => s + (x.source === "template" ? confidencePerAssumed / 2 : confidencePerAssumed),
    0,
  );
  if (allAssumed.length > 0) {
    confidence *= Math.max(0.5, 1 - assumedLoss);
    confidenceReasons.push(
      `${allAssumed.length} answer${allAssumed.length === 1 ? " was" : "s were"} assumed: ${allAssumed
        .map((x) => questionLabel(content, x.question).toLowerCase())
        .join(", ")}.`,
    );
  }
  const forced = runnerUpIndex < 0 && excluded !== 0;
  const poorlyPlaced =
    (recommendation === "open_self_hosted" || recommendation === "hybrid") &&
    (organization.aiTeam === "none" ||
      organization.aiTeam === "generalist" ||
      organization.infrastructure === "saas_only");
  if (forced && poorlyPlaced) {
    confidence *= forcedPoorFitFactor;
    confidenceReasons.push(
      "A hard constraint leaves only this option, and your organization is not yet set up to run it: plan the team and platform first.",
    );
  }
  confidence = round(Math.min(0.99, Math.max(0.05, confidence)));
  const confidenceLabel = confidence >= 0.75 ? "high" : confidence >= 0.55 ? "medium" : "low";

  // --- Drivers: take each answer's effect away and see how the scores move. -------------------
  const { buffers: scratch, raw: rawChanged } = ctx.scratch;
  const drivers: Driver[] = [];
  const addDriver = (question: QuestionId, value: string | number, neutralQuestion = -1) => {
    if (neutralQuestion >= 0) {
      rescoreWithAnswer(
        model,
        raw,
        indexes,
        weights0,
        neutralQuestion,
        -1,
        costRating,
        rawChanged,
        scratch,
      );
    } else {
      finishScoring(model, raw, costRating, scratch, true);
    }
    const effects = record(optionIds, (_o, oi) =>
      round((buffers.scores[oi] ?? 0) - (scratch.scores[oi] ?? 0)),
    );
    let towards: OptionId = "closed_api";
    let against: OptionId = "closed_api";
    for (const o of optionIds) {
      if (effects[o] > effects[towards]) towards = o;
      if (effects[o] < effects[against]) against = o;
    }
    const size = round(effects[towards] - effects[against]);
    if (size >= 0.5) drivers.push({ question, value, effects, towards, against, size });
  };
  model.choiceQuestions.forEach((q, qi) => {
    if (q === "aiTeam" || q === "securityMaturity" || q === "infrastructure") {
      addDriver(q, organization[q], qi);
    } else if (isUseCaseChoiceQuestionId(q)) {
      addDriver(q, answers[q], qi);
    }
  });
  addDriver("monthlyRequests", volume);
  drivers.sort((x, y) => y.size - x.size);

  // --- Risks and next steps for the recommendation. --------------------------------------------
  const holds = (when: readonly { question: string; in: readonly string[] }[]) =>
    when.every((w) => w.in.includes(choices[w.question] ?? ""));
  const risks = content.risks
    .filter((r) => r.options.includes(recommendation) && holds(r.when))
    .map(({ id, title, detail, mitigation }) => ({ id, title, detail, mitigation }));
  const nextSteps = content.nextSteps
    .filter((s) => s.options.includes(recommendation) && holds(s.when))
    .map(({ id, text }) => ({ id, text }));

  // --- Cost picture. ----------------------------------------------------------------------------
  const crossover = crossoverVolume(params, params.apiPerRequest, params.apiStaff);
  const managedCrossover = crossoverVolume(params, params.managedPerRequest, params.managedStaff);
  const cost = {
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

  const flips = ctx.flips
    ? findFlips(ctx, choices, indexes, raw, answers, params, buffers, best, costRating)
    : [];

  const result: UseCaseResult = {
    id: useCase.id,
    name: useCase.name,
    template: useCase.template ?? null,
    recommendation,
    runnerUp,
    confidence,
    confidenceLabel,
    confidenceReasons,
    summary: "",
    answers,
    assumed,
    weights: record(criterionIds, (_c, ci) => round(buffers.weights[ci] ?? 0, 3)),
    scores,
    excluded: excludedList,
    drivers,
    risks,
    nextSteps,
    cost,
    flips,
  };
  result.summary = describeRecommendation(content, result);
  return result;
}

function optionName(content: Content, option: OptionId): string {
  return option === "hybrid"
    ? content.hybrid.name
    : (content.sourcingOptions.find((o) => o.id === option)?.name ?? option);
}

function questionLabel(content: Content, question: QuestionId): string {
  return content.questions.find((q) => q.id === question)?.shortLabel ?? question;
}

// ---------------------------------------------------------------------------------------------
// What would change the answer

const VOLUME_GRID: readonly number[] = Array.from({ length: 33 }, (_, i) => 10 ** (2 + i / 4));
const COST_SHAPING = new Set(["capabilityNeed", "aiTeam", "infrastructure"]);

function findFlips(
  ctx: UseCaseContext,
  choices: Record<string, string>,
  indexes: AnswerIndexes,
  raw: RawScoring,
  answers: CompleteAnswers,
  params: CostParameters,
  base: ScoreBuffers,
  best: number,
  costRating: Float64Array,
): Flip[] {
  const { model, assumptions, weights0 } = ctx;
  const flips: Flip[] = [];
  const { buffers: scratch, raw: rawChanged, ratings: ratingScratch, totals } = ctx.scratch;
  const volume = answers.monthlyRequests;

  // Single answers: every other value of every choice question.
  const changedIndexes = new Int32Array(indexes);
  model.choiceQuestions.forEach((question, qi) => {
    const current = choices[question];
    const values = model.values[qi] ?? [];
    values.forEach((value, vi) => {
      if (vi === indexes[qi]) return;
      let rating = costRating;
      if (COST_SHAPING.has(question)) {
        const changed = { ...choices, [question]: value };
        rating = costRatingsFromTotals(
          model,
          monthlyTotals(paramsFor(changed, answers, assumptions), volume, totals),
          ratingScratch,
        );
      }
      rescoreWithAnswer(model, raw, indexes, weights0, qi, vi, rating, rawChanged, scratch);
      changedIndexes[qi] = vi;
      const next = bestOption(scratch.scores, excludedMask(model, changedIndexes));
      changedIndexes[qi] = indexes[qi] ?? -1;
      if (next !== best) {
        flips.push({
          kind: "answer",
          question,
          from: current ?? "",
          to: value,
          recommendation: optionIds[next] ?? "closed_api",
        });
      }
    });
  });

  // Volume: the nearest volumes below and above the current one where the recommendation turns.
  const excluded = excludedMask(model, indexes);
  scratch.weights.set(base.weights);
  scratch.ratings.set(base.ratings);
  const recommendAt = (v: number) => {
    rescoreCost(
      scratch,
      costRatingsFromTotals(model, monthlyTotals(params, v, totals), ratingScratch),
    );
    return bestOption(scratch.scores, excluded);
  };
  const bisect = (lo: number, hi: number, atLo: number) => {
    // Geometric bisection between a volume with recommendation `atLo` and one without, to well
    // within the two significant figures the threshold is reported with.
    for (let i = 0; i < 24 && hi / lo > 1.002; i++) {
      const mid = Math.sqrt(lo * hi);
      if (recommendAt(mid) === atLo) lo = mid;
      else hi = mid;
    }
    return hi;
  };
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
      });
      break;
    }
    prev = v;
  }

  // Weights: score_o is linear in a criterion's weight over a shared denominator, so the weight at
  // which another option overtakes the recommendation can be solved exactly.
  criterionIds.forEach((criterion, ci) => {
    const from = weights0[ci] ?? 0;
    const multiplier =
      from > 0 ? (base.weights[ci] ?? 0) / from : effectiveMultiplier(model, indexes, ci);
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
      rawChanged.weights[ci] = to * multiplier;
      finishScoring(model, rawChanged, costRating, scratch);
      const next = bestOption(scratch.scores, excluded);
      if (next !== best) {
        flips.push({
          kind: "weight",
          criterion: criterion satisfies CriterionId,
          from: round(from),
          to: round(to),
          recommendation: optionIds[next] ?? "closed_api",
        });
      }
    }
  });

  return flips;
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

// ---------------------------------------------------------------------------------------------

function portfolioOf(useCases: readonly UseCaseResult[]): PortfolioSummary {
  const counts = record(optionIds, () => 0);
  let totalMonthlyUsd = 0;
  let allClosedApiMonthlyUsd = 0;
  let largestSaving: PortfolioSummary["largestSaving"] = null;
  let leastCertain: PortfolioSummary["leastCertain"] = null;
  for (const u of useCases) {
    counts[u.recommendation] += 1;
    const own = u.cost.monthlyUsd[u.recommendation];
    totalMonthlyUsd += own;
    allClosedApiMonthlyUsd += u.cost.monthlyUsd.closed_api;
    const against: OptionId =
      u.recommendation === "closed_api" ? (u.runnerUp ?? "open_managed") : "closed_api";
    const saving = u.cost.monthlyUsd[against] - own;
    if (saving > 0 && (!largestSaving || saving > largestSaving.monthlyUsd)) {
      largestSaving = { useCase: u.id, monthlyUsd: round(saving), against };
    }
    if (!leastCertain || u.confidence < leastCertain.confidence)
      leastCertain = { useCase: u.id, confidence: u.confidence };
  }
  return {
    useCaseCount: useCases.length,
    counts,
    totalMonthlyUsd: round(totalMonthlyUsd),
    allClosedApiMonthlyUsd: round(allClosedApiMonthlyUsd),
    largestSaving,
    leastCertain,
  };
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
  const assumptions = assumptionValues(content, assessment.assumptions);
  const ctx: UseCaseContext = {
    content,
    model,
    organization,
    assumedOrganization,
    assumptions,
    weights0: baseWeights(model, assessment.weights),
    flips: options.flips ?? true,
    scratch: {
      buffers: scoreBuffers(),
      raw: rawScratch(),
      ratings: new Float64Array(OPTIONS),
      totals: new Float64Array(OPTIONS),
    },
  };
  const useCases = assessment.useCases.map((u) => evaluateUseCase(u, ctx));
  return {
    schema: RESULTS_SCHEMA_V1,
    title: assessment.title,
    organization,
    assumedOrganization,
    assumptions,
    useCases,
    portfolio: portfolioOf(useCases),
  };
}
