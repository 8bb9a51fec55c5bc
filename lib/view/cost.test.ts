import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { assumptionIds } from "@/lib/vocabulary";
import { evaluateAssessment } from "@/lib/engine";
import {
  assumptionsUsed,
  costByVolumeRows,
  costChartView,
  costRows,
  crossingBand,
  crossingSentences,
  logTicks,
  modelsPricedSentence,
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

describe("what the prices stand for", () => {
  it("names the tier's models and the GPU-hour price the engine used", () => {
    for (const u of acmeResults.useCases) {
      const sentence = modelsPricedSentence(content, u.cost);
      const tier = content.tiers.find((t) => t.id === u.cost.tier.model);
      expect(tier).toBeDefined();
      // The first example of each list is the model whose prices the tier uses.
      expect(sentence).toContain(`like ${tier?.closedExamples.split(",")[0]}`);
      expect(sentence).toContain(`like ${tier?.openExamples.split(",")[0]}`);
      expect(sentence).toContain(
        `${u.cost.gpu} GPUs at $${u.cost.gpuHourPrice.toFixed(2)} a GPU-hour`,
      );
    }
    expect(modelsPricedSentence(content, contracts.cost)).toMatch(/ or [^,]+, and an open model/);
  });
});

describe("the crossover in words", () => {
  it("places the use case's volume against a crossover", () => {
    expect(readCrossover(null, 5)).toEqual({ kind: "never" });
    expect(readCrossover(0, 5)).toEqual({ kind: "always" });
    expect(readCrossover(1000, 5)).toEqual({ kind: "at", monthlyRequests: 1000, side: "below" });
  });

  it("says each crossing of the recommendation, which side is cheaper, and where the use case is", () => {
    const crossed = {
      ...contracts.cost,
      monthlyRequests: 200_000,
      crossings: [
        {
          options: ["closed_api", "open_managed"] as ["closed_api", "open_managed"],
          monthlyRequests: 1_200_000,
          cheaperAbove: "open_managed" as const,
          low: 800_000,
          high: 2_000_000,
        },
      ],
    };
    expect(crossingSentences(content, { cost: crossed })).toEqual([
      "The closed API costs less below 1.2M requests a month (between 800k and 2M across the prices sources quote), an open-weights model on managed hosting above it. At 200k you are below it.",
    ]);
    const inside = { ...crossed, monthlyRequests: 1_000_000 };
    expect(crossingSentences(content, { cost: inside })[0]).toMatch(
      /At 1M you are below it, inside that range: which costs less turns on the prices you negotiate\.$/,
    );
  });

  it("says a crossing's band as the price ranges leave it", () => {
    const c = { monthlyRequests: 1_200_000, low: 800_000, high: 2_000_000 };
    expect(crossingBand(c)).toBe("between 800k and 2M");
    expect(crossingBand({ ...c, high: null })).toBe("from 800k up, or never");
    expect(crossingBand({ ...c, low: 100 })).toBe("anywhere up to 2M");
    expect(crossingBand({ ...c, low: 1_200_000, high: 1_200_000 })).toBeNull();
    expect(crossingBand({ ...c, low: 1_190_000, high: 1_210_000 })).toBeNull();
  });
});

describe("the cost chart", () => {
  it("spans a hundredth to a hundred times the volume by default, all of the curve on request", () => {
    const narrow = costChartView(content, contracts);
    const volume = contracts.cost.monthlyRequests;
    expect(narrow.own).toBe(volume);
    expect(narrow.curve[0]?.monthlyRequests).toBeGreaterThanOrEqual(volume / 100 - 1);
    expect(narrow.curve.at(-1)?.monthlyRequests).toBeLessThanOrEqual(volume * 100 + 1);
    const wide = costChartView(content, contracts, true);
    expect(wide.curve).toEqual(contracts.cost.curve);
    expect(narrow.widerAvailable).toBe(true);
    for (const c of narrow.crossings) {
      expect(c.monthlyRequests).toBeGreaterThanOrEqual(narrow.scale.x.domain[0]);
      expect(c.monthlyRequests).toBeLessThanOrEqual(narrow.scale.x.domain[1]);
    }
  });
  it("uses whole powers of ten on both log axes, fitted to what is drawn", () => {
    expect(logTicks(150, 2e4)).toEqual([100, 1000, 10000, 100000]);
    const view = costChartView(content, contracts);
    expect(view.scale.y.domain[0]).toBeLessThanOrEqual(
      Math.min(...view.curve.map((p) => p.closed_api)),
    );
    expect(view.scale.y.domain[1]).toBeLessThan(
      10 * Math.max(...view.curve.flatMap((p) => [p.closed_api, p.open_self_hosted, p.hybrid])),
    );
    for (const t of [...view.scale.x.ticks, ...view.scale.y.ticks])
      expect(Number.isInteger(Math.log10(t))).toBe(true);
  });
  it("tells coinciding lines apart", () => {
    const curve = contracts.cost.curve.map((p) => ({ ...p, hybrid: p.open_self_hosted * 1.08 }));
    const view = costChartView(content, { ...contracts, cost: { ...contracts.cost, curve } });
    expect(view.overlap?.options).toEqual(["open_self_hosted", "hybrid"]);
    expect(view.overlap?.sentence).toMatch(/lie on top of each other/);
  });
});

describe("assumptions used", () => {
  // Checked against the engine: raising each listed assumption changes the use case's cost picture
  // (a cost, the crossover or a replica's capacity); raising a price of another tier changes nothing.
  it("lists exactly the prices and figures that enter the use case's costs", () => {
    const used = new Set(assumptionsUsed(contracts, acmeResults.organization));
    const base = contracts.cost;
    // The assessment-wide hybrid split is the one figure that enters only once the assessment sets
    // it (it then stands in for the use case's assumed split): checked on its own below.
    for (const id of assumptionIds.filter((x) => x !== "hybridSelfHostedShare")) {
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

  it("lists the assessment-wide hybrid split only where the assessment sets it and it is the split used", () => {
    expect(assumptionsUsed(contracts, acmeResults.organization)).not.toContain(
      "hybridSelfHostedShare",
    );
    const split = { ...acme.assumptions, hybridSelfHostedShare: 0.4 };
    const withSplit = evaluateAssessment({ ...acme, assumptions: split }, content, {
      flips: false,
    }).useCases.find((u) => u.id === "contracts");
    if (!withSplit) throw new Error("no contracts");
    const answered = !contracts.assumed.some((a) => a.question === "selfHostedShare");
    expect(withSplit.answers.selfHostedShare).toBe(
      answered ? contracts.answers.selfHostedShare : 40,
    );
    expect(
      assumptionsUsed(withSplit, acmeResults.organization, split).includes("hybridSelfHostedShare"),
    ).toBe(!answered);
  });
});
