/**
 * zod schemas for every content file. Each file's export is parsed with its schema by
 * content/index.ts, so a bad value fails the build and the tests with the file, the path of the
 * value and what was expected. content/README.md documents every field.
 */
import { z } from "zod";
import {
  optionIds,
  organizationQuestionIds,
  useCaseChoiceQuestionIds,
  pureOptionIds,
  useCaseChoices,
  organizationChoices,
  useCaseNumbers,
  useCaseNumberQuestionIds,
  assumptionIds,
  criterionIds,
  gpuTypes,
  modelClassIds,
} from "@/lib/vocabulary";
import { assessmentSchemas } from "@/lib/assessment/schema";

const criterionIdSchema = z.enum(criterionIds);
const pureOptionIdSchema = z.enum(pureOptionIds);
const optionIdSchema = z.enum(optionIds);
const text = z.string().trim().min(1);
/** A rating of an option on a criterion: 0 (fits worst) to 5 (fits best). */
const ratingSchema = z.number().min(0).max(5);
/** An "as of" date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (as precise as the source). */
const asOfSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}){0,2}$/, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD");

const questionIds = [
  ...Object.keys(organizationChoices),
  ...Object.keys(useCaseChoices),
  ...Object.keys(useCaseNumbers),
];

/** Holds when the answer to `question` is one of `in` (all conditions of a list must hold). */
export const conditionSchema = z.strictObject({
  question: z
    .string()
    .refine((id) => questionIds.includes(id), "expected a question id of the assessment format"),
  in: z.array(z.string()).min(1),
});
export type Condition = z.infer<typeof conditionSchema>;

// ---------------------------------------------------------------------------------------------
// Criteria
export const criterionSchema = z.strictObject({
  id: criterionIdSchema,
  /** Short name shown in tables and charts. */
  name: text,
  /** The criterion as a noun phrase in a sentence, lower case: "for data control and auditability". */
  inSentence: text,
  /** One line: what the criterion measures, in plain language. */
  summary: text,
  /** A paragraph for the guide: why it matters and what trades against it. */
  explanation: text,
  /** Default weight, 0–5: how much the criterion counts before any answer moves it. */
  defaultWeight: z.number().min(0).max(5),
});
export type Criterion = z.infer<typeof criterionSchema>;
export const criteriaSchema = z.array(criterionSchema).min(1);

// ---------------------------------------------------------------------------------------------
// Sourcing options
const ratingWithReasonSchema = z.strictObject({
  rating: ratingSchema,
  /** Why the option is rated so on the criterion, one or two sentences. */
  why: text,
});

export const sourcingOptionSchema = z.strictObject({
  id: pureOptionIdSchema,
  name: text,
  /** A short label for charts and legends (≤ 16 characters). */
  shortName: z.string().trim().min(1).max(16),
  /** What choosing it means, one paragraph. */
  summary: text,
  /** The action a recommendation says, as a verb phrase ("Use a closed model through its API"). */
  headline: text,
  examples: text,
  /** Base rating on every criterion, before answers adjust it. */
  ratings: z.record(criterionIdSchema, ratingWithReasonSchema),
  /** Typical situations in which it wins. */
  winsWhen: z.array(text).min(1),
});
export type SourcingOption = z.infer<typeof sourcingOptionSchema>;
export const sourcingOptionsSchema = z.array(sourcingOptionSchema).length(pureOptionIds.length);

export const hybridSchema = z.strictObject({
  id: z.literal("hybrid"),
  name: text,
  shortName: z.string().trim().min(1).max(16),
  summary: text,
  headline: text,
  /**
   * Headlines for particular cases, the first whose conditions all hold in place of `headline`:
   * the headline must be true of the answers ("the sensitive core" only where data is sensitive).
   */
  headlineWhen: z.array(z.strictObject({ when: z.array(conditionSchema).min(1), headline: text })),
  /** Which split the hybrid means: which traffic goes where. */
  split: text,
  /** The two options the hybrid combines. */
  components: z.tuple([pureOptionIdSchema, pureOptionIdSchema]),
  /**
   * How its rating on each criterion follows from its components' ratings (after answers):
   * the better one, the worse one, or their mean; plus an adjustment for running two things.
   */
  ratingRules: z.record(
    criterionIdSchema,
    z.strictObject({
      rule: z.enum(["best", "worst", "mean"]),
      adjustment: z.number().min(-5).max(5),
      why: text,
    }),
  ),
  winsWhen: z.array(text).min(1),
});
export type Hybrid = z.infer<typeof hybridSchema>;

// ---------------------------------------------------------------------------------------------
// Questions

/** How one answer moves the assessment: criterion weight multipliers and rating adjustments. */
export const answerEffectSchema = z.strictObject({
  /** Multiplies a criterion's weight (1 = no change; 0–5). */
  weights: z.partialRecord(criterionIdSchema, z.number().min(0).max(5)).optional(),
  /** Adds to an option's rating on a criterion (−5 to +5; the sum is held within 0–5). */
  ratings: z
    .partialRecord(
      pureOptionIdSchema,
      z.partialRecord(criterionIdSchema, z.number().min(-5).max(5)),
    )
    .optional(),
});
export type AnswerEffect = z.infer<typeof answerEffectSchema>;

const facilitatorSchema = z.strictObject({
  /** One to four questions that open the discussion in a workshop. */
  prompts: z.array(text).min(1).max(4),
  /** Mistakes teams commonly make on this question. */
  pitfalls: z.array(text).min(1).max(3),
});

const questionBase = {
  /** The question as asked. */
  label: text,
  /** A few words for tables, drivers and flips ("Data sensitivity"). */
  shortLabel: text,
  /** One line: why we ask this. */
  why: text,
  /** In the quick path (the four questions that decide most cases). */
  quick: z.boolean(),
  facilitator: facilitatorSchema,
};

export const choiceOptionSchema = z.strictObject({
  value: z.string(),
  label: text,
  /** One line that tells the user when to pick it. */
  description: text,
  /** The answer as a reason, completing "…because …" ("your data may not leave your environment"). */
  because: text,
  effects: answerEffectSchema,
});

export const choiceQuestionSchema = z.strictObject({
  ...questionBase,
  id: z.enum([...organizationQuestionIds, ...useCaseChoiceQuestionIds]),
  scope: z.enum(["organization", "useCase"]),
  kind: z.literal("choice"),
  options: z.array(choiceOptionSchema).min(2),
  /** The value the engine assumes when the question is unanswered and no template says. */
  assumed: z.string(),
});
export type ChoiceQuestion = z.infer<typeof choiceQuestionSchema>;

export const numberQuestionSchema = z.strictObject({
  ...questionBase,
  id: z.enum(useCaseNumberQuestionIds),
  scope: z.literal("useCase"),
  kind: z.literal("number"),
  unit: text,
  assumed: z.number().min(0),
});
export type NumberQuestion = z.infer<typeof numberQuestionSchema>;

export const questionSchema = z.discriminatedUnion("kind", [
  choiceQuestionSchema,
  numberQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;
export const questionsSchema = z.array(questionSchema).min(1);

// ---------------------------------------------------------------------------------------------
// Hard constraints, caveats, risks and next steps

export const hardConstraintSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** All must hold for the constraint to apply. */
  when: z.array(conditionSchema).min(1),
  excludes: z.array(optionIdSchema).min(1),
  /** Shown to the user beside each excluded option. */
  reason: text,
});
export type HardConstraint = z.infer<typeof hardConstraintSchema>;
export const hardConstraintsSchema = z.array(hardConstraintSchema);

/**
 * A caveat: when the recommended option is one of `options` and the answers meet `when`, the
 * recommendation holds only on a condition. The headline carries the condition, the confidence is
 * held at or below `confidenceCap` and the reason is given.
 */
export const caveatSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  options: z.array(optionIdSchema).min(1),
  /** All must hold; empty = whenever one of the options is recommended. */
  when: z.array(conditionSchema),
  /** Only when a hard constraint leaves the recommended option as the one choice left. */
  onlyWhenForced: z.boolean(),
  /** Appended to the headline: "provided …". */
  condition: text,
  /** Why the confidence is held down, for the confidence reasons. */
  reason: text,
  /**
   * The highest confidence the recommendation can have while the caveat applies, 0.5–0.95. Never
   * below 0.5, the confidence of a call the answers leave open: a caveat must not make an
   * unanswered question look surer than an answered one.
   */
  confidenceCap: z.number().min(0.5).max(0.95),
});
export type Caveat = z.infer<typeof caveatSchema>;
export const caveatsSchema = z.array(caveatSchema);

export const riskSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The options it applies to when recommended. */
  options: z.array(optionIdSchema).min(1),
  /** All must hold; empty = always relevant for those options. */
  when: z.array(conditionSchema),
  title: text,
  detail: text,
  mitigation: text,
});
export type Risk = z.infer<typeof riskSchema>;
export const risksSchema = z.array(riskSchema).min(1);

export const nextStepSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  options: z.array(optionIdSchema).min(1),
  when: z.array(conditionSchema),
  text,
});
export type NextStep = z.infer<typeof nextStepSchema>;
export const nextStepsSchema = z.array(nextStepSchema).min(1);

// ---------------------------------------------------------------------------------------------
// Use-case templates
export const templateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: text,
  /** One line shown when picking a template. */
  description: text,
  /** Typical answers to every per-use-case question; everything stays editable. */
  answers: assessmentSchemas().completeAnswers,
  /** Typical volumes offered as presets when the volume question is asked. */
  volumePresets: z
    .array(z.strictObject({ label: text, monthlyRequests: z.number().int().min(0).max(1e10) }))
    .min(1),
  /** Where the token sizes come from. */
  source: text,
});
export type Template = z.infer<typeof templateSchema>;
export const templatesSchema = z.array(templateSchema).min(8);

// ---------------------------------------------------------------------------------------------
// Cost assumptions
export const assumptionSchema = z.strictObject({
  id: z.enum(assumptionIds),
  label: text,
  group: z.enum(["api", "managed", "gpu", "throughput", "serving", "staff", "hybrid"]),
  value: z.number().finite(),
  unit: text,
  /** Allowed range for overrides. */
  min: z.number().finite(),
  max: z.number().finite(),
  /** Where the figure comes from: publisher and page, with its own date when it has one. */
  source: text,
  asOf: asOfSchema,
  /** Notes: range seen, why this point in it. */
  note: text.optional(),
  /** Where sources disagree: the lowest and highest figure seen, same unit. */
  range: z.strictObject({ low: z.number().finite(), high: z.number().finite() }).optional(),
  /**
   * The model whose price this figure is, as the price dataset `@pydantic/genai-prices` names it
   * (provider id and model id), and which of its prices: `npm run prices:check` compares them.
   */
  dataset: z
    .strictObject({ provider: text, model: text, price: z.enum(["input", "output"]) })
    .optional(),
});
export type Assumption = z.infer<typeof assumptionSchema>;
export const assumptionsSchema = z.array(assumptionSchema);

// ---------------------------------------------------------------------------------------------
// Model classes: what each tier of the cost model stands for, and the GPU it is served on

export const tierSchema = z.strictObject({
  /** The open model size class. */
  id: z.enum(modelClassIds),
  /** What the class is, in a few words. */
  name: text,
  /** Closed models of the matching API tier, as examples. */
  closedExamples: text,
  /** Open-weights models of the class, as examples. */
  openExamples: text,
  /** The GPU one replica of the class is served on; its count and throughput are assumptions. */
  gpu: z.enum(gpuTypes),
});
export type Tier = z.infer<typeof tierSchema>;
export const tiersSchema = z.array(tierSchema).length(modelClassIds.length);

// ---------------------------------------------------------------------------------------------
// Scoring constants
export const scoringSchema = z.strictObject({
  /**
   * Rating points (0–5 scale) an option loses on the cost criterion for each tenfold of its monthly
   * cost above the cheapest of the three options: the ratio (0–5).
   */
  costRatingPerDecade: z.number().min(0).max(5),
  /**
   * Rating points it loses for each tenfold of the money at stake: the monthly gap to the cheapest
   * option in units of `costMaterialMonthlyUsd`, so that a 2× gap weighs more at $20M a month than
   * at $1k (0–5).
   */
  costRatingPerMoneyDecade: z.number().min(0).max(5),
  /** The monthly gap (USD) from which money at stake starts to count in earnest (100–1,000,000). */
  costMaterialMonthlyUsd: z.number().min(100).max(1_000_000),
  /**
   * How much the cost criterion's weight grows for each tenfold of the spread between the cheapest
   * and the dearest option, in units of `costMaterialMonthlyUsd` (0–5; 0: never).
   */
  costWeightPerMoneyDecade: z.number().min(0).max(5),
  /** Score margin (0–100 points) at and above which the gap between first and second adds no doubt. */
  decisiveMargin: z.number().min(1).max(50),
  /**
   * Confidence lost per unanswered question, 0–0.2 (half of it when the use case's template gives
   * the answer). The losses add up and multiply the confidence by (1 − loss), by 0.5 at the least.
   */
  confidencePerAssumed: z.number().min(0).max(0.2),
  /**
   * Monthly volumes a use case can plausibly serve: from `min` requests, up to `beyondLargestPreset`
   * times its template's largest volume preset, or up to `max` without a template. Outside them
   * the confidence is held at or below `cap` (0.5–0.95) and the questionnaire warns.
   */
  plausibleVolume: z.strictObject({
    min: z.number().int().min(0).max(1e6),
    beyondLargestPreset: z.number().min(1).max(1000),
    max: z.number().min(1e3).max(1e10),
    cap: z.number().min(0.5).max(0.95),
  }),
});
export type Scoring = z.infer<typeof scoringSchema>;
