/**
 * The comparison of two to four use cases, as rows of a table with one column per use case:
 * recommendation, the answers that set them apart, fit scores, monthly costs, the crossover and
 * the top reasons for each recommendation over its runner-up. Every figure is the engine's; this only selects, orders and words them.
 */
import type { Content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { formatCount, formatPercent, formatUsd } from "@/lib/format";
import { answerRows } from "@/lib/view/answers";
import { confidenceWords } from "@/lib/view/confidence";
import { readCrossover } from "@/lib/view/cost";
import { reasonRows } from "@/lib/view/drivers";
import { formatPoints } from "@/lib/view/format";
import { formatScore } from "@/lib/view/format";
import { optionIds, optionShortName, type OptionId } from "@/lib/view/options";

/** At most this many use cases side by side: more would not stay readable on a laptop. */
export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

/**
 * The use cases to compare, from the address: known ids only, each once, in the order asked, four
 * at most. With none asked for, the assessment's first three (or as many as it has); one alone
 * stays one, while the user picks a second.
 */
export function comparedUseCaseIds(
  assessment: Pick<Assessment, "useCases">,
  requested: readonly string[],
): string[] {
  const known = new Set(assessment.useCases.map((u) => u.id));
  const chosen = [...new Set(requested.filter((id) => known.has(id)))].slice(0, MAX_COMPARED);
  if (chosen.length > 0) return chosen;
  return assessment.useCases.slice(0, 3).map((u) => u.id);
}

export interface CompareCell {
  text: string;
  /** Drawn with the option's swatch. */
  option?: OptionId;
  /** The cell to notice in its row: the recommended option's cost, the best score. */
  strong?: boolean;
  /** A short qualifier after the text: "recommended", "ruled out", "assumed". */
  note?: string;
  /** Several lines (the drivers). */
  lines?: string[];
}

export interface CompareRow {
  id: string;
  label: string;
  /** One cell per compared use case, in their order. */
  cells: CompareCell[];
  /** The use cases differ on this row: where to look for why they came out differently. */
  differs: boolean;
}

export interface CompareGroup {
  id: string;
  title: string;
  rows: CompareRow[];
}

/** A row; the use cases differ on it when their values do (a note such as "assumed" aside). */
function row(id: string, label: string, cells: CompareCell[]): CompareRow {
  const key = (c: CompareCell) => `${c.option ?? ""}|${c.text}`;
  return { id, label, cells, differs: new Set(cells.map(key)).size > 1 };
}

function crossoverText(cost: UseCaseResult["cost"]): string {
  const reading = readCrossover(cost.crossoverMonthlyRequests, cost.monthlyRequests);
  switch (reading.kind) {
    case "never":
      return "Never below 10B requests a month";
    case "always":
      return "At any volume";
    case "at":
      return `From ${formatCount(reading.monthlyRequests)} requests a month`;
  }
}

function crossoverNote(cost: UseCaseResult["cost"]): string | undefined {
  const reading = readCrossover(cost.crossoverMonthlyRequests, cost.monthlyRequests);
  if (reading.kind !== "at") return undefined;
  return reading.side === "below"
    ? "API cheaper today"
    : reading.side === "above"
      ? "self-hosting cheaper today"
      : "right at it";
}

/**
 * The comparison's rows, grouped. `results` are the engine's for exactly the compared use cases,
 * in their order (flips are not needed).
 */
export function compareGroups(content: Content, results: AssessmentResults): CompareGroup[] {
  const useCases = results.useCases;
  const excludedOf = (u: UseCaseResult) => new Set(u.excluded.map((e) => e.option));

  const recommendation: CompareGroup = {
    id: "recommendation",
    title: "Recommendation",
    rows: [
      row(
        "option",
        "Recommended",
        useCases.map((u) => ({
          text: optionShortName(content, u.recommendation),
          option: u.recommendation,
          strong: true,
        })),
      ),
      row(
        "summary",
        "In one sentence",
        useCases.map((u) => ({ text: u.summary })),
      ),
      row(
        "confidence",
        "Confidence",
        useCases.map((u) => ({
          text: `${confidenceWords(u)} · ${formatPercent(u.confidence)}`,
          note:
            u.assumed.length > 0
              ? `${u.assumed.length} answer${u.assumed.length === 1 ? "" : "s"} assumed`
              : undefined,
        })),
      ),
      row(
        "runner-up",
        "Runner-up",
        useCases.map((u) =>
          u.runnerUp
            ? {
                text: optionShortName(content, u.runnerUp),
                option: u.runnerUp,
                note: `${formatScore(u.scores[u.runnerUp].score)} against ${formatScore(u.scores[u.recommendation].score)}`,
              }
            : { text: "None: the others are ruled out" },
        ),
      ),
    ],
  };

  // Every per-use-case answer; the organization's are the same for all and shown once, above.
  const answersByUseCase = useCases.map((u) =>
    answerRows(content, results, u).filter((a) => a.scope === "useCase"),
  );
  const answerRowsAll = (answersByUseCase[0] ?? []).map((first, index) =>
    row(
      `answer-${first.question}`,
      first.shortLabel,
      answersByUseCase.map((answers) => {
        const answer = answers[index];
        return {
          text: answer?.answer ?? "—",
          note: answer && answer.status !== "given" ? "assumed" : undefined,
        };
      }),
    ),
  );
  const answers: CompareGroup = { id: "answers", title: "Answers", rows: answerRowsAll };

  const scores: CompareGroup = {
    id: "scores",
    title: "Fit score, 0–100",
    rows: optionIds.map((option) =>
      row(
        `score-${option}`,
        optionShortName(content, option),
        useCases.map((u) => {
          if (excludedOf(u).has(option)) return { text: "—", note: "ruled out" };
          return {
            text: formatScore(u.scores[option].score),
            strong: option === u.recommendation,
            note: option === u.recommendation ? "recommended" : undefined,
          };
        }),
      ),
    ),
  };

  const costs: CompareGroup = {
    id: "costs",
    title: "Cost a month",
    rows: [
      ...optionIds.map((option) =>
        row(
          `cost-${option}`,
          optionShortName(content, option),
          useCases.map((u) => ({
            text: formatUsd(u.cost.monthlyUsd[option]),
            strong: option === u.recommendation,
            note:
              option === u.recommendation
                ? "recommended"
                : excludedOf(u).has(option)
                  ? "ruled out"
                  : undefined,
          })),
        ),
      ),
      row(
        "crossover",
        "Self-hosting cheaper than the API",
        useCases.map((u) => ({ text: crossoverText(u.cost), note: crossoverNote(u.cost) })),
      ),
    ],
  };

  const drivers: CompareGroup = {
    id: "drivers",
    title: "What decided it",
    rows: [
      row(
        "drivers",
        "Top three reasons for it",
        useCases.map((u) => {
          const reasons = reasonRows(content, u, results.assumedOrganization);
          const over = reasons.comparedWith ? optionShortName(content, reasons.comparedWith) : null;
          const lines = reasons.for
            .slice(0, 3)
            .map(
              (r) =>
                `${r.questionLabel}: ${r.answer} (${formatPoints(r.points)} over ${over ?? "the rest"})`,
            );
          return lines.length > 0
            ? { text: lines.join("; "), lines }
            : { text: "It leads on what the options are, not on any one answer.", lines: [] };
        }),
      ),
    ],
  };

  return [recommendation, answers, scores, costs, drivers];
}
