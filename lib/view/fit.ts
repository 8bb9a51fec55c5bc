/**
 * Fit: each option's score and its rating on every criterion, as the engine returned them, for the
 * fit table and chart.
 */
import type { Content } from "@/content";
import type { CriterionId } from "@/lib/vocabulary";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { optionIds, perOption, type OptionId } from "./options";

export interface FitRow {
  criterion: CriterionId;
  name: string;
  summary: string;
  /** The criterion's weight as the user set it (or content's default), 0–10: the what-if's weight. */
  weight: number;
  /**
   * How much the criterion counts in this use case's scores, 0–1: its weight after the answers
   * (and, for cost, the money at stake) multiply it, as a share of all criteria's (engine).
   */
  share: number;
  /** Each option's rating on the criterion, 0–5 (engine). */
  ratings: Record<OptionId, number>;
  /** Each option's score points from the criterion (engine; they sum to the score). */
  contributions: Record<OptionId, number>;
}

/** One row per criterion, in content's order. */
export function fitRows(
  content: Content,
  result: Pick<UseCaseResult, "scores" | "weights">,
  weights: Pick<AssessmentResults, "criterionWeights">,
): FitRow[] {
  const total = Object.values(result.weights).reduce((s, w) => s + w, 0);
  return content.criteria.map((criterion) => {
    const ratings = perOption((o) => result.scores[o].ratings[criterion.id]);
    const contributions = perOption((o) => result.scores[o].contributions[criterion.id]);
    return {
      criterion: criterion.id,
      name: criterion.name,
      summary: criterion.summary,
      weight: weights.criterionWeights[criterion.id],
      share: total > 0 ? result.weights[criterion.id] / total : 0,
      ratings,
      contributions,
    };
  });
}

/** The options ranked by the engine's score, best first; ruled-out options last. */
export function rankedOptions(result: Pick<UseCaseResult, "scores" | "excluded">): OptionId[] {
  const excluded = new Set(result.excluded.map((e) => e.option));
  return [...optionIds].sort((a, b) => {
    const ex = Number(excluded.has(a)) - Number(excluded.has(b));
    return ex !== 0 ? ex : result.scores[b].score - result.scores[a].score;
  });
}

/** The options the engine ruled out, each with its reason (one line per option). */
export function exclusionsByOption(
  result: Pick<UseCaseResult, "excluded">,
): Map<OptionId, string[]> {
  const byOption = new Map<OptionId, string[]>();
  for (const e of result.excluded) {
    const reasons = byOption.get(e.option) ?? [];
    if (!reasons.includes(e.reason)) reasons.push(e.reason);
    byOption.set(e.option, reasons);
  }
  return byOption;
}

/**
 * The options ruled out, grouped by reason (one constraint often rules out several options), in
 * the engine's order: say the reason once.
 */
export function exclusionsByReason(
  result: Pick<UseCaseResult, "excluded">,
): { reason: string; options: OptionId[] }[] {
  const groups: { reason: string; options: OptionId[] }[] = [];
  for (const e of result.excluded) {
    const group = groups.find((g) => g.reason === e.reason);
    if (!group) groups.push({ reason: e.reason, options: [e.option] });
    else if (!group.options.includes(e.option)) group.options.push(e.option);
  }
  return groups;
}

/** Chart data: one group per criterion with each option's rating. */
export type FitChartDatum = { criterion: CriterionId; label: string } & Record<OptionId, number>;

export function fitChartData(rows: readonly FitRow[]): FitChartDatum[] {
  return rows.map((row) => ({
    criterion: row.criterion,
    label: row.name,
    ...perOption((o) => row.ratings[o]),
  }));
}
