/**
 * The cost picture for the cost table, the chart and the crossover sentences. Every figure is the
 * engine's (`UseCaseResult.cost`); this only selects, orders and words them.
 */
import type { Content } from "@/content";
import type { AssumptionId } from "@/lib/vocabulary";
import {
  CROSSING_FIRST_VOLUME,
  type CostBreakdown,
  type CostCrossing,
  type CostCurvePoint,
  type ResolvedOrganization,
  type UseCaseResult,
} from "@/lib/engine";
import { formatCount } from "@/lib/format";
import { optionIds, optionShortName, optionSubject, type OptionId } from "./options";

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
 * The like-for-like crossover (the same open model, self-hosted against managed hosting) in a
 * sentence, unless the recommendation's own crossings already say it; null then.
 */
export function likeForLikeSentence(cost: UseCaseResult["cost"]): string | null {
  const said = cost.crossings.some(
    (c) => c.options.includes("open_managed") && c.options.includes("open_self_hosted"),
  );
  return said ? null : managedCrossoverSentence(cost);
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

/**
 * The cost chart's lines and its legend: every option, ruled-out ones drawn faint and said so in
 * the legend (the chart adds "(ruled out)" to its own line names).
 */
export function costChartSeries(
  content: Content,
  result: Pick<UseCaseResult, "cost" | "recommendation" | "excluded">,
): {
  series: { option: OptionId; name: string; excluded: boolean }[];
  legend: { option: OptionId; name: string; faint: boolean }[];
} {
  const series = costRows(content, result).map((r) => ({
    option: r.option,
    name: r.name,
    excluded: r.excluded,
  }));
  const legend = series.map((s) => ({
    option: s.option,
    name: `${s.name}${s.excluded ? " (ruled out)" : ""}`,
    faint: s.excluded,
  }));
  return { series, legend };
}

/** A crossing the chart draws: where the recommendation's cost meets another option's. */
export interface CostChartCrossing {
  monthlyRequests: number;
  /** Short, for the line's label: "Managed = API". */
  label: string;
  /** Whether the chart labels it (the nearest to the use case's volume); the others are lines. */
  labelled: boolean;
  /**
   * The band the price ranges put around it, clipped to the window; drawn for the crossing nearest
   * the use case's volume only; null: no band to draw.
   */
  band: { from: number; to: number } | null;
}

/** A volume the chart marks beside the use case's own: the one expected in a year, or a move. */
export interface CostChartMark {
  monthlyRequests: number;
  label: string;
  /** For a move, the option moved to. */
  option?: OptionId;
}

/** How many crossings the chart labels, nearest the use case's volume first. */
const CHART_LABELLED_CROSSINGS = 2;

/** The default window of the cost chart: this many decades either side of the use case's volume. */
export const COST_CHART_DECADES = 2;

export interface CostChartView {
  /** The curve's points within the window. */
  curve: UseCaseResult["cost"]["curve"];
  scale: CostChartScale;
  own: number;
  /** The crossings of the recommendation with each allowed option inside the window. */
  crossings: CostChartCrossing[];
  /** The volume expected in twelve months, when it differs from today's and is inside the window. */
  inAYear: CostChartMark | null;
  /** The path's moves inside the window (lib/view/path.ts). */
  moves: CostChartMark[];
  /** Options whose lines lie on top of each other across the window, said in words; null: none. */
  overlap: { options: OptionId[]; sentence: string } | null;
  /** Whether the engine's curve reaches beyond the window (so a wider view can be offered). */
  widerAvailable: boolean;
}

/**
 * What the cost chart draws: by default a hundredth to a hundred times the use case's volume
 * (`wide`: the whole of the engine's curve), the axes fitted to what is inside, the crossings that
 * decide the use case labelled, and lines that coincide told apart.
 */
export function costChartView(
  content: Content,
  result: Pick<UseCaseResult, "cost" | "excluded" | "path">,
  wide = false,
): CostChartView {
  const { cost } = result;
  const own = cost.monthlyRequests;
  const centre = Math.max(own, 100);
  const lo = wide ? 0 : centre / 10 ** COST_CHART_DECADES;
  const hi = wide ? Infinity : centre * 10 ** COST_CHART_DECADES;
  const curve = cost.curve.filter(
    (p) => p.monthlyRequests >= lo * 0.999 && p.monthlyRequests <= hi * 1.001,
  );
  const window = { ...cost, curve: curve.length >= 2 ? curve : cost.curve };
  const first = window.curve[0]?.monthlyRequests ?? 0;
  const last = window.curve.at(-1)?.monthlyRequests ?? 0;
  const short = (o: OptionId) => optionShortName(content, o);
  const inside = (v: number) => v >= first && v <= last;
  // Nearest the use case's volume first: the chart labels the two nearest and shades the band of
  // the nearest only, so that crossings close together stay legible; the words give them all.
  const distance = (v: number) => Math.abs(Math.log10(Math.max(v, 1) / Math.max(own, 1)));
  const nearestFirst = cost.crossings
    .filter((c) => inside(c.monthlyRequests))
    .sort((a, b) => distance(a.monthlyRequests) - distance(b.monthlyRequests));
  const crossings = nearestFirst
    .map((c, i) => ({
      monthlyRequests: c.monthlyRequests,
      label: `${short(c.options[0])} = ${short(c.options[1])}`,
      labelled: i < CHART_LABELLED_CROSSINGS,
      band:
        i > 0 || crossingBand(c) === null
          ? null
          : { from: Math.max(first, c.low), to: Math.min(last, c.high ?? last) },
    }))
    .sort((a, b) => a.monthlyRequests - b.monthlyRequests);
  const { path } = result;
  const inAYear = path.monthlyRequestsIn12Months;
  const moved = Math.abs(Math.log10(Math.max(inAYear, 1) / Math.max(own, 1))) > 0.02;
  return {
    curve: window.curve,
    scale: costChartScale(window),
    own,
    crossings,
    inAYear:
      moved && inside(inAYear)
        ? { monthlyRequests: inAYear, label: `In 12 months: ${formatCount(inAYear)}` }
        : null,
    moves: path.steps
      .filter((s) => inside(s.monthlyRequests))
      .map((s) => ({
        monthlyRequests: s.monthlyRequests,
        option: s.option,
        label: `Move to ${short(s.option)}${s.month === null ? "" : ` (month ${s.month})`}`,
      })),
    overlap: overlappingLines(content, window.curve, result),
    widerAvailable: window.curve.length < cost.curve.length,
  };
}

/** The cost chart's accessible name and its caption, in words: the chart's text equivalent. */
export function costChartWords(
  result: Pick<UseCaseResult, "name">,
  view: CostChartView,
): { label: string; caption: string } {
  const first = view.curve[0]?.monthlyRequests ?? 0;
  const last = view.curve.at(-1)?.monthlyRequests ?? 0;
  const crossings = view.crossings
    .map(
      (c) =>
        `${c.label} at ${formatCount(c.monthlyRequests)}${c.band ? ` (shaded from ${formatCount(c.band.from)} to ${formatCount(c.band.to)} across the prices sources quote)` : ""}`,
    )
    .join(", ");
  const marks = [
    ...(view.inAYear
      ? [`the volume expected in 12 months, ${formatCount(view.inAYear.monthlyRequests)}`]
      : []),
    ...view.moves.map((m) => `${m.label.toLowerCase()} at ${formatCount(m.monthlyRequests)}`),
  ];
  const banded = view.crossings.some((c) => c.band);
  return {
    label: `Line chart of monthly cost against monthly volume for ${result.name}, from ${formatCount(first)} to ${formatCount(last)} requests a month, both on log scales, one line per option, with the use case's volume of ${formatCount(view.own)} requests a month marked${marks.length > 0 ? `, and ${marks.join(", ")}` : ""}${crossings ? `; where the recommendation's cost crosses another's: ${crossings}` : ""}. The same figures are in the table below.`,
    caption: `Both axes are logarithmic: each step is ten times the one before. Where lines cross, the cheaper option changes${banded ? "; the shading around a crossing is how far it moves across the prices sources quote" : ""}.${view.overlap ? ` ${view.overlap.sentence}` : ""}`,
  };
}

/**
 * Lines within 10% of each other at every point drawn lie on top of each other on a log axis of
 * several decades (10% is under 5 pixels on a chart 400 pixels tall over five decades).
 */
const OVERLAP = 0.1;

function overlappingLines(
  content: Content,
  curve: readonly CostCurvePoint[],
  result: Pick<UseCaseResult, "excluded">,
): CostChartView["overlap"] {
  if (curve.length === 0) return null;
  const excluded = new Set(result.excluded.map((e) => e.option));
  const drawn = optionIds.filter((o) => !excluded.has(o));
  for (const [i, a] of drawn.entries()) {
    for (const b of drawn.slice(i + 1)) {
      const close = curve.every((p) => Math.abs(p[a] - p[b]) <= OVERLAP * Math.max(p[a], p[b], 1));
      if (close) {
        return {
          options: [a, b],
          sentence: `${optionShortName(content, a)} and ${optionShortName(content, b)} cost within 10% of each other across this range, so their lines lie on top of each other; the markers tell them apart.`,
        };
      }
    }
  }
  return null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A crossing's band in words, from the price ranges sources give: "between 800k and 2M", "from
 * 800k up, or never", "anywhere up to 2M". Null where the band is the point (as formatted).
 */
export function crossingBand(
  c: Pick<CostCrossing, "monthlyRequests" | "low" | "high">,
): string | null {
  const point = formatCount(c.monthlyRequests);
  const low = formatCount(c.low);
  if (c.high === null) return `from ${low} up, or never`;
  const high = formatCount(c.high);
  if (low === point && high === point) return null;
  if (c.low <= CROSSING_FIRST_VOLUME) return `anywhere up to ${high}`;
  return `between ${low} and ${high}`;
}

/**
 * The crossings that decide this use case, in words, nearest to its volume first: "The closed API
 * costs less below 1.2M requests a month (between 800k and 2M across the prices sources quote), an
 * open-weights model on managed hosting above it. At 200k you are below it."
 */
export function crossingSentences(content: Content, result: Pick<UseCaseResult, "cost">): string[] {
  const own = result.cost.monthlyRequests;
  return [...result.cost.crossings]
    .sort(
      (x, y) =>
        Math.abs(Math.log10(x.monthlyRequests / Math.max(own, 1))) -
        Math.abs(Math.log10(y.monthlyRequests / Math.max(own, 1))),
    )
    .map((c) => {
      const [a, b] = c.options;
      const below = c.cheaperAbove === a ? b : a;
      const side = own < c.monthlyRequests ? "below" : "above";
      const band = crossingBand(c);
      const inside = band !== null && own >= c.low && (c.high === null || own <= c.high);
      return `${capitalize(optionSubject(content, below))} costs less below ${formatCount(c.monthlyRequests)} requests a month${band ? ` (${band} across the prices sources quote)` : ""}, ${optionSubject(content, c.cheaperAbove)} above it. At ${formatCount(own)} you are ${side} it${inside ? ", inside that range: which costs less turns on the prices you negotiate" : ""}.`;
    });
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
  result: Pick<UseCaseResult, "cost" | "answers" | "assumed">,
  organization: ResolvedOrganization,
  /** The assessment's own overrides: its hybrid split, where set, is one of the figures used. */
  overrides?: Readonly<Partial<Record<string, number>>>,
): AssumptionId[] {
  const { cost } = result;
  const owned = organization.infrastructure === "on_prem_gpu";
  // The GPU's price: an H100's rented or owned; another GPU's rented, scaled to owned servers by
  // the H100's two prices when the organization owns them; and that GPU's throughput.
  const gpu: AssumptionId[] =
    cost.gpu === "H100"
      ? [owned ? "ownedGpuHourPrice" : "gpuHourPrice"]
      : [
          cost.gpu === "H200" ? "h200HourPrice" : "b200HourPrice",
          ...(owned ? (["ownedGpuHourPrice", "gpuHourPrice"] as const) : []),
          cost.gpu === "H200" ? "h200ThroughputFactor" : "b200ThroughputFactor",
        ];
  // The serving plan: interactive work's latency reserve, utilizations and standby; batch work's
  // utilization and discount; mixed work both (its minimum fleet is interactive's).
  const pattern = result.answers.servingPattern;
  const interactive: AssumptionId[] = [
    "latencyBoundShare",
    "averageUtilization",
    "scaledUtilization",
    "minReplicas",
  ];
  const batch: AssumptionId[] = ["batchUtilization", "batchDiscount"];
  const serving =
    pattern === "interactive"
      ? interactive
      : pattern === "batch"
        ? batch
        : [...interactive, ...batch];
  return [
    ...apiPrices[cost.tier.api],
    ...modelAssumptions[cost.tier.model],
    ...gpu,
    // Rented fleets reserve the replicas they add as they grow; owned servers cost the same.
    ...(owned ? [] : (["reservedGpuDiscount"] as const)),
    "gpuBillOverhead",
    "prefillTokenWeight",
    ...serving,
    "engineerAnnualCost",
    teamFte[organization.aiTeam],
    "gpusPerAddedEngineer",
    "closedApiFte",
    "openManagedFte",
    // The assessment-wide split stands in for a use case's own where the assessment sets it and
    // the use case's split is the one it gives (the answer, or the template's, is used otherwise).
    ...(overrides?.hybridSelfHostedShare !== undefined &&
    result.answers.selfHostedShare === Math.round(100 * overrides.hybridSelfHostedShare)
      ? (["hybridSelfHostedShare"] as const)
      : []),
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
 * The cost chart's log axes: volume across the curve given, cost from the lowest to the highest
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

/** "a, b or c" from content's comma-separated examples. */
function orList(examples: string): string {
  const items = examples.split(",").map((e) => e.trim());
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * What the prices stand for, from content's tiers: "Priced as a closed model like Claude Haiku
 * 4.5, Gemini 2.5 Flash or GPT-5 mini, and an open model like gpt-oss-120b or GLM-4.5-Air (a
 * mid-size mixture-of-experts: …), self-hosted on H100 GPUs at $2.99 a GPU-hour." So that a
 * reader can check the figures against models they know.
 */
export function modelsPricedSentence(content: Content, cost: UseCaseResult["cost"]): string {
  const tier = content.tiers.find((t) => t.id === cost.tier.model);
  const hour = `${cost.gpu} GPUs at $${cost.gpuHourPrice.toFixed(2)} a GPU-hour`;
  if (!tier)
    return `Priced at the ${cost.tier.api} closed-API tier and ${cost.tier.model} open models, self-hosted on ${hour}.`;
  const name = tier.name.charAt(0).toLowerCase() + tier.name.slice(1);
  return `Priced as a closed model like ${orList(tier.closedExamples)}, and an open model like ${orList(tier.openExamples)} (${name}), self-hosted on ${hour}.`;
}
