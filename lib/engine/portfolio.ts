/** The portfolio summary: counts, totals, the largest saving and the least certain call. */
import { optionIds, type OptionId } from "@/lib/vocabulary";
import { record } from "./record";
import { round } from "./round";
import type { PortfolioSummary, UseCaseResult } from "./types";

export function portfolioOf(useCases: readonly UseCaseResult[]): PortfolioSummary {
  const counts = record(optionIds, () => 0);
  let totalMonthlyUsd = 0;
  let allClosedApiMonthlyUsd = 0;
  let largestSaving: PortfolioSummary["largestSaving"] = null;
  let leastCertain: PortfolioSummary["leastCertain"] = null;
  for (const u of useCases) {
    counts[u.recommendation] += 1;
    const own = u.cost.monthlyUsd[u.recommendation];
    totalMonthlyUsd += own;
    allClosedApiMonthlyUsd += u.cost.monthlyUsd.closed_api;
    const against: OptionId =
      u.recommendation === "closed_api" ? (u.runnerUp ?? "open_managed") : "closed_api";
    const saving = u.cost.monthlyUsd[against] - own;
    if (saving > 0 && (!largestSaving || saving > largestSaving.monthlyUsd)) {
      largestSaving = { useCase: u.id, monthlyUsd: round(saving), against };
    }
    if (!leastCertain || u.confidence < leastCertain.confidence)
      leastCertain = { useCase: u.id, confidence: u.confidence };
  }
  return {
    useCaseCount: useCases.length,
    counts,
    totalMonthlyUsd: round(totalMonthlyUsd),
    allClosedApiMonthlyUsd: round(allClosedApiMonthlyUsd),
    largestSaving,
    leastCertain,
  };
}
