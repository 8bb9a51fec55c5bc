import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { evaluateAssessment } from "@/lib/engine";
import { acmeResults } from "./fixtures.test-helpers";
import {
  portfolioAxes,
  portfolioPoints,
  portfolioReadout,
  portfolioRows,
  sortPortfolio,
} from "./portfolio";
import { sampleAssessment } from "./sample";

const sample = evaluateAssessment(sampleAssessment(content), content);

describe("portfolio rows", () => {
  it("carry each use case's recommendation, confidence and the cost of the recommended option", () => {
    const rows = portfolioRows(content, acmeResults);
    expect(rows.map((r) => r.id)).toEqual(acmeResults.useCases.map((u) => u.id));
    for (const [i, row] of rows.entries()) {
      const u = acmeResults.useCases[i];
      if (!u) throw new Error("missing");
      expect(row.recommendation).toBe(u.recommendation);
      expect(row.confidence).toBe(u.confidence);
      expect(row.monthlyUsd).toBe(u.cost.monthlyUsd[u.recommendation]);
    }
  });

  it("say the money one way, as the engine does: a premium over the cheapest allowed, or the saving of the cheapest", () => {
    for (const results of [acmeResults, sample]) {
      const rows = portfolioRows(content, results);
      for (const [i, row] of rows.entries()) {
        const u = results.useCases[i];
        if (!u) throw new Error("missing");
        const cheapest = u.cost.monthlyUsd[u.cost.cheapestAllowed];
        if (row.money.kind === "premium") {
          expect(row.money.monthlyUsd).toBeGreaterThan(0);
          expect(row.money.monthlyUsd).toBeCloseTo(row.monthlyUsd - cheapest, 1);
        } else {
          expect(row.monthlyUsd).toBe(cheapest);
        }
      }
      const premiums = rows.flatMap((r) =>
        r.money.kind === "premium" ? [r.money.monthlyUsd] : [],
      );
      const total = rows.reduce((s, r) => s + r.monthlyUsd, 0);
      expect(results.portfolio.premiumMonthlyUsd).toBeCloseTo(
        premiums.reduce((s, p) => s + p, 0),
        1,
      );
      expect(results.portfolio.totalMonthlyUsd).toBeCloseTo(total, 1);
      expect(results.portfolio.largestPremium?.monthlyUsd ?? 0).toBe(Math.max(0, ...premiums));
    }
  });

  it("sort by any column, both ways, ties in the assessment's order", () => {
    const rows = portfolioRows(content, sample);
    const byCost = sortPortfolio(rows, "monthlyUsd", "descending").map((r) => r.monthlyUsd);
    expect(byCost).toEqual([...byCost].sort((a, b) => b - a));
    const byName = sortPortfolio(rows, "name", "ascending").map((r) => r.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, "en")));
    const byRecommendation = sortPortfolio(rows, "recommendation", "ascending");
    const sameRecommendation = byRecommendation
      .filter((r) => r.recommendation === "closed_api")
      .map((r) => r.id);
    expect(sameRecommendation).toEqual(
      rows.filter((r) => r.recommendation === "closed_api").map((r) => r.id),
    );
    expect(sortPortfolio(rows, "confidence", "ascending")[0]?.confidence).toBe(
      Math.min(...rows.map((r) => r.confidence)),
    );
  });
});

describe("the portfolio chart", () => {
  it("places each use case in its cell of sensitivity and importance, never on top of another", () => {
    const twins = {
      ...acmeResults,
      useCases: [acmeResults.useCases[0], acmeResults.useCases[0], acmeResults.useCases[0]].flatMap(
        (u, i) => (u ? [{ ...u, id: `u${i}` }] : []),
      ),
    };
    const points = portfolioPoints(content, twins);
    const keys = new Set(points.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(3);
    for (const p of points) {
      expect(Math.abs(p.x - 2)).toBeLessThan(0.5); // confidential
      expect(Math.abs(p.y - 1)).toBeLessThan(0.5); // important
    }
    expect(points.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(portfolioAxes().x).toEqual([
      "Public",
      "Internal",
      "Confidential",
      "Regulated",
      "Restricted",
    ]);
    expect(portfolioAxes().y.at(-1)).toBe("Core product");
  });
});

describe("the read-out", () => {
  it("says how many go each way, the total and its premium, the largest premium and the least certain call", () => {
    const readout = portfolioReadout(content, acmeResults);
    expect(readout.countsSentence).toBe("3 use cases: 2 self-hosted, 1 on the closed API.");
    expect(readout.totalSentence).toMatch(
      /^The recommended options cost \$[\d.,]+k? \/ month in total: \$[\d.,]+k? \/ month \(\$[\d.,]+k? a year\) more than the cheapest option allowed for each use case/,
    );
    expect(readout.premiumSentence).toMatch(/^The largest premium is on Customer assistant: /);
    expect(readout.leastCertainSentence).toMatch(
      /^The least certain call is Customer assistant, at \d+% confidence/,
    );
  });
  it("has nothing to say about savings for an empty portfolio", () => {
    const empty = evaluateAssessment(
      { schema: "crossover.assessment/v1", title: "Empty", organization: {}, useCases: [] },
      content,
    );
    const readout = portfolioReadout(content, empty);
    expect(readout.countsSentence).toBe("No use cases yet.");
    expect(readout.premiumSentence).toBeNull();
    expect(readout.leastCertainSentence).toBeNull();
  });
});
