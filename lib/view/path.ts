/**
 * The path over time, in words and as rows, for the results, the report, the presenter and the
 * chart: "Start on the closed API; at about 8M requests a month (expected in month 7) move to an
 * open-weights model on managed hosting, saving $210k a year by month 12; from about 40M requests
 * a month, beyond the volume expected in a year, a self-hosted open-weights model would save a
 * further $150k a year there." A move within the year is valued at the volume expected in twelve
 * months; a later one just past its own volume. Every figure is the engine's (`UseCaseResult.path`).
 */
import type { Content } from "@/content";
import type { PathStep, UseCaseResult } from "@/lib/engine";
import { formatCount, formatUsd } from "@/lib/format";
import { optionShortName, optionSubject } from "./options";

type PathInput = Pick<UseCaseResult, "path" | "assumed">;

/** Whether the volume is expected to grow, fall or stay as it is over the year. */
export function pathTrend(path: UseCaseResult["path"]): "growing" | "falling" | "steady" {
  const { monthlyRequests: today, monthlyRequestsIn12Months: inAYear } = path;
  if (inAYear > today * 1.001) return "growing";
  if (inAYear < today * 0.999) return "falling";
  return "steady";
}

/** The expected volume, in words: "600k requests a month in twelve months (assumed: 3× today's)". */
export function expectedVolumePhrase(result: PathInput): string {
  const { path } = result;
  const assumption = result.assumed.find((a) => a.question === "monthlyRequestsIn12Months");
  const assumed = assumption !== undefined;
  const trend = pathTrend(path);
  const figure = `${formatCount(path.monthlyRequestsIn12Months)} requests a month in twelve months`;
  if (trend === "steady")
    return assumed
      ? "the same volume in twelve months (assumed: no growth was given)"
      : `the same volume in twelve months`;
  const factor = path.monthlyRequestsIn12Months / Math.max(path.monthlyRequests, 1);
  const change =
    factor >= 1 ? `${formatFactor(factor)} today's` : `${formatFactor(factor)} of today's`;
  const from = assumption?.source === "template" ? "assumed from the template" : "assumed";
  return `${figure} (${assumed ? `${from}: ${change}` : change})`;
}

function formatFactor(f: number): string {
  if (f < 1) return `${Math.round(f * 100)}%`;
  return `${Number(f.toPrecision(2))}×`;
}

function stepClause(content: Content, step: PathStep, first: boolean, trend: string): string {
  const at = `${formatCount(step.monthlyRequests)} requests a month`;
  const subject = optionSubject(content, step.option);
  const saving = `${first ? "" : "a further "}${formatUsd(step.annualSavingUsd)} a year`;
  // What the move rests on, last: "…, once you have the engineers to run it".
  const conditions = step.conditions.map((c) => `, ${c}`).join(" and");
  if (step.month !== null) {
    const when = `expected in month ${step.month}`;
    return `${trend === "falling" ? "below" : "at"} about ${at} (${when}) move to ${subject}, saving ${saving} by month 12${conditions}`;
  }
  return `from about ${at}, beyond the volume expected in a year, ${subject} would save ${saving} there${conditions}`;
}

/**
 * The path in one sentence. Without a move: what stays recommended, and up to what volume.
 */
export function pathSentence(content: Content, result: PathInput): string {
  const { path } = result;
  const trend = pathTrend(path);
  const start = optionSubject(content, path.start);
  if (path.steps.length === 0) {
    if (trend === "falling")
      return `The recommendation holds as the volume falls to ${formatCount(path.monthlyRequestsIn12Months)} requests a month.`;
    const ceiling = Math.max(path.monthlyRequests, path.monthlyRequestsIn12Months) * 10;
    return `No move expected: ${start} stays the recommendation up to ${formatCount(ceiling)} requests a month, ten times the ${trend === "steady" ? "volume" : "volume expected in a year"}.`;
  }
  const clauses = path.steps.map((s, i) => stepClause(content, s, i === 0, trend));
  return `Start on ${start}; ${clauses.join("; ")}.`;
}

/** A move as a table row and a chart mark. */
export interface PathRow {
  option: PathStep["option"];
  name: string;
  monthlyRequests: number;
  /** "Month 7", or "Beyond the year". */
  when: string;
  annualSavingUsd: number;
  /** Short, for the chart: "Move to Managed (month 7)". */
  label: string;
}

export function pathRows(content: Content, result: Pick<UseCaseResult, "path">): PathRow[] {
  return result.path.steps.map((s) => ({
    option: s.option,
    name: optionShortName(content, s.option),
    monthlyRequests: s.monthlyRequests,
    when: s.month === null ? "Beyond the year" : `Month ${s.month}`,
    annualSavingUsd: s.annualSavingUsd,
    label: `Move to ${optionShortName(content, s.option)}${s.month === null ? "" : ` (month ${s.month})`}`,
  }));
}

/**
 * The path in short lines, for a slide: "Month 3: Open, managed from 1M a month, saving $1.1M a
 * year by month 12"; "Later: Self-hosted from 100M a month, saving $57.6k a year there". Without a
 * move, one line saying how far the recommendation holds.
 */
export function pathLines(content: Content, result: PathInput): string[] {
  const { path } = result;
  if (path.steps.length === 0) return [pathSentence(content, result)];
  const below = pathTrend(path) === "falling" ? "below" : "from";
  return path.steps.map((s) =>
    s.month === null
      ? `Later: ${optionShortName(content, s.option)} ${below} ${formatCount(s.monthlyRequests)} a month, saving ${formatUsd(s.annualSavingUsd)} a year there`
      : `Month ${s.month}: ${optionShortName(content, s.option)} ${below} ${formatCount(s.monthlyRequests)} a month, saving ${formatUsd(s.annualSavingUsd)} a year by month 12`,
  );
}
