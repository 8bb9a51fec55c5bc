/**
 * The portfolio: one row per use case for the sortable table, the points of the portfolio chart,
 * and the summary a consultant reads out. Figures are the engine's.
 */
import type { Content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { dataSensitivityLevels, strategicImportanceLevels } from "@/lib/vocabulary";
import { formatList, formatPercent, formatUsd, formatUsdPerMonth } from "@/lib/format";
import { formatUsdAmount } from "./format";
import {
  optionCountPhrase,
  optionIds,
  optionShortName,
  optionSubject,
  type OptionId,
} from "./options";
import { answerLabel } from "./questions";

export interface PortfolioRow {
  id: string;
  name: string;
  recommendation: OptionId;
  recommendationName: string;
  confidence: number;
  confidenceLabel: UseCaseResult["confidenceLabel"];
  /** USD per month of the recommended option. */
  monthlyUsd: number;
  /**
   * The recommendation against the cheapest option allowed, as the engine says it: what it costs
   * more than that option (`premium`), or, being the cheapest itself, what it costs less than the
   * next cheapest (`saving`). USD per month, never negative; the kind says which way.
   */
  money: MoneyAgainst;
  monthlyRequests: number;
  dataSensitivity: UseCaseResult["answers"]["dataSensitivity"];
  strategicImportance: UseCaseResult["answers"]["strategicImportance"];
}

export type MoneyAgainst =
  | { kind: "premium" | "saving"; against: OptionId; againstName: string; monthlyUsd: number }
  | { kind: "alone" };

/** The engine's premium or saving of a use case, with the other option's short name. */
export function moneyAgainst(content: Content, cost: UseCaseResult["cost"]): MoneyAgainst {
  const gap = cost.premium ?? cost.saving;
  if (!gap) return { kind: "alone" };
  return {
    kind: cost.premium ? "premium" : "saving",
    against: gap.against,
    againstName: optionShortName(content, gap.against),
    monthlyUsd: gap.monthlyUsd,
  };
}

/** A premium or saving in words, for a table cell: "+$447 / month", "over Closed API". */
export function moneyAgainstText(money: MoneyAgainst): { amount: string; words: string } {
  switch (money.kind) {
    case "premium":
      return {
        amount: `+${formatUsdAmount(money.monthlyUsd)} / month`,
        words: `over ${money.againstName}`,
      };
    case "saving":
      return {
        amount: "Cheapest",
        words: `${formatUsdAmount(money.monthlyUsd)} / month under ${money.againstName}`,
      };
    case "alone":
      return { amount: "Only option", words: "nothing else allowed" };
  }
}

export function portfolioRows(
  content: Content,
  results: Pick<AssessmentResults, "useCases">,
): PortfolioRow[] {
  return results.useCases.map((u) => {
    const monthlyUsd = u.cost.monthlyUsd[u.recommendation];
    return {
      id: u.id,
      name: u.name,
      recommendation: u.recommendation,
      recommendationName: optionShortName(content, u.recommendation),
      confidence: u.confidence,
      confidenceLabel: u.confidenceLabel,
      monthlyUsd,
      money: moneyAgainst(content, u.cost),
      monthlyRequests: u.cost.monthlyRequests,
      dataSensitivity: u.answers.dataSensitivity,
      strategicImportance: u.answers.strategicImportance,
    };
  });
}

export type PortfolioSortKey =
  "name" | "recommendation" | "confidence" | "monthlyUsd" | "money" | "monthlyRequests";
export type SortDirection = "ascending" | "descending";

function sortValue(row: PortfolioRow, key: PortfolioSortKey): string | number {
  switch (key) {
    case "name":
      return row.name.toLocaleLowerCase("en");
    case "recommendation":
      return optionIds.indexOf(row.recommendation);
    case "confidence":
      return row.confidence;
    case "monthlyUsd":
      return row.monthlyUsd;
    case "money":
      // Premiums above zero, savings below: largest premium first when sorted descending.
      return row.money.kind === "premium"
        ? row.money.monthlyUsd
        : row.money.kind === "saving"
          ? -row.money.monthlyUsd
          : 0;
    case "monthlyRequests":
      return row.monthlyRequests;
  }
}

/** A sorted copy; ties keep the assessment's order. */
export function sortPortfolio(
  rows: readonly PortfolioRow[],
  key: PortfolioSortKey,
  direction: SortDirection,
): PortfolioRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = sortValue(a.row, key);
      const y = sortValue(b.row, key);
      const order =
        typeof x === "string" && typeof y === "string"
          ? x.localeCompare(y, "en")
          : Number(x) - Number(y);
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The direction a column sorts in first: numbers largest first, names A to Z. */
export function defaultDirection(key: PortfolioSortKey): SortDirection {
  return key === "name" || key === "recommendation" ? "ascending" : "descending";
}

export interface PortfolioPoint {
  /** 1-based position in the assessment: the point's label, and the table's "#" column. */
  number: number;
  id: string;
  name: string;
  recommendation: OptionId;
  /** Position on the data-sensitivity axis (0 public … 4 restricted), nudged apart when use cases share a cell. */
  x: number;
  /** Position on the strategic-importance axis (0 commodity … 3 core product), nudged likewise. */
  y: number;
  monthlyRequests: number;
  /** Marker size index: decades of volume, so 10k and 10M stay readable side by side. */
  size: number;
  sensitivityLabel: string;
  importanceLabel: string;
}

/**
 * The portfolio chart's points: data sensitivity across, strategic importance up, size by volume,
 * colour and shape by recommendation. Use cases in the same cell are spread on a small circle so
 * that none hides another.
 */
export function portfolioPoints(
  content: Content,
  results: Pick<AssessmentResults, "useCases">,
): PortfolioPoint[] {
  const cells = new Map<string, number[]>();
  results.useCases.forEach((u, i) => {
    const key = `${u.answers.dataSensitivity}|${u.answers.strategicImportance}`;
    cells.set(key, [...(cells.get(key) ?? []), i]);
  });
  return results.useCases.map((u, i) => {
    const x0 = dataSensitivityLevels.indexOf(u.answers.dataSensitivity);
    const y0 = strategicImportanceLevels.indexOf(u.answers.strategicImportance);
    const mates = cells.get(`${u.answers.dataSensitivity}|${u.answers.strategicImportance}`) ?? [i];
    const k = mates.indexOf(i);
    const n = mates.length;
    const radius = n > 1 ? Math.min(0.3, 0.12 + 0.02 * n) : 0;
    const angle = (2 * Math.PI * k) / Math.max(n, 1) - Math.PI / 2;
    return {
      number: i + 1,
      id: u.id,
      name: u.name,
      recommendation: u.recommendation,
      x: Number((x0 + radius * Math.cos(angle)).toFixed(3)),
      y: Number((y0 - radius * Math.sin(angle)).toFixed(3)),
      monthlyRequests: u.cost.monthlyRequests,
      size: Math.log10(Math.max(10, u.cost.monthlyRequests)),
      sensitivityLabel: answerLabel(content, "dataSensitivity", u.answers.dataSensitivity),
      importanceLabel: answerLabel(content, "strategicImportance", u.answers.strategicImportance),
    };
  });
}

/** An answer value as a short axis label: "core_product" → "Core product". */
function tickLabel(value: string): string {
  const words = value.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Tick labels of the portfolio chart's axes: the answer values in a word or two, since the full
 * labels ("Restricted: must not leave our environment") do not fit under a phone's axis; the
 * tooltip and the table give them in full.
 */
export function portfolioAxes(): { x: string[]; y: string[] } {
  return { x: dataSensitivityLevels.map(tickLabel), y: strategicImportanceLevels.map(tickLabel) };
}

export interface PortfolioReadout {
  /** Use cases per recommended option, most first; options with none left out. */
  counts: { option: OptionId; name: string; count: number }[];
  /** "3 use cases: 2 self-hosted, 1 on the closed API." */
  countsSentence: string;
  totalSentence: string;
  /** The largest premium: where the recommendation costs most over the cheapest option allowed. */
  premiumSentence: string | null;
  leastCertainSentence: string | null;
}

/** The summary a consultant can read out, from the engine's portfolio summary. */
export function portfolioReadout(
  content: Content,
  results: Pick<AssessmentResults, "useCases" | "portfolio">,
): PortfolioReadout {
  const { portfolio } = results;
  const nameOf = (id: string) => results.useCases.find((u) => u.id === id)?.name ?? id;
  const counts = optionIds
    .map((option) => ({
      option,
      name: optionShortName(content, option),
      count: portfolio.counts[option],
    }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
  const n = portfolio.useCaseCount;
  const countsSentence =
    n === 0
      ? "No use cases yet."
      : `${n} use case${n === 1 ? "" : "s"}: ${counts.map((c) => `${c.count} ${optionCountPhrase[c.option]}`).join(", ")}.`;
  const total = formatUsdPerMonth(portfolio.totalMonthlyUsd);
  // What the premiums buy: the criteria each premium is paid for, weighted by its money.
  const paidFor = new Map<string, number>();
  for (const u of results.useCases) {
    const { premium } = u.cost;
    for (const c of premium?.for.slice(0, 2) ?? [])
      paidFor.set(c, (paidFor.get(c) ?? 0) + (premium?.monthlyUsd ?? 0));
  }
  const bought = [...paidFor.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c]) => content.criteria.find((x) => x.id === c)?.inSentence ?? c);
  const premium = portfolio.premiumMonthlyUsd;
  const totalSentence =
    n === 0
      ? "Nothing to cost yet."
      : premium < 1
        ? `The recommended options cost ${total} in total, the least that the options allowed for each use case can cost.`
        : `The recommended options cost ${total} in total: ${formatUsdPerMonth(premium)} (${formatUsd(premium * 12)} a year) more than the cheapest option allowed for each use case${bought.length > 0 ? `, for ${formatList(bought)}` : ""}.`;
  const largest = portfolio.largestPremium;
  const premiumSentence = largest
    ? `The largest premium is on ${nameOf(largest.useCase)}: ${formatUsdPerMonth(largest.monthlyUsd)} more than ${optionSubject(content, largest.against)}.`
    : null;
  const least = portfolio.leastCertain;
  const leastUseCase = least ? results.useCases.find((u) => u.id === least.useCase) : undefined;
  const leastCertainSentence = least
    ? `The least certain call is ${nameOf(least.useCase)}, at ${formatPercent(least.confidence)} confidence${leastUseCase ? ` (${optionShortName(content, leastUseCase.recommendation)})` : ""}.`
    : null;
  return { counts, countsSentence, totalSentence, premiumSentence, leastCertainSentence };
}
