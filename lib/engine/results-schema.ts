/**
 * The results format `crossover.results/v1` as a zod schema: what `npm run evaluate` prints and
 * what public/schema/results.v1.json publishes for other tools. The TypeScript types in types.ts
 * are what the engine builds; a compile-time check below holds this schema to them, and
 * results-schema.test.ts parses every golden result with it, strictly, so neither can drift.
 *
 * The format only grows: a field is added, never renamed or removed (the test holds today's
 * results to every field path the first published results had: tests/fixtures/results-v1-paths.json).
 * Not part of any page's JavaScript: only tests and scripts import it.
 */
import { z } from "zod";
import {
  aiTeamLevels,
  assumptionIds,
  criterionIds,
  gpuTypes,
  infrastructureKinds,
  optionIds,
  organizationQuestionIds,
  securityMaturityLevels,
  useCaseQuestionIds,
} from "@/lib/vocabulary";
import { assessmentSchemas } from "@/lib/assessment/schema";
import { builtOnFirstUse } from "@/lib/zod";
import { record } from "./record";
import type { AssessmentResults } from "./types";

function buildResultsSchema() {
  const option = z.enum(optionIds);
  const question = z.enum([...organizationQuestionIds, ...useCaseQuestionIds]);
  const usd = z.number().describe("USD");
  const perOption = <T extends z.ZodType>(value: T) =>
    z.strictObject({
      closed_api: value,
      open_managed: value,
      open_self_hosted: value,
      hybrid: value,
    });
  const perCriterion = <T extends z.ZodType>(value: T) =>
    z.strictObject(
      Object.fromEntries(criterionIds.map((c) => [c, value])) as Record<
        (typeof criterionIds)[number],
        T
      >,
    );
  const answerValue = z.union([z.string(), z.number()]);

  const assumedAnswer = z.strictObject({
    question,
    value: answerValue,
    source: z.enum(["template", "default"]),
  });
  const optionScore = z.strictObject({
    score: z.number().min(0).max(100).describe("Fit, 0–100, higher fits better"),
    contributions: perCriterion(z.number()).describe(
      "Each criterion's share of the score, in score points; they sum to the score",
    ),
    ratings: perCriterion(z.number().min(0).max(5)).describe(
      "The option's rating on each criterion after the answers, 0–5, higher fits better",
    ),
  });
  const exclusion = z.strictObject({ option, constraint: z.string(), reason: z.string() });
  const driver = z.strictObject({
    question,
    value: answerValue,
    effects: perOption(z.number()).describe("Score points the answer moved each option"),
    towards: option,
    against: option,
    size: z.number().min(0),
  });
  const reason = z.strictObject({
    question,
    value: answerValue,
    points: z
      .number()
      .describe(
        "Score points the answer gives the recommendation over `comparedWith`; negative: against it",
      ),
  });
  const moneyGap = z.strictObject({
    against: option,
    monthlyUsd: usd.min(0),
    annualUsd: usd.min(0),
  });
  const flipBase = { recommendation: option, distance: z.number().min(0) };
  const flip = z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("answer"),
      question,
      from: z.string(),
      to: z.string(),
      ...flipBase,
    }),
    z.strictObject({
      kind: z.literal("volume"),
      question: z.literal("monthlyRequests"),
      threshold: z.number().min(0),
      direction: z.enum(["below", "above"]),
      ...flipBase,
    }),
    z.strictObject({
      kind: z.literal("weight"),
      criterion: z.enum(criterionIds),
      from: z.number(),
      to: z.number().min(0).max(10),
      ...flipBase,
    }),
  ]);
  const breakdown = z.strictObject({
    monthlyUsd: usd,
    tokensUsd: usd,
    gpuUsd: usd,
    staffUsd: usd,
    replicas: z.number().min(0),
    gpus: z.number().int().min(0),
    engineers: z.number().min(0).describe("Full-time engineers the staff cost pays for"),
  });
  const curvePoint = z.strictObject({
    monthlyRequests: z.number(),
    closed_api: usd,
    open_managed: usd,
    open_self_hosted: usd,
    hybrid: usd,
  });
  const cost = z.strictObject({
    tier: z.strictObject({
      api: z.enum(["small", "mid", "frontier"]),
      model: z.enum(["small", "medium", "large"]),
    }),
    monthlyRequests: z.number(),
    monthlyTokens: z.number(),
    monthlyUsd: perOption(usd),
    breakdown: perOption(breakdown),
    crossoverMonthlyRequests: z.number().nullable(),
    managedCrossoverMonthlyRequests: z.number().nullable(),
    cheapestAllowed: option,
    premium: moneyGap.extend({ for: z.array(z.enum(criterionIds)) }).nullable(),
    saving: moneyGap.nullable(),
    costWeightMultiplier: z.number().min(1),
    perRequestUsd: z.strictObject({ closed_api: usd, open_managed: usd }),
    replicaMonthlyRequests: z.number(),
    gpu: z.enum(gpuTypes),
    gpuHourPrice: usd,
    crossings: z.array(
      z.strictObject({
        options: z.tuple([option, option]),
        monthlyRequests: z.number(),
        cheaperAbove: option,
        low: z.number(),
        high: z.number().nullable(),
      }),
    ),
    curve: z.array(curvePoint),
  });
  const useCase = z.strictObject({
    id: z.string(),
    name: z.string(),
    template: z.string().nullable(),
    recommendation: option,
    runnerUp: option.nullable(),
    confidence: z.number().min(0).max(1),
    confidenceLabel: z.enum(["high", "medium", "low"]),
    confidenceReasons: z.array(z.string()),
    caveats: z.array(z.strictObject({ id: z.string(), condition: z.string() })),
    summary: z.string(),
    answers: assessmentSchemas().completeAnswers,
    assumed: z.array(assumedAnswer),
    weights: perCriterion(z.number().min(0)).describe(
      "How much each criterion counts in this use case: the weight after the answers (and, for cost, the money at stake) multiply it",
    ),
    scores: perOption(optionScore),
    excluded: z.array(exclusion),
    drivers: z.array(driver),
    reasons: z.strictObject({
      comparedWith: option.nullable(),
      for: z.array(reason),
      against: z.array(reason),
    }),
    risks: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        detail: z.string(),
        mitigation: z.string(),
      }),
    ),
    nextSteps: z.array(z.strictObject({ id: z.string(), text: z.string() })),
    cost,
    path: z.strictObject({
      monthlyRequests: z.number(),
      monthlyRequestsIn12Months: z.number(),
      start: option,
      steps: z.array(
        z.strictObject({
          option,
          monthlyRequests: z.number(),
          month: z.number().int().min(1).max(12).nullable(),
          annualSavingUsd: usd,
          conditions: z.array(z.string()),
        }),
      ),
    }),
    flips: z.array(flip),
  });
  const namedMoney = z.strictObject({ useCase: z.string(), monthlyUsd: usd, against: option });
  return z.strictObject({
    schema: z.literal("crossover.results/v1"),
    title: z.string(),
    organization: z.strictObject({
      aiTeam: z.enum(aiTeamLevels),
      securityMaturity: z.enum(securityMaturityLevels),
      infrastructure: z.enum(infrastructureKinds),
    }),
    assumedOrganization: z.array(assumedAnswer),
    assumptions: z.strictObject(record(assumptionIds, () => z.number())),
    criterionWeights: perCriterion(z.number().min(0).max(10)).describe(
      "The criterion weights as the user set them (or content's defaults)",
    ),
    useCases: z.array(useCase),
    portfolio: z.strictObject({
      useCaseCount: z.number().int().min(0),
      counts: perOption(z.number().int().min(0)),
      totalMonthlyUsd: usd,
      allClosedApiMonthlyUsd: usd,
      cheapestAllowedMonthlyUsd: usd,
      premiumMonthlyUsd: usd.min(0),
      largestSaving: namedMoney.nullable(),
      largestPremium: namedMoney.nullable(),
      leastCertain: z.strictObject({ useCase: z.string(), confidence: z.number() }).nullable(),
    }),
  });
}

/** The results schema, built on first use. */
export const resultsSchema = builtOnFirstUse(buildResultsSchema);

// The schema describes exactly what the engine builds: each type assignable to the other.
type Parsed = z.infer<ReturnType<typeof buildResultsSchema>>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const resultsSchemaMatchesTypes: Same<Parsed, AssessmentResults> = true;

export const RESULTS_JSON_SCHEMA_PATH = "/schema/results.v1.json";

/** The JSON Schema published at /schema/results.v1.json. */
export function resultsJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://crossover.invalid${RESULTS_JSON_SCHEMA_PATH}`,
    title: "Crossover results (crossover.results/v1)",
    description:
      "What `npm run evaluate` prints for an assessment: per use case the recommendation, its confidence and reasons, the money against the cheapest option allowed, the cost model's figures and what would change the answer; and the portfolio. The format only grows: fields are added, never renamed or removed.",
    ...z.toJSONSchema(resultsSchema(), { target: "draft-2020-12", unrepresentable: "any" }),
  };
}
