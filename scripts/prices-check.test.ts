/**
 * `npm run prices:check`: content's prices against the pinned price dataset, and the ages.
 */
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { checkPrices, genaiPrices, report, type PriceLookup } from "./prices-check";

const fresh = new Date(Date.UTC(2026, 5, 1)); // 1 June 2026: every content price under six months old
const later = new Date(Date.UTC(2030, 0, 1)); // every content price over six months old

describe("prices:check", () => {
  it("finds every price that names the dataset equal to the dataset's figure (genai-prices, pinned)", () => {
    const findings = checkPrices(content, genaiPrices, fresh);
    const named = findings.filter((f) => f.dataset);
    expect(named.length).toBeGreaterThanOrEqual(12);
    expect(named.filter((f) => f.problems.length > 0)).toEqual([]);
  });

  it("reports a price that differs from the dataset, or a model the dataset lacks", () => {
    const dearer: PriceLookup = (provider, model) => {
      const real = genaiPrices(provider, model);
      return real && model === "openai/gpt-oss-120b" ? { ...real, input: 0.2 } : real;
    };
    const differs = checkPrices(content, dearer, fresh).find(
      (f) => f.id === "managedMediumInputPrice",
    );
    expect(differs?.problems).toEqual(["differs from the dataset's 0.2"]);
    const missing = checkPrices(content, () => null, fresh).find(
      (f) => f.id === "apiMidInputPrice",
    );
    expect(missing?.problems).toEqual(["the dataset has no price for this model"]);
  });

  it("reports prices more than six months old, and only prices", () => {
    const findings = checkPrices(content, genaiPrices, later);
    const old = findings.filter((f) =>
      f.problems.some((p) => p.startsWith("more than six months")),
    );
    expect(old.map((f) => f.id)).toEqual(findings.map((f) => f.id));
    expect(old.map((f) => f.id)).toContain("gpuHourPrice");
    expect(findings.map((f) => f.id)).not.toContain("gpuBillOverhead");
    expect(report(findings)).toMatch(/^! gpuHourPrice = [\d.]+ \(\w+ \d{4}\)/m);
    expect(report(findings)).toMatch(/prices checked: \d+ need a look \(marked !\)\.\n$/);
  });
});
