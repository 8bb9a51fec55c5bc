/**
 * The drivers — which answers pushed towards which option, and by how much — as rows for the list,
 * the table and the chart. Every figure is the engine's; this only names and orders them.
 */
import type { Content } from "@/content";
import type { Driver, UseCaseResult } from "@/lib/engine";
import type { QuestionId } from "@/lib/vocabulary";
import { formatCount, formatUsd } from "@/lib/format";
import { formatPoints } from "./format";
import { optionShortName, perOption, type OptionId } from "./options";
import { answerLabel, questionShortLabel } from "./questions";

export interface DriverRow {
  question: QuestionId;
  /** "Data sensitivity" */
  questionLabel: string;
  /** "Confidential" */
  answer: string;
  /** Whether the engine assumed this answer (not given). */
  assumed: boolean;
  effects: Record<OptionId, number>;
  towards: OptionId;
  against: OptionId;
  /** Score points between the option it favoured most and the one it held back most. */
  size: number;
  /** "Pushed towards Self-hosted (+2.8) and away from Closed API (−5.3)." */
  sentence: string;
}

export function driverSentence(content: Content, driver: Driver): string {
  const towards = optionShortName(content, driver.towards);
  const against = optionShortName(content, driver.against);
  return `Pushed towards ${towards} (${formatPoints(driver.effects[driver.towards])}) and away from ${against} (${formatPoints(driver.effects[driver.against])}).`;
}

/** The drivers in the engine's order (largest first). */
export function driverRows(
  content: Content,
  result: Pick<UseCaseResult, "drivers" | "assumed">,
  assumedOrganization: readonly { question: QuestionId }[] = [],
): DriverRow[] {
  const assumed = new Set<QuestionId>([
    ...result.assumed.map((a) => a.question),
    ...assumedOrganization.map((a) => a.question),
  ]);
  return result.drivers.map((driver) => ({
    question: driver.question,
    questionLabel: questionShortLabel(content, driver.question),
    answer: answerLabel(content, driver.question, driver.value),
    assumed: assumed.has(driver.question),
    effects: driver.effects,
    towards: driver.towards,
    against: driver.against,
    size: driver.size,
    sentence: driverSentence(content, driver),
  }));
}

/** One bar group per driver for the chart: the engine's effect on each option, in points. */
export type DriverChartDatum = { label: string } & Record<OptionId, number>;

export function driverChartData(rows: readonly DriverRow[]): DriverChartDatum[] {
  return rows.map((row) => ({ label: row.questionLabel, ...perOption((o) => row.effects[o]) }));
}

export interface ReasonRow {
  question: QuestionId;
  /** "Data sensitivity"; for the volume, "Cost at your volume". */
  questionLabel: string;
  /** "Confidential"; for the volume, "3M requests a month". */
  answer: string;
  assumed: boolean;
  /** Score points it gives the recommendation over the option compared with (negative: against). */
  points: number;
  /** What it does, in a sentence: "Favours Self-hosted over Managed by 4.2 points." */
  sentence: string;
}

export interface ReasonRows {
  /** The option the reasons weigh the recommendation against; null when there is none. */
  comparedWith: OptionId | null;
  for: ReasonRow[];
  against: ReasonRow[];
}

/**
 * The engine's reasons for and against the recommendation, named and worded, in its order
 * (largest first). The cost at the use case's volume reads as a reason of its own.
 */
export function reasonRows(
  content: Content,
  result: Pick<UseCaseResult, "reasons" | "assumed" | "recommendation" | "cost">,
  assumedOrganization: readonly { question: QuestionId }[] = [],
): ReasonRows {
  const assumed = new Set<QuestionId>([
    ...result.assumed.map((a) => a.question),
    ...assumedOrganization.map((a) => a.question),
  ]);
  const rival = result.reasons.comparedWith;
  const rec = optionShortName(content, result.recommendation);
  const other = rival ? optionShortName(content, rival) : "";
  const row = (reason: UseCaseResult["reasons"]["for"][number]): ReasonRow => {
    const volume = reason.question === "monthlyRequests";
    const [winner, loser] = reason.points >= 0 ? [rec, other] : [other, rec];
    const points = formatPoints(Math.abs(reason.points)).replace("+", "");
    return {
      question: reason.question,
      questionLabel: volume ? "Cost at your volume" : questionShortLabel(content, reason.question),
      answer: volume
        ? `${formatCount(result.cost.monthlyRequests)} requests a month: ${formatUsd(result.cost.monthlyUsd[result.recommendation])} against ${rival ? formatUsd(result.cost.monthlyUsd[rival]) : "—"} a month`
        : answerLabel(content, reason.question, reason.value),
      assumed: assumed.has(reason.question),
      points: reason.points,
      sentence: `Favours ${winner} over ${loser} by ${points} point${points === "1.0" ? "" : "s"}.`,
    };
  };
  return {
    comparedWith: rival,
    for: result.reasons.for.map(row),
    against: result.reasons.against.map(row),
  };
}
