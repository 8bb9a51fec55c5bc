/**
 * The portfolio summary: counts, totals, and the money said one way throughout: what the
 * recommendations cost, what the cheapest options allowed would cost, and the difference, which is
 * never negative (a recommendation costs the same as the cheapest option allowed, or more).
 */
import { optionIds } from "@/lib/vocabulary";
import { record } from "./record";
import { round } from "./round";
import type { PortfolioSummary, UseCaseResult } from "./types";

export function portfolioOf(useCases: readonly UseCaseResult[]): PortfolioSummary {
  const counts = record(optionIds, () => 0);
  let totalMonthlyUsd = 0;
  let allClosedApiMonthlyUsd = 0;
  let cheapestAllowedMonthlyUsd = 0;
  let largestSaving: PortfolioSummary["largestSaving"] = null;
  let largestPremium: PortfolioSummary["largestPremium"] = null;
  let leastCertain: PortfolioSummary["leastCertain"] = null;
  for (const u of useCases) {
    counts[u.recommendation] += 1;
    totalMonthlyUsd += u.cost.monthlyUsd[u.recommendation];
    allClosedApiMonthlyUsd += u.cost.monthlyUsd.closed_api;
    cheapestAllowedMonthlyUsd += u.cost.monthlyUsd[u.cost.cheapestAllowed];
    const { saving, premium } = u.cost;
    if (saving && saving.monthlyUsd > 0 && saving.monthlyUsd > (largestSaving?.monthlyUsd ?? 0))
      largestSaving = { useCase: u.id, monthlyUsd: saving.monthlyUsd, against: saving.against };
    if (premium && premium.monthlyUsd > (largestPremium?.monthlyUsd ?? 0))
      largestPremium = { useCase: u.id, monthlyUsd: premium.monthlyUsd, against: premium.against };
    if (!leastCertain || u.confidence < leastCertain.confidence)
      leastCertain = { useCase: u.id, confidence: u.confidence };
  }
  return {
    useCaseCount: useCases.length,
    counts,
    totalMonthlyUsd: round(totalMonthlyUsd),
    allClosedApiMonthlyUsd: round(allClosedApiMonthlyUsd),
    cheapestAllowedMonthlyUsd: round(cheapestAllowedMonthlyUsd),
    premiumMonthlyUsd: round(Math.max(0, totalMonthlyUsd - cheapestAllowedMonthlyUsd)),
    largestSaving,
    largestPremium,
    leastCertain,
  };
}
