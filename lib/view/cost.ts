/**
 * The cost picture for the cost table, the chart and the crossover sentences. Every figure is the
 * engine's (`UseCaseResult.cost`); this only selects, orders and words them.
 */
import type { Content } from "@/content";
import type { AssumptionId } from "@/lib/vocabulary";
import type {
  CostBreakdown,
  CostCurvePoint,
  ResolvedOrganization,
  UseCaseResult,
} from "@/lib/engine";
import { formatCount } from "@/lib/format";
import { optionIds, optionShortName, type OptionId } from "./options";

export interface CostRow extends CostBreakdown {
  option: OptionId;
  name: string;
  recommended: boolean;
  excluded: boolean;
}

/** Each option's monthly cost and what it is made of, in the options' order. */
export function costRows(
  content: Content,
  result: Pick<UseCaseResult, "cost" | "recommendation" | "excluded">,
): CostRow[] {
  const excluded = new Set(result.excluded.map((e) => e.option));
  return optionIds.map((option) => ({
    option,
    name: optionShortName(content, option),
    recommended: option === result.recommendation,
    excluded: excluded.has(option),
    ...result.cost.breakdown[option],
  }));
}

export interface CostAtVolumeRow extends CostCurvePoint {
  /** The use case's own volume (its costs are `cost.monthlyUsd`). */
  own: boolean;
}

/**
 * The cost curve read at each power of ten it spans, with the use case's own volume in its place:
 * the table equivalent of the cost chart. Points come from the engine's curve, unchanged.
 */
export function costByVolumeRows(cost: UseCaseResult["cost"]): CostAtVolumeRow[] {
  const decades: CostAtVolumeRow[] = cost.curve
    .filter((p) => Number.isInteger(Math.log10(p.monthlyRequests)))
    .filter((p) => p.monthlyRequests !== cost.monthlyRequests)
    .map((p) => ({ ...p, own: false }));
  const own: CostAtVolumeRow = {
    monthlyRequests: cost.monthlyRequests,
    ...cost.monthlyUsd,
    own: true,
  };
  return [...decades, own].sort((a, b) => a.monthlyRequests - b.monthlyRequests);
}

/** How a crossover volume reads: null never (below 10^10), 0 always. */
export type CrossoverReading =
  | { kind: "never" }
  | { kind: "always" }
  | { kind: "at"; monthlyRequests: number; side: "below" | "above" | "at" };

export function readCrossover(crossover: number | null, ownVolume: number): CrossoverReading {
  if (crossover === null) return { kind: "never" };
  if (crossover === 0) return { kind: "always" };
  const side = ownVolume < crossover ? "below" : ownVolume > crossover ? "above" : "at";
  return { kind: "at", monthlyRequests: crossover, side };
}

/**
 * The crossover between self-hosting and the closed API, in a sentence. `apiRuledOut`: the closed
 * API is excluded for this use case, so its being cheaper is said as a might-have-been.
 */
export function crossoverSentence(cost: UseCaseResult["cost"], apiRuledOut = false): string {
  const reading = readCrossover(cost.crossoverMonthlyRequests, cost.monthlyRequests);
  const own = `${formatCount(cost.monthlyRequests)} requests a month`;
  switch (reading.kind) {
    case "never":
      return apiRuledOut
        ? `Self-hosting does not become cheaper than the closed API below 10 billion requests a month; the API would stay cheaper at any realistic volume, but it is ruled out here.`
        : `Self-hosting does not become cheaper than the closed API below 10 billion requests a month: the API stays cheaper at any realistic volume, including your ${own}.`;
    case "always":
      return `Self-hosting costs less than the closed API at any volume, including your ${own}.`;
    case "at": {
      const where =
        reading.side === "below"
          ? apiRuledOut
            ? `Your ${own} is below it: the API would be cheaper today, but it is ruled out here.`
            : `Your ${own} is below it, so the API is cheaper today.`
          : reading.side === "above"
            ? `Your ${own} is above it, so self-hosting is cheaper today.`
            : `Your ${own} is right at it.`;
      return `Self-hosting becomes cheaper than the closed API from ${formatCount(reading.monthlyRequests)} requests a month. ${where}`;
    }
  }
}

/** The like-for-like crossover: the same open model, self-hosted against managed hosting. */
export function managedCrossoverSentence(cost: UseCaseResult["cost"]): string {
  const reading = readCrossover(cost.managedCrossoverMonthlyRequests, cost.monthlyRequests);
  switch (reading.kind) {
    case "never":
      return "Against managed hosting of the same open model, self-hosting does not pay off below 10 billion requests a month.";
    case "always":
      return "Against managed hosting of the same open model, self-hosting costs less at any volume.";
    case "at":
      return `Against managed hosting of the same open model, self-hosting pays off from ${formatCount(reading.monthlyRequests)} requests a month.`;
  }
}

/** Marks on the cost chart: the use case's volume and, when the curve spans it, the crossover. */
export function costChartMarks(cost: UseCaseResult["cost"]): {
  own: number;
  crossover: number | null;
} {
  const first = cost.curve[0]?.monthlyRequests ?? 0;
  const last = cost.curve.at(-1)?.monthlyRequests ?? 0;
  const c = cost.crossoverMonthlyRequests;
  return { own: cost.monthlyRequests, crossover: c !== null && c >= first && c <= last ? c : null };
}

const apiPrices: Record<UseCaseResult["cost"]["tier"]["api"], readonly AssumptionId[]> = {
  small: ["apiSmallInputPrice", "apiSmallOutputPrice"],
  mid: ["apiMidInputPrice", "apiMidOutputPrice"],
  frontier: ["apiFrontierInputPrice", "apiFrontierOutputPrice"],
};
const modelAssumptions: Record<UseCaseResult["cost"]["tier"]["model"], readonly AssumptionId[]> = {
  small: [
    "managedSmallInputPrice",
    "managedSmallOutputPrice",
    "smallModelPeakThroughput",
    "smallModelGpus",
  ],
  medium: [
    "managedMediumInputPrice",
    "managedMediumOutputPrice",
    "mediumModelPeakThroughput",
    "mediumModelGpus",
  ],
  large: [
    "managedLargeInputPrice",
    "managedLargeOutputPrice",
    "largeModelPeakThroughput",
    "largeModelGpus",
  ],
};
const teamFte: Record<ResolvedOrganization["aiTeam"], AssumptionId> = {
  none: "selfHostedFteNone",
  generalist: "selfHostedFteGeneralist",
  ml_team: "selfHostedFteMlTeam",
  platform: "selfHostedFtePlatform",
};

/**
 * The cost assumptions that enter this use case's costs: the API and model tier its capability
 * need calls for, the GPU price for its infrastructure, serving, staff for its team, the hybrid
 * split. (lib/view/cost.test.ts checks against the engine that each one moves the cost and that
 * the other tiers' prices do not.)
 */
export function assumptionsUsed(
  cost: UseCaseResult["cost"],
  organization: ResolvedOrganization,
): AssumptionId[] {
  return [
    ...apiPrices[cost.tier.api],
    ...modelAssumptions[cost.tier.model],
    organization.infrastructure === "on_prem_gpu" ? "ownedGpuHourPrice" : "gpuHourPrice",
    "gpuBillOverhead",
    "prefillTokenWeight",
    "latencyBoundShare",
    "averageUtilization",
    "minReplicas",
    "engineerAnnualCost",
    teamFte[organization.aiTeam],
    "closedApiFte",
    "openManagedFte",
    "hybridSelfHostedShare",
  ];
}

/** Powers of ten from below `min` to above `max`: the ticks of a log axis. */
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > 0)) return [];
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
    ticks.push(10 ** e);
  return ticks;
}

export interface CostChartScale {
  x: { domain: [number, number]; ticks: number[] };
  y: { domain: [number, number]; ticks: number[] };
}

/**
 * The cost chart's log axes: volume across the engine's curve, cost from the lowest to the highest
 * monthly cost on it, both padded out to whole powers of ten. Costs at or below zero cannot sit
 * on a log axis and are left out of the scale (the table still lists them).
 */
export function costChartScale(cost: UseCaseResult["cost"]): CostChartScale {
  const first = cost.curve[0]?.monthlyRequests ?? 1;
  const last = cost.curve.at(-1)?.monthlyRequests ?? 10;
  const costs = cost.curve.flatMap((p) => optionIds.map((o) => p[o])).filter((v) => v > 0);
  const yTicks = logTicks(Math.min(...costs), Math.max(...costs));
  return {
    x: {
      domain: [first, last],
      ticks: logTicks(first, last).filter((t) => t >= first && t <= last),
    },
    y: { domain: [yTicks[0] ?? 1, yTicks.at(-1) ?? 10], ticks: yTicks },
  };
}
