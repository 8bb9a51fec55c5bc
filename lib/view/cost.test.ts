import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assumptionIds } from "@/lib/vocabulary";
import { evaluateAssessment } from "@/lib/engine";
import {
  assumptionsUsed,
  costByVolumeRows,
  costChartMarks,
  costChartScale,
  costRows,
  crossoverSentence,
  logTicks,
  readCrossover,
} from "./cost";
import { acme, acmeResults, findUseCase } from "./fixtures.test-helpers";

const contracts = findUseCase(acmeResults, "contracts");

describe("cost rows", () => {
  it("are the engine's breakdown, option by option, with the recommendation and exclusions marked", () => {
    const rows = costRows(content, findUseCase(acmeResults, "kyc-review"));
    const kyc = findUseCase(acmeResults, "kyc-review");
    for (const row of rows) {
      expect(row.monthlyUsd).toBe(kyc.cost.breakdown[row.option].monthlyUsd);
      expect(row.gpus).toBe(kyc.cost.breakdown[row.option].gpus);
    }
    expect(rows.find((r) => r.recommended)?.option).toBe(kyc.recommendation);
    expect(
      rows
        .filter((r) => r.excluded)
        .map((r) => r.option)
        .sort(),
    ).toEqual(["closed_api", "hybrid", "open_managed"]);
  });

  it("read the curve at each power of ten, with the use case's own volume in its place", () => {
    const rows = costByVolumeRows(contracts.cost);
    const own = rows.filter((r) => r.own);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({
      monthlyRequests: contracts.cost.monthlyRequests,
      ...contracts.cost.monthlyUsd,
    });
    for (const row of rows.filter((r) => !r.own)) {
      expect(Number.isInteger(Math.log10(row.monthlyRequests))).toBe(true);
      expect(contracts.cost.curve).toContainEqual({
        monthlyRequests: row.monthlyRequests,
        closed_api: row.closed_api,
        open_managed: row.open_managed,
        open_self_hosted: row.open_self_hosted,
        hybrid: row.hybrid,
      });
    }
    expect(rows.map((r) => r.monthlyRequests)).toEqual(
      [...rows.map((r) => r.monthlyRequests)].sort((a, b) => a - b),
    );
  });
});

describe("the crossover in words", () => {
  it("says the API would be cheaper, not that it is, when the API is ruled out", () => {
    expect(
      crossoverSentence(
        { ...contracts.cost, crossoverMonthlyRequests: 3_200_000, monthlyRequests: 10_000 },
        true,
      ),
    ).toBe(
      "Self-hosting becomes cheaper than the closed API from 3.2M requests a month. Your 10k requests a month is below it: the API would be cheaper today, but it is ruled out here.",
    );
  });

  it("places the use case's volume against it", () => {
    expect(readCrossover(null, 5)).toEqual({ kind: "never" });
    expect(readCrossover(0, 5)).toEqual({ kind: "always" });
    expect(readCrossover(1000, 5)).toEqual({ kind: "at", monthlyRequests: 1000, side: "below" });
    expect(
      crossoverSentence({
        ...contracts.cost,
        crossoverMonthlyRequests: 67_862_568,
        monthlyRequests: 200_000,
      }),
    ).toBe(
      "Self-hosting becomes cheaper than the closed API from 67.9M requests a month. Your 200k requests a month is below it, so the API is cheaper today.",
    );
  });
});

describe("the cost chart", () => {
  it("marks the crossover only where the curve reaches it", () => {
    expect(costChartMarks(contracts.cost).own).toBe(contracts.cost.monthlyRequests);
    expect(
      costChartMarks({ ...contracts.cost, crossoverMonthlyRequests: 1e12 }).crossover,
    ).toBeNull();
  });
  it("uses whole powers of ten on both log axes", () => {
    expect(logTicks(150, 2e4)).toEqual([100, 1000, 10000, 100000]);
    const scale = costChartScale(contracts.cost);
    expect(scale.y.domain[0]).toBeLessThanOrEqual(
      Math.min(...contracts.cost.curve.map((p) => p.closed_api)),
    );
    for (const t of [...scale.x.ticks, ...scale.y.ticks])
      expect(Number.isInteger(Math.log10(t))).toBe(true);
  });
});

describe("assumptions used", () => {
  // Checked against the engine: raising each listed assumption changes the use case's cost picture
  // (a cost, the crossover or a replica's capacity); raising a price of another tier changes nothing.
  it("lists exactly the prices and figures that enter the use case's costs", () => {
    const used = new Set(assumptionsUsed(contracts.cost, acmeResults.organization));
    const base = contracts.cost;
    for (const id of assumptionIds) {
      const current = acmeResults.assumptions[id];
      const a = content.assumptions.find((x) => x.id === id);
      if (!a) throw new Error(id);
      const bumped = Math.min(a.max, current === 0 ? 1 : current * 1.5);
      const changed = evaluateAssessment(
        { ...acme, assumptions: { ...acme.assumptions, [id]: bumped } },
        content,
        { flips: false },
      );
      const after = changed.useCases.find((u) => u.id === "contracts")?.cost;
      const moved = JSON.stringify(after) !== JSON.stringify(base);
      expect({ id, moved }).toEqual({ id, moved: used.has(id) });
    }
  });
});
