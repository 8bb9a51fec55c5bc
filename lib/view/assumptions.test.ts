import { describe, expect, it } from "vitest";
import { content } from "@/content";
import {
  assumptionRows,
  formatAssumptionValue,
  groupAssumptions,
  parseAssumptionInput,
  weightRows,
} from "./assumptions";
import { acme, acmeResults } from "./fixtures.test-helpers";

describe("assumption rows", () => {
  const rows = assumptionRows(content, acmeResults.assumptions, acme.assumptions);

  it("show the value the engine used, content's default, and what was changed", () => {
    const gpu = rows.find((r) => r.id === "gpuHourPrice");
    expect(gpu).toMatchObject({ value: 2.5, defaultValue: 2.99, changed: true });
    expect(rows.filter((r) => r.changed).map((r) => r.id)).toEqual(["gpuHourPrice"]);
    expect(rows).toHaveLength(content.assumptions.length);
  });

  it("group them in the panel's order, losing none", () => {
    const groups = groupAssumptions(rows);
    expect(groups[0]?.group).toBe("api");
    expect(groups.flatMap((g) => g.rows)).toHaveLength(rows.length);
  });

  it("write values in their units, shares as percentages", () => {
    const gpu = rows.find((r) => r.id === "gpuHourPrice");
    const utilization = rows.find((r) => r.id === "averageUtilization");
    const engineer = rows.find((r) => r.id === "engineerAnnualCost");
    if (!gpu || !utilization || !engineer) throw new Error("missing");
    expect(formatAssumptionValue(gpu, 2.5)).toBe("$2.50 per GPU-hour");
    expect(formatAssumptionValue(utilization, 0.5)).toBe("50% of usable capacity");
    expect(formatAssumptionValue(engineer, 230000)).toBe("$230,000 per year");
  });

  it("accept typed values within range, in the units shown", () => {
    const utilization = rows.find((r) => r.id === "averageUtilization");
    if (!utilization) throw new Error("missing");
    expect(parseAssumptionInput(utilization, "65")).toEqual({ ok: true, value: 0.65 });
    expect(parseAssumptionInput(utilization, "")).toMatchObject({ ok: false });
    expect(parseAssumptionInput(utilization, "abc")).toMatchObject({ ok: false });
    const tooHigh = parseAssumptionInput(utilization, "1000");
    expect(tooHigh.ok).toBe(false);
    if (!tooHigh.ok) expect(tooHigh.message).toMatch(/^Enter a value from \d+ to \d+%\.$/);
    const engineer = rows.find((r) => r.id === "engineerAnnualCost");
    if (!engineer) throw new Error("missing");
    expect(parseAssumptionInput(engineer, "250,000")).toEqual({ ok: true, value: 250000 });
  });
});

describe("weight rows", () => {
  it("take the assessment's weight, or content's default, and mark the changed ones", () => {
    const rows = weightRows(content, acme.weights);
    expect(rows.find((r) => r.id === "cost")).toMatchObject({
      value: 3.5,
      defaultValue: 4,
      changed: true,
    });
    expect(rows.find((r) => r.id === "privacy")).toMatchObject({ value: 3, changed: false });
    expect(weightRows(content, undefined).every((r) => !r.changed)).toBe(true);
  });
});
