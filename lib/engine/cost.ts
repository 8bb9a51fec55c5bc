/**
 * The cost model: monthly cost of each sourcing option at a use case's volume, its breakdown, and
 * the volume at which self-hosting becomes cheaper than an API. Pure arithmetic over the cost
 * assumptions in content/assumptions.ts.
 *
 * What calculators tend to leave out is counted here: at least `minReplicas` replicas for
 * availability, capacity planned at a latency-bounded share of the offline peak throughput,
 * provisioned GPUs billed at an average utilization (busy or idle), the bill's overhead beyond the
 * GPU sticker price, and the engineers who run it. As the fleet grows past its minimum, the
 * replicas it adds run fuller, are reserved at a discount (rented GPUs only) and add engineers'
 * time in proportion to the GPUs.
 *
 * Worked example (golden figures in cost.test.ts, with these figures pinned): a mid-size
 * mixture-of-experts model ("advanced" need) on one H100 a replica, 2,000,000 requests a month of
 * 3,000 input and 500 output tokens, ML team:
 * - closed API, mid tier: 2M × (3000 × 1.00 + 500 × 5.00) / 1M = 11,000 USD tokens
 *   + 0.05 engineer × 230,000 / 12 = 958.33 → 11,958.33 USD
 * - managed, medium: 2M × (3000 × 0.15 + 500 × 0.60) / 1M = 1,500 + 0.1 engineer = 3,416.67 USD
 * - self-hosted: one request = 500 + 0.65 × 3000 = 2,450 output-token equivalents; a replica
 *   (1 × H100) peaks at 6,900 × 1,650 / 1,000 = 11,385 equivalents/s, usable 50% → 2.3235 req/s;
 *   demand 2M / 2,628,000 s = 0.7610 req/s, at 50% utilization needs 0.655 replicas → the
 *   minimum of 2; GPUs 2 × 1 × 2.99 × 730 × 1.3 = 5,675.02 USD; staff (0.75 + 2 GPUs ÷ 64)
 *   × 230,000 / 12 = 14,973.96 → 20,648.98 USD.
 */
import {
  optionIds,
  type AiTeam,
  type AssumptionId,
  type CapabilityNeed,
  type GpuType,
  type Infrastructure,
  type OptionId,
  type ServingPattern,
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
  servingPattern: ServingPattern;
  /** In a hybrid, the percentage of requests the self-hosted model serves, 0–100. */
  selfHostedShare: number;
}

/**
 * How the serving pattern plans a fleet and prices tokens: work someone waits for keeps a latency
 * reserve, an availability pair and idle capacity; batch work runs near full on one replica and
 * earns the closed APIs' batch discount; mixed work is halfway.
 */
function servingPlan(pattern: ServingPattern, a: AssumptionValues) {
  const interactive = {
    latencyShare: a.latencyBoundShare,
    utilization: a.averageUtilization,
    scaledUtilization: Math.max(a.averageUtilization, a.scaledUtilization),
    minReplicas: a.minReplicas,
    apiDiscount: 0,
  };
  const batch = {
    latencyShare: 1,
    utilization: a.batchUtilization,
    scaledUtilization: a.batchUtilization,
    minReplicas: 1,
    apiDiscount: a.batchDiscount,
  };
  if (pattern === "interactive") return interactive;
  if (pattern === "batch") return batch;
  return {
    latencyShare: (interactive.latencyShare + batch.latencyShare) / 2,
    utilization: (interactive.utilization + batch.utilization) / 2,
    scaledUtilization: (interactive.scaledUtilization + batch.scaledUtilization) / 2,
    minReplicas: interactive.minReplicas,
    apiDiscount: batch.apiDiscount / 2,
  };
}

/** The GPU each open model class is served on (content/tiers.ts). */
export type GpuOfClass = Readonly<Record<ModelClass, GpuType>>;

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
  /** USD per month of engineering time for each option (self-hosting: the base team, see `selfStaffAt`). */
  apiStaff: number;
  managedStaff: number;
  selfStaff: number;
  /** USD per month of one engineer, and the GPUs each engineer beyond the base team looks after. */
  engineerMonthly: number;
  gpusPerAddedEngineer: number;
  /** The GPU a replica runs on. */
  gpu: GpuType;
  /** USD per month of one replica, GPUs and overhead included, busy or idle. */
  replicaMonthly: number;
  /**
   * USD per month of each replica beyond the minimum: a fleet that has outgrown its first
   * replicas has a steady load to commit to, so rented GPUs are reserved at a discount (owned
   * servers cost the same either way).
   */
  scaledReplicaMonthly: number;
  /** Requests per month one replica serves at the average utilization planned for the minimum fleet. */
  replicaMonthlyRequests: number;
  /** Requests per month each replica beyond the minimum serves (a growing fleet runs fuller). */
  scaledReplicaMonthlyRequests: number;
  minReplicas: number;
  gpusPerReplica: number;
  /** USD per GPU-hour used (rented, or owned where the organization owns GPU servers). */
  gpuHourPrice: number;
  hybridSelfShare: number;
}

/** Rented price per GPU-hour and throughput relative to an H100, by GPU. */
const gpuFigures: Record<GpuType, { price: AssumptionId | null; throughput: AssumptionId | null }> =
  {
    H100: { price: null, throughput: null },
    H200: { price: "h200HourPrice", throughput: "h200ThroughputFactor" },
    B200: { price: "b200HourPrice", throughput: "b200ThroughputFactor" },
  };

export function costParameters(
  profile: CostProfile,
  a: AssumptionValues,
  gpuOf: GpuOfClass,
): CostParameters {
  const tier = tierFor[profile.capabilityNeed];
  const gpu = gpuOf[tier.model];
  const figures = gpuFigures[gpu];
  const plan = servingPlan(profile.servingPattern, a);
  const { inputTokens, outputTokens } = profile;
  const [apiIn, apiOut] = apiPrices[tier.api];
  const [manIn, manOut] = managedPrices[tier.model];
  const [peakId, gpusId] = modelServing[tier.model];
  const monthlyEngineer = a.engineerAnnualCost / 12;

  // Rented at the GPU's price; owned servers at the owned H100's price, scaled for other GPUs by
  // their rental prices.
  const rented = figures.price ? a[figures.price] : a.gpuHourPrice;
  const gpuHourPrice =
    profile.infrastructure === "on_prem_gpu"
      ? (a.ownedGpuHourPrice * rented) / a.gpuHourPrice
      : rented;
  const throughputFactor = figures.throughput ? a[figures.throughput] : 1;
  const gpusPerReplica = Math.max(1, Math.round(a[gpusId]));
  const replicaMonthly = gpusPerReplica * gpuHourPrice * HOURS_PER_MONTH * (1 + a.gpuBillOverhead);
  const referenceEquivalents = REFERENCE_TOKENS + a.prefillTokenWeight * REFERENCE_TOKENS;
  const requestEquivalents = outputTokens + a.prefillTokenWeight * inputTokens;
  // Peak output tokens/s at the 1k/1k reference, turned into requests/s of this use case's shape,
  // then cut to the share usable at acceptable latency and to the average utilization planned.
  const replicaRequestsPerSecond =
    ((a[peakId] * throughputFactor * referenceEquivalents) /
      REFERENCE_TOKENS /
      requestEquivalents) *
    plan.latencyShare;

  return {
    tier,
    apiPerRequest:
      ((inputTokens * a[apiIn] + outputTokens * a[apiOut]) / 1e6) * (1 - plan.apiDiscount),
    managedPerRequest: (inputTokens * a[manIn] + outputTokens * a[manOut]) / 1e6,
    apiStaff: a.closedApiFte * monthlyEngineer,
    managedStaff: a.openManagedFte * monthlyEngineer,
    selfStaff: a[selfHostedFte[profile.aiTeam]] * monthlyEngineer,
    engineerMonthly: monthlyEngineer,
    gpusPerAddedEngineer: Math.max(1, a.gpusPerAddedEngineer),
    gpu,
    replicaMonthly,
    scaledReplicaMonthly:
      profile.infrastructure === "on_prem_gpu"
        ? replicaMonthly
        : replicaMonthly * (1 - Math.min(1, Math.max(0, a.reservedGpuDiscount))),
    replicaMonthlyRequests: replicaRequestsPerSecond * plan.utilization * SECONDS_PER_MONTH,
    scaledReplicaMonthlyRequests:
      replicaRequestsPerSecond * plan.scaledUtilization * SECONDS_PER_MONTH,
    minReplicas: Math.max(1, Math.round(plan.minReplicas)),
    gpusPerReplica,
    gpuHourPrice,
    hybridSelfShare: Math.min(1, Math.max(0, profile.selfHostedShare / 100)),
  };
}

/**
 * The cost parameters of a use case from its answers: the capability need, the team and the
 * infrastructure pick the tier, the staff and the GPU price; the token sizes shape each request.
 */
export function costParametersFor(
  choices: Readonly<Record<string, string>>,
  answers: { inputTokens: number; outputTokens: number; selfHostedShare: number },
  a: AssumptionValues,
  gpuOf: GpuOfClass,
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
      servingPattern:
        choices.servingPattern === "batch" || choices.servingPattern === "mixed"
          ? choices.servingPattern
          : "interactive",
      selfHostedShare: answers.selfHostedShare,
    },
    a,
    gpuOf,
  );
}

/**
 * What a use case's cost parameters follow from, within one assessment (whose assumptions are
 * fixed), as a key: use cases with the same key have the same costs at every volume, so what is
 * worked out from the parameters alone (crossings, bands) is worked out once for them.
 */
export function costShapeKey(
  choices: Readonly<Record<string, string>>,
  answers: { inputTokens: number; outputTokens: number; selfHostedShare: number },
): string {
  return `${choices.capabilityNeed}|${choices.aiTeam}|${choices.infrastructure}|${choices.servingPattern}|${answers.inputTokens}|${answers.outputTokens}|${answers.selfHostedShare}`;
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
  /** Engineers (full-time equivalents) the option's staff cost pays for. */
  engineers: number;
}

/**
 * Average replicas provisioned at a volume: the minimum, planned at the average utilization, until
 * the load outgrows it; then one more replica for every `scaledReplicaMonthlyRequests` requests
 * beyond what the minimum serves (a growing fleet runs fuller). Continuous and rising with volume.
 */
export function replicasAt(p: CostParameters, monthlyRequests: number): number {
  const minimumServes = p.minReplicas * p.replicaMonthlyRequests;
  return monthlyRequests <= minimumServes
    ? p.minReplicas
    : p.minReplicas + (monthlyRequests - minimumServes) / p.scaledReplicaMonthlyRequests;
}

/** GPU bill, USD per month, for an average of `replicas`: the minimum on demand, the rest reserved. */
function gpuBillAt(p: CostParameters, replicas: number): number {
  const first = Math.min(replicas, p.minReplicas);
  return first * p.replicaMonthly + (replicas - first) * p.scaledReplicaMonthly;
}

/** GPUs at the month's peak for an average of `replicas`: whole replicas. */
function gpusAt(p: CostParameters, replicas: number): number {
  return Math.ceil(replicas - 1e-9) * p.gpusPerReplica;
}

/**
 * Self-hosting's engineers, USD per month: the base team for the organization, and an engineer's
 * time for every `gpusPerAddedEngineer` GPUs provisioned on average (a fraction of one below that).
 * Continuous rather than whole people, so that cost rises smoothly with the fleet.
 */
export function selfStaffAt(p: CostParameters, replicas: number): number {
  return p.selfStaff + ((replicas * p.gpusPerReplica) / p.gpusPerAddedEngineer) * p.engineerMonthly;
}

function selfHosted(p: CostParameters, monthlyRequests: number): CostBreakdown {
  const replicas = replicasAt(p, monthlyRequests);
  const gpuUsd = gpuBillAt(p, replicas);
  const gpus = gpusAt(p, replicas);
  const staffUsd = selfStaffAt(p, replicas);
  return {
    monthlyUsd: gpuUsd + staffUsd,
    tokensUsd: 0,
    gpuUsd,
    staffUsd,
    replicas,
    gpus,
    engineers: staffUsd / p.engineerMonthly,
  };
}

function perToken(
  p: CostParameters,
  perRequest: number,
  staff: number,
  monthlyRequests: number,
): CostBreakdown {
  const tokensUsd = perRequest * monthlyRequests;
  return {
    monthlyUsd: tokensUsd + staff,
    tokensUsd,
    gpuUsd: 0,
    staffUsd: staff,
    replicas: 0,
    gpus: 0,
    engineers: staff / p.engineerMonthly,
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
  const apiPart = perToken(
    p,
    p.apiPerRequest,
    p.apiStaff,
    monthlyRequests * (1 - p.hybridSelfShare),
  );
  return {
    closed_api: perToken(p, p.apiPerRequest, p.apiStaff, monthlyRequests),
    open_managed: perToken(p, p.managedPerRequest, p.managedStaff, monthlyRequests),
    open_self_hosted: selfHosted(p, monthlyRequests),
    hybrid: {
      monthlyUsd: selfPart.monthlyUsd + apiPart.monthlyUsd,
      tokensUsd: apiPart.tokensUsd,
      gpuUsd: selfPart.gpuUsd,
      staffUsd: selfPart.staffUsd + apiPart.staffUsd,
      replicas: selfPart.replicas,
      gpus: selfPart.gpus,
      engineers: selfPart.engineers + apiPart.engineers,
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
  const fleet = replicasAt(p, monthlyRequests);
  const hybridFleet = replicasAt(p, selfShare);
  out[0] = p.apiStaff + p.apiPerRequest * monthlyRequests;
  out[1] = p.managedStaff + p.managedPerRequest * monthlyRequests;
  out[2] = selfStaffAt(p, fleet) + gpuBillAt(p, fleet);
  out[3] =
    selfStaffAt(p, hybridFleet) +
    gpuBillAt(p, hybridFleet) +
    p.apiStaff +
    p.apiPerRequest * (monthlyRequests - selfShare);
  return out;
}

/**
 * The smallest monthly volume (requests) at which self-hosting costs no more than a per-token
 * option with the given price per request and monthly staff cost; null when that never happens
 * below 10^10 requests a month. 0 when self-hosting is cheaper at any volume. Found on a grid of
 * eight points a decade and refined by bisection (self-hosting's cost steps up with its fleet and
 * its engineers, so there is no closed form).
 */
export function crossoverVolume(
  p: CostParameters,
  perRequest: number,
  staff: number,
): number | null {
  const totals = new Float64Array(4);
  const selfCheaper = (v: number) => {
    monthlyTotals(p, v, totals);
    return (totals[2] ?? 0) <= staff + perRequest * v;
  };
  if (selfCheaper(0)) return 0;
  let previous = 0;
  for (let i = 0; i <= 80; i++) {
    const v = 10 ** (i / 8);
    if (selfCheaper(v)) {
      let lo = previous;
      let hi = v;
      for (let k = 0; k < 60 && hi - lo > Math.max(1e-6 * hi, 1e-9); k++) {
        const mid = lo > 0 ? Math.sqrt(lo * hi) : hi / 2;
        if (selfCheaper(mid)) hi = mid;
        else lo = mid;
      }
      return hi <= MAX_CROSSOVER_REQUESTS ? hi : null;
    }
    previous = v;
  }
  return null;
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
export interface CrossingPoint {
  /** The two options, in option order. */
  options: [OptionId, OptionId];
  /** Requests per month, to the request. */
  monthlyRequests: number;
  /** The option that costs less just above the crossing. */
  cheaperAbove: OptionId;
}

/** A crossing with the band the price ranges put around it (bands.ts). */
export interface CostCrossing extends CrossingPoint {
  /**
   * The crossing at the ends of the price ranges sources give that favour the option cheaper
   * above it (requests a month, at least 100: the chart's first volume), and those that favour the
   * other (null: not below 10^10 requests a month). Equal to `monthlyRequests` where no ranged
   * price enters the two options' costs, or the assessment overrides every one that does.
   */
  low: number;
  high: number | null;
}

/** The smallest volume crossings are looked for at (requests a month). */
export const CROSSING_FIRST_VOLUME = 100;
export const CROSSING_GRID: readonly number[] = Array.from(
  { length: 65 },
  (_, i) => CROSSING_FIRST_VOLUME * 10 ** (i / 8),
);

/**
 * Every volume within 10^2–10^10 at which option `a`'s monthly cost crosses option `b`'s, in
 * volume order. Found on a grid of eight points a decade, then by bisection; lines that touch
 * without crossing are not crossings.
 */
export function costCrossings(p: CostParameters, a: OptionId, b: OptionId): CrossingPoint[] {
  const ia = optionIds.indexOf(a);
  const ib = optionIds.indexOf(b);
  const totals = new Float64Array(4);
  const diff = (v: number) => {
    monthlyTotals(p, v, totals);
    return (totals[ia] ?? 0) - (totals[ib] ?? 0);
  };
  const crossings: CrossingPoint[] = [];
  let prevV = CROSSING_GRID[0] ?? 100;
  let prevD = diff(prevV);
  for (const v of CROSSING_GRID.slice(1)) {
    const d = diff(v);
    if ((prevD < 0 && d > 0) || (prevD > 0 && d < 0)) {
      let lo = prevV;
      let hi = v;
      for (let i = 0; i < 60 && hi / lo > 1.000001; i++) {
        const mid = Math.sqrt(lo * hi);
        if (diff(mid) > 0 === prevD > 0) lo = mid;
        else hi = mid;
      }
      crossings.push({
        options: ia < ib ? [a, b] : [b, a],
        monthlyRequests: Math.round(Math.sqrt(lo * hi)),
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
