/**
 * The engine's results: `crossover.results/v1`, printed by `npm run evaluate` and rendered by
 * the app. Every number traces back to content: weights and ratings to criteria, options and
 * questions; costs to the cost assumptions.
 */
import type {
  AiTeam,
  CapabilityNeed,
  Infrastructure,
  AssumptionId,
  CriterionId,
  OptionId,
  PureOptionId,
  QuestionId,
  GpuType,
} from "@/lib/vocabulary";
import type { CompleteAnswers } from "@/lib/assessment/schema";
import type { CostBreakdown, CostCrossing, CostCurvePoint, ApiTier, ModelClass } from "./cost";

export type { AiTeam, CapabilityNeed, Infrastructure };

export const RESULTS_SCHEMA_V1 = "crossover.results/v1" as const;

/** The organization profile with every answer given or assumed. */
export interface ResolvedOrganization {
  aiTeam: AiTeam;
  securityMaturity: "basic" | "established" | "advanced";
  infrastructure: Infrastructure;
}

/** An answer the engine had to assume, and where the value came from. */
export interface AssumedAnswer {
  question: QuestionId;
  value: string | number;
  /** `template`: the use case's template; `default`: content's assumed value. */
  source: "template" | "default";
}

export interface OptionScore {
  /** Fit, 0–100, higher fits better: the weighted mean of the ratings, scaled. */
  score: number;
  /** Each criterion's share of the score, in score points (they sum to `score`). */
  contributions: Record<CriterionId, number>;
  /** The option's rating on each criterion after the answers, 0–5 (higher fits better). */
  ratings: Record<CriterionId, number>;
}

export interface Exclusion {
  option: OptionId;
  constraint: string;
  reason: string;
}

/** An answer that moved the result, measured by taking its effect away. */
export interface Driver {
  question: QuestionId;
  /** The answer as given or assumed. */
  value: string | number;
  /** How much the answer moved each option's score, in points (positive: towards). */
  effects: Record<OptionId, number>;
  /** The option the answer favoured most, and the one it held back most. */
  towards: OptionId;
  against: OptionId;
  /** Largest minus smallest effect, in score points: how much the answer separated the options. */
  size: number;
}

/**
 * An answer weighed as a reason for or against the recommendation: how many score points it gives
 * the recommendation over the option it is compared with (the runner-up; when a hard constraint
 * leaves no runner-up, the best option ruled out). `monthlyRequests` stands for the cost at the
 * use case's volume.
 */
export interface Reason {
  question: QuestionId;
  /** The answer as given or assumed. */
  value: string | number;
  /** Score points, positive: for the recommendation; negative: against it. */
  points: number;
}

export interface Reasons {
  /** The option the reasons weigh the recommendation against; null when there is none. */
  comparedWith: OptionId | null;
  /** The answers that favour the recommendation over `comparedWith`, largest first (≥ 0.25 points). */
  for: Reason[];
  /** The answers that favour `comparedWith` instead, largest first (≥ 0.25 points). */
  against: Reason[];
}

/** A difference in money between the recommendation and another option (USD, never negative). */
export interface MoneyGap {
  against: OptionId;
  monthlyUsd: number;
  annualUsd: number;
}

/** A move on the path: from this volume on, another option is recommended. */
export interface PathStep {
  /** The option recommended from this volume on. */
  option: OptionId;
  /** Requests per month at which the recommendation moves, to two significant figures. */
  monthlyRequests: number;
  /**
   * The month (1–12) the volume is expected to reach it, growing steadily from today's to the one
   * expected in twelve months; null when it lies beyond that.
   */
  month: number | null;
  /**
   * What the move saves a year against staying on the option before it (USD, more than 0), at the
   * volume expected in twelve months, or just past the move when that lies beyond.
   */
  annualSavingUsd: number;
  /**
   * What the move rests on, as the headline says it: the conditions of content's caveats on the
   * option moved to that the answers meet ("once you have the engineers to run it"), whether or
   * not the option is forced. Empty when none.
   */
  conditions: string[];
}

/** Where the recommendation moves as the volume heads towards the one expected in a year. */
export interface CostPath {
  /** Requests per month today, and expected in twelve months. */
  monthlyRequests: number;
  monthlyRequestsIn12Months: number;
  /** The option recommended today. */
  start: OptionId;
  /** In the order they fall due; growing, up to ten times the larger volume; falling, down to the one expected. */
  steps: PathStep[];
}

/** A caveat of content/constraints.ts that applies: the recommendation holds only on its condition. */
export interface AppliedCaveat {
  id: string;
  /** "provided …", as the summary says it. */
  condition: string;
}

/**
 * What would change the recommendation. `distance` says how small a change it takes, on one scale
 * for all three kinds, so that they can be ranked nearest first: 1 for each step along an answer's
 * list of values, 1 for each doubling or halving of the volume, 1 for each doubling or halving of
 * a weight (from a weight of 0, the weight it takes).
 */
export type Flip = (
  | {
      kind: "answer";
      question: QuestionId;
      from: string;
      to: string;
      /** The recommendation the changed answer would give. */
      recommendation: OptionId;
    }
  | {
      kind: "volume";
      question: "monthlyRequests";
      /** Requests per month where the recommendation changes. */
      threshold: number;
      /** `below`: the change happens when volume falls under the threshold; `above`: over it. */
      direction: "below" | "above";
      recommendation: OptionId;
    }
  | {
      kind: "weight";
      criterion: CriterionId;
      from: number;
      /** The criterion weight (0–10) at which the recommendation changes. */
      to: number;
      recommendation: OptionId;
    }
) & { distance: number };

export interface UseCaseCost {
  /** The closed-API tier and open-model class the capability need calls for. */
  tier: { api: ApiTier; model: ModelClass };
  monthlyRequests: number;
  /** Tokens per month at this volume (input + output). */
  monthlyTokens: number;
  monthlyUsd: Record<OptionId, number>;
  breakdown: Record<OptionId, CostBreakdown>;
  /** Volume (requests/month) at which self-hosting becomes cheaper than the closed API; null: never below 10^10. */
  crossoverMonthlyRequests: number | null;
  /** Like-for-like: the same open model, self-hosted against managed hosting. */
  managedCrossoverMonthlyRequests: number | null;
  /** The cheapest option not ruled out at this volume (any of the four). */
  cheapestAllowed: OptionId;
  /**
   * What the recommendation costs more than the cheapest option allowed (USD, positive), and the
   * criteria it buys that with, most points first; null when it is the cheapest.
   */
  premium: (MoneyGap & { for: CriterionId[] }) | null;
  /**
   * When the recommendation is the cheapest allowed: what it costs less than the runner-up (or,
   * with no runner-up, the next cheapest option allowed), USD, 0 or more; null otherwise, or when
   * no other option is allowed.
   */
  saving: MoneyGap | null;
  /**
   * How many times the cost criterion's weight the money at stake makes it count in this use case
   * (1 or more): see content/README.md, "Cost".
   */
  costWeightMultiplier: number;
  /** USD per request of each per-token option. */
  perRequestUsd: { closed_api: number; open_managed: number };
  /** Requests per month one replica serves at the planned utilization. */
  replicaMonthlyRequests: number;
  /** The GPU a self-hosted replica runs on (content/tiers.ts), and its price per hour. */
  gpu: GpuType;
  gpuHourPrice: number;
  /**
   * Where the recommendation's monthly cost crosses that of each other option allowed, within
   * 10^2–10^10 requests a month, in volume order: the crossings that decide this use case.
   */
  crossings: CostCrossing[];
  /** Monthly cost of every option from a thousandth to a thousand times the volume (10^2–10^10). */
  curve: CostCurvePoint[];
}

export interface UseCaseResult {
  id: string;
  name: string;
  template: string | null;
  recommendation: OptionId;
  /** The runner-up among options not excluded; null when only one remains. */
  runnerUp: OptionId | null;
  /** 0–1, higher is surer. */
  confidence: number;
  confidenceLabel: "high" | "medium" | "low";
  /** Why the confidence is not higher, in plain language. */
  confidenceReasons: string[];
  /** The conditions the recommendation holds on (the summary says them); empty: none. */
  caveats: AppliedCaveat[];
  /** One sentence a board member understands. */
  summary: string;
  answers: CompleteAnswers;
  assumed: AssumedAnswer[];
  /**
   * How much each criterion counts in this use case (0 or more): the assessment's weight (or
   * content's default) after the answers multiply it, and for cost after the money at stake does.
   * Not the weight a user sets, which is `AssessmentResults.weights`.
   */
  weights: Record<CriterionId, number>;
  scores: Record<OptionId, OptionScore>;
  excluded: Exclusion[];
  drivers: Driver[];
  /** The answers for and against the recommendation, weighed against the runner-up. */
  reasons: Reasons;
  risks: { id: string; title: string; detail: string; mitigation: string }[];
  nextSteps: { id: string; text: string }[];
  cost: UseCaseCost;
  /** Where the recommendation moves as the volume heads towards the one expected in a year. */
  path: CostPath;
  flips: Flip[];
}

export interface PortfolioSummary {
  useCaseCount: number;
  /** Use cases recommended each option. */
  counts: Record<OptionId, number>;
  /** Monthly cost of every use case's recommended option, USD. */
  totalMonthlyUsd: number;
  /** Monthly cost if every use case used the closed API, USD (where it is ruled out too). */
  allClosedApiMonthlyUsd: number;
  /** Monthly cost of every use case's cheapest option allowed, USD. */
  cheapestAllowedMonthlyUsd: number;
  /**
   * What the recommendations cost more than the cheapest options allowed, USD per month (0 or
   * more): `totalMonthlyUsd` − `cheapestAllowedMonthlyUsd`.
   */
  premiumMonthlyUsd: number;
  /**
   * The use case whose recommendation, being its cheapest option allowed, costs the most less
   * than its runner-up (`cost.saving`); null when none does.
   */
  largestSaving: { useCase: string; monthlyUsd: number; against: OptionId } | null;
  /** The use case whose recommendation costs the most more than its cheapest option allowed. */
  largestPremium: { useCase: string; monthlyUsd: number; against: OptionId } | null;
  leastCertain: { useCase: string; confidence: number } | null;
}

export interface AssessmentResults {
  schema: typeof RESULTS_SCHEMA_V1;
  title: string;
  organization: ResolvedOrganization;
  /** Organization answers the engine assumed. */
  assumedOrganization: AssumedAnswer[];
  /** The cost assumptions used, with any override applied. */
  assumptions: Record<AssumptionId, number>;
  /** The criterion weights as the user set them (or content's defaults), 0–10. */
  criterionWeights: Record<CriterionId, number>;
  useCases: UseCaseResult[];
  portfolio: PortfolioSummary;
}

export type { OptionId, PureOptionId };
