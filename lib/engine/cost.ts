/**
 * The cost model: monthly cost of each sourcing option at a use case's volume, its breakdown, and
 * the volume at which self-hosting becomes cheaper than an API. Pure arithmetic over the cost
 * assumptions in content/assumptions.ts.
 *
 * What calculators tend to leave out is counted here: at least `minReplicas` replicas for
 * availability, capacity planned at a latency-bounded share of the offline peak throughput,
 * provisioned GPUs billed at an average utilization (busy or idle), the bill's overhead beyond the
 * GPU sticker price, and the engineers who run it.
 *
 * Worked example (golden figures in cost.test.ts), default assumptions, a 70B-class model
 * ("advanced" need), 2,000,000 requests a month of 3,000 input and 500 output tokens, ML team:
 * - closed API, mid tier: 2M × (3000 × 1.00 + 500 × 5.00) / 1M = 11,000 USD tokens
 *   + 0.05 engineer × 230,000 / 12 = 958.33 → 11,958.33 USD
 * - self-hosted: one request = 500 + 0.65 × 3000 = 2,450 output-token equivalents; a replica
 *   (2 × H100) peaks at 4,205 × 1,650 / 1,000 = 6,938.25 equivalents/s, usable 50% → 1.4160 req/s;
 *   demand 2M / 2,628,000 s = 0.7610 req/s, at 50% utilization needs 1.0749 replicas → the
 *   minimum of 2; GPUs 2 × 2 × 2.99 × 730 × 1.3 = 11,350.04 USD; staff 0.75 × 230,000 / 12
 *   = 14,375 → 25,725.04 USD.
 */
import {
  optionIds,
  type AiTeam,
  type AssumptionId,
  type CapabilityNeed,
  type Infrastructure,
  type OptionId,
} from "@/lib/vocabulary";

/** Hours in an average month (8,760 / 12). */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
/** Crossover volumes beyond this are reported as never (null). */
export const MAX_CROSSOVER_REQUESTS = 1e10;
/** Tokens per request of the reference shape the peak throughputs were measured at (1k in, 1k out). */
const REFERENCE_TOKENS = 1000;

export type AssumptionValues = Readonly<Record<AssumptionId, number>>;

export type ApiTier = "small" | "mid" | "frontier";
export type ModelClass = "small" | "medium" | "large";

/** The closed-API tier and open-model size class a capability need calls for. */
export const tierFor: Record<CapabilityNeed, { api: ApiTier; model: ModelClass }> = {
  standard: { api: "small", model: "small" },
  advanced: { api: "mid", model: "medium" },
  frontier: { api: "frontier", model: "large" },
};

const selfHostedFte: Record<AiTeam, AssumptionId> = {
  none: "selfHostedFteNone",
  generalist: "selfHostedFteGeneralist",
  ml_team: "selfHostedFteMlTeam",
  platform: "selfHostedFtePlatform",
};

const apiPrices: Record<ApiTier, readonly [AssumptionId, AssumptionId]> = {
  small: ["apiSmallInputPrice", "apiSmallOutputPrice"],
  mid: ["apiMidInputPrice", "apiMidOutputPrice"],
  frontier: ["apiFrontierInputPrice", "apiFrontierOutputPrice"],
};
const managedPrices: Record<ModelClass, readonly [AssumptionId, AssumptionId]> = {
  small: ["managedSmallInputPrice", "managedSmallOutputPrice"],
  medium: ["managedMediumInputPrice", "managedMediumOutputPrice"],
  large: ["managedLargeInputPrice", "managedLargeOutputPrice"],
};
const modelServing: Record<ModelClass, readonly [AssumptionId, AssumptionId]> = {
  small: ["smallModelPeakThroughput", "smallModelGpus"],
  medium: ["mediumModelPeakThroughput", "mediumModelGpus"],
  large: ["largeModelPeakThroughput", "largeModelGpus"],
};

/** What shapes a use case's costs: everything but the volume. */
export interface CostProfile {
  capabilityNeed: CapabilityNeed;
  aiTeam: AiTeam;
  infrastructure: Infrastructure;
  inputTokens: number;
  outputTokens: number;
}

/**
 * The use case's cost lines, ready to evaluate at any volume: each option is a fixed monthly part
 * (USD) plus a per-request part, and self-hosting adds replicas beyond the minimum as load grows.
 */
export interface CostParameters {
  tier: { api: ApiTier; model: ModelClass };
  /** USD per request, closed API. */
  apiPerRequest: number;
  /** USD per request, open model on managed hosting. */
  managedPerRequest: number;
  /** USD per month of engineering time for each option. */
  apiStaff: number;
  managedStaff: number;
  selfStaff: number;
  /** USD per month of one replica, GPUs and overhead included, busy or idle. */
  replicaMonthly: number;
  /** Requests per month one replica serves at the planned utilization. */
  replicaMonthlyRequests: number;
  minReplicas: number;
  gpusPerReplica: number;
  /** USD per GPU-hour used (rented, or owned where the organization owns GPU servers). */
  gpuHourPrice: number;
  hybridSelfShare: number;
}

export function costParameters(profile: CostProfile, a: AssumptionValues): CostParameters {
  const tier = tierFor[profile.capabilityNeed];
  const { inputTokens, outputTokens } = profile;
  const [apiIn, apiOut] = apiPrices[tier.api];
  const [manIn, manOut] = managedPrices[tier.model];
  const [peakId, gpusId] = modelServing[tier.model];
  const monthlyEngineer = a.engineerAnnualCost / 12;

  const gpuHourPrice =
    profile.infrastructure === "on_prem_gpu" ? a.ownedGpuHourPrice : a.gpuHourPrice;
  const gpusPerReplica = Math.max(1, Math.round(a[gpusId]));
  const referenceEquivalents = REFERENCE_TOKENS + a.prefillTokenWeight * REFERENCE_TOKENS;
  const requestEquivalents = outputTokens + a.prefillTokenWeight * inputTokens;
  // Peak output tokens/s at the 1k/1k reference, turned into requests/s of this use case's shape,
  // then cut to the share usable at acceptable latency and to the average utilization planned.
  const replicaRequestsPerSecond =
    ((a[peakId] * referenceEquivalents) / REFERENCE_TOKENS / requestEquivalents) *
    a.latencyBoundShare;

  return {
    tier,
    apiPerRequest: (inputTokens * a[apiIn] + outputTokens * a[apiOut]) / 1e6,
    managedPerRequest: (inputTokens * a[manIn] + outputTokens * a[manOut]) / 1e6,
    apiStaff: a.closedApiFte * monthlyEngineer,
    managedStaff: a.openManagedFte * monthlyEngineer,
    selfStaff: a[selfHostedFte[profile.aiTeam]] * monthlyEngineer,
    replicaMonthly: gpusPerReplica * gpuHourPrice * HOURS_PER_MONTH * (1 + a.gpuBillOverhead),
    replicaMonthlyRequests: replicaRequestsPerSecond * a.averageUtilization * SECONDS_PER_MONTH,
    minReplicas: Math.max(1, Math.round(a.minReplicas)),
    gpusPerReplica,
    gpuHourPrice,
    hybridSelfShare: a.hybridSelfHostedShare,
  };
}

/**
 * The cost parameters of a use case from its answers: the capability need, the team and the
 * infrastructure pick the tier, the staff and the GPU price; the token sizes shape each request.
 */
export function costParametersFor(
  choices: Readonly<Record<string, string>>,
  answers: { inputTokens: number; outputTokens: number },
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

/** One option's monthly cost (USD) and what it is made of. */
export interface CostBreakdown {
  /** Total, USD per month. */
  monthlyUsd: number;
  /** API or hosted tokens, USD per month. */
  tokensUsd: number;
  /** GPUs with the bill's overhead, USD per month (self-hosted part only). */
  gpuUsd: number;
  /** Engineers' time, USD per month. */
  staffUsd: number;
  /** Average replicas provisioned (at least the minimum for availability); 0 without self-hosting. */
  replicas: number;
  /** GPUs at the peak of the month: whole replicas × GPUs per replica; 0 without self-hosting. */
  gpus: number;
}

/** Average replicas provisioned at a volume: the minimum, or more as load grows. */
export function replicasAt(p: CostParameters, monthlyRequests: number): number {
  return Math.max(p.minReplicas, monthlyRequests / p.replicaMonthlyRequests);
}

function selfHosted(p: CostParameters, monthlyRequests: number): CostBreakdown {
  const replicas = replicasAt(p, monthlyRequests);
  const gpuUsd = replicas * p.replicaMonthly;
  return {
    monthlyUsd: gpuUsd + p.selfStaff,
    tokensUsd: 0,
    gpuUsd,
    staffUsd: p.selfStaff,
    replicas,
    gpus: Math.ceil(replicas - 1e-9) * p.gpusPerReplica,
  };
}

function perToken(perRequest: number, staff: number, monthlyRequests: number): CostBreakdown {
  const tokensUsd = perRequest * monthlyRequests;
  return {
    monthlyUsd: tokensUsd + staff,
    tokensUsd,
    gpuUsd: 0,
    staffUsd: staff,
    replicas: 0,
    gpus: 0,
  };
}

export interface OptionCosts {
  closed_api: CostBreakdown;
  open_managed: CostBreakdown;
  open_self_hosted: CostBreakdown;
  hybrid: CostBreakdown;
}

/** Monthly cost of every option at a volume (requests per month). */
export function costsAt(p: CostParameters, monthlyRequests: number): OptionCosts {
  const selfPart = selfHosted(p, monthlyRequests * p.hybridSelfShare);
  const apiPart = perToken(p.apiPerRequest, p.apiStaff, monthlyRequests * (1 - p.hybridSelfShare));
  return {
    closed_api: perToken(p.apiPerRequest, p.apiStaff, monthlyRequests),
    open_managed: perToken(p.managedPerRequest, p.managedStaff, monthlyRequests),
    open_self_hosted: selfHosted(p, monthlyRequests),
    hybrid: {
      monthlyUsd: selfPart.monthlyUsd + apiPart.monthlyUsd,
      tokensUsd: apiPart.tokensUsd,
      gpuUsd: selfPart.gpuUsd,
      staffUsd: selfPart.staffUsd + apiPart.staffUsd,
      replicas: selfPart.replicas,
      gpus: selfPart.gpus,
    },
  };
}

/**
 * Monthly totals only (USD), in option order — closed API, managed, self-hosted, hybrid — for the
 * what-if scans that price hundreds of volumes.
 */
export function monthlyTotals(
  p: CostParameters,
  monthlyRequests: number,
  out: Float64Array,
): Float64Array {
  const selfShare = monthlyRequests * p.hybridSelfShare;
  const fleet = monthlyRequests / p.replicaMonthlyRequests;
  const hybridFleet = selfShare / p.replicaMonthlyRequests;
  out[0] = p.apiStaff + p.apiPerRequest * monthlyRequests;
  out[1] = p.managedStaff + p.managedPerRequest * monthlyRequests;
  out[2] = p.selfStaff + (fleet > p.minReplicas ? fleet : p.minReplicas) * p.replicaMonthly;
  out[3] =
    p.selfStaff +
    (hybridFleet > p.minReplicas ? hybridFleet : p.minReplicas) * p.replicaMonthly +
    p.apiStaff +
    p.apiPerRequest * (monthlyRequests - selfShare);
  return out;
}

/**
 * The smallest monthly volume (requests) at which self-hosting costs no more than a per-token
 * option with the given price per request and monthly staff cost; null when that never happens
 * below 10^10 requests a month. 0 when self-hosting is cheaper at any volume.
 */
export function crossoverVolume(
  p: CostParameters,
  perRequest: number,
  staff: number,
): number | null {
  const fleetFloor = p.minReplicas * p.replicaMonthlyRequests;
  const floorCost = p.selfStaff + p.minReplicas * p.replicaMonthly;
  let crossover: number | null = null;
  if (floorCost <= staff) crossover = 0;
  else if (perRequest > 0 && (floorCost - staff) / perRequest <= fleetFloor) {
    crossover = (floorCost - staff) / perRequest;
  } else {
    // Beyond the minimum fleet, self-hosting grows by replicaMonthly per replicaMonthlyRequests.
    const selfSlope = p.replicaMonthly / p.replicaMonthlyRequests;
    if (perRequest > selfSlope) crossover = (p.selfStaff - staff) / (perRequest - selfSlope);
  }
  return crossover !== null && crossover <= MAX_CROSSOVER_REQUESTS ? crossover : null;
}

/** One point of the cost-versus-volume curves: USD per month for each option. */
export interface CostCurvePoint {
  monthlyRequests: number;
  closed_api: number;
  open_managed: number;
  open_self_hosted: number;
  hybrid: number;
}

/**
 * Points for a log-scale chart of monthly cost against volume: 9 points a decade, from a thousandth
 * to a thousand times the use case's volume, within 10^2–10^10. The chart shows a hundredth to a
 * hundred times by default and the rest on request.
 */
const CURVE_STEPS_PER_DECADE = 9;
/** How many decades either side of the use case's volume the curve spans. */
export const CURVE_DECADES = 3;
/** Volumes of the curve's points: 10^(i/9), to three significant figures, for 10^2 to 10^10. */
const CURVE_VOLUMES: readonly number[] = Array.from(
  { length: 8 * CURVE_STEPS_PER_DECADE + 1 },
  (_, i) => Number((10 ** (2 + i / CURVE_STEPS_PER_DECADE)).toPrecision(3)),
);

export function costCurve(p: CostParameters, volume: number): CostCurvePoint[] {
  const centre = Math.log10(Math.max(volume, 100));
  const first = Math.max(
    0,
    Math.floor((centre - CURVE_DECADES - 2) * CURVE_STEPS_PER_DECADE + 1e-9),
  );
  const last = Math.min(
    CURVE_VOLUMES.length - 1,
    Math.ceil((centre + CURVE_DECADES - 2) * CURVE_STEPS_PER_DECADE - 1e-9),
  );
  const points: CostCurvePoint[] = [];
  const totals = new Float64Array(4);
  for (let i = first; i <= last; i++) {
    const v = CURVE_VOLUMES[i] ?? 0;
    monthlyTotals(p, v, totals);
    points.push({
      monthlyRequests: v,
      closed_api: totals[0] ?? 0,
      open_managed: totals[1] ?? 0,
      open_self_hosted: totals[2] ?? 0,
      hybrid: totals[3] ?? 0,
    });
  }
  return points;
}

/** A volume at which two options' monthly costs cross. */
export interface CostCrossing {
  /** The two options, in option order. */
  options: [OptionId, OptionId];
  /** Requests per month, to three significant figures. */
  monthlyRequests: number;
  /** The option that costs less just above the crossing. */
  cheaperAbove: OptionId;
}

const CROSSING_GRID: readonly number[] = Array.from({ length: 65 }, (_, i) => 10 ** (2 + i / 8));

/**
 * Every volume within 10^2–10^10 at which option `a`'s monthly cost crosses option `b`'s, in
 * volume order. Found on a grid of eight points a decade, then by bisection; lines that touch
 * without crossing are not crossings.
 */
export function costCrossings(p: CostParameters, a: OptionId, b: OptionId): CostCrossing[] {
  const ia = optionIds.indexOf(a);
  const ib = optionIds.indexOf(b);
  const totals = new Float64Array(4);
  const diff = (v: number) => {
    monthlyTotals(p, v, totals);
    return (totals[ia] ?? 0) - (totals[ib] ?? 0);
  };
  const crossings: CostCrossing[] = [];
  let prevV = CROSSING_GRID[0] ?? 100;
  let prevD = diff(prevV);
  for (const v of CROSSING_GRID.slice(1)) {
    const d = diff(v);
    if ((prevD < 0 && d > 0) || (prevD > 0 && d < 0)) {
      let lo = prevV;
      let hi = v;
      for (let i = 0; i < 40 && hi / lo > 1.0001; i++) {
        const mid = Math.sqrt(lo * hi);
        if (diff(mid) > 0 === prevD > 0) lo = mid;
        else hi = mid;
      }
      crossings.push({
        options: ia < ib ? [a, b] : [b, a],
        monthlyRequests: Number(Math.sqrt(lo * hi).toPrecision(3)),
        cheaperAbove: d < 0 ? a : b,
      });
    }
    if (d !== 0) {
      prevV = v;
      prevD = d;
    }
  }
  return crossings;
}
