import { describe, expect, it } from "vitest";
import {
  formatAsOf,
  formatNumber,
  formatPoints,
  formatScore,
  formatUsdAmount,
  formatUsdPerRequest,
} from "./format";

describe("figures for tables", () => {
  it("writes whole dollars from $100, and cents below it only when there are any, as a pair", () => {
    expect(formatUsdAmount(1068.33)).toBe("$1,068");
    expect(formatUsdAmount(19120)).toBe("$19,120");
    expect(formatUsdAmount(-938.3)).toBe("−$938");
    expect(formatUsdAmount(86292.2)).toBe("$86,292");
    expect(formatUsdAmount(99.5)).toBe("$99.50");
    expect(formatUsdAmount(40)).toBe("$40");
    expect(formatUsdAmount(0.35)).toBe("$0.35");
    expect(formatUsdAmount(Number.NaN)).toBe("—");
  });
  it("keeps every digit of a volume and up to two decimals", () => {
    expect(formatNumber(67862568)).toBe("67,862,568");
    expect(formatNumber(69.32)).toBe("69.32");
    expect(formatNumber(-0.011)).toBe("−0.01");
  });
  it("signs score points with a true minus", () => {
    expect(formatPoints(8.14)).toBe("+8.1");
    expect(formatPoints(-5.3)).toBe("−5.3");
    expect(formatPoints(0)).toBe("0.0");
    expect(formatScore(70.6)).toBe("70.6");
  });
  it("gives prices per request four significant figures", () => {
    expect(formatUsdPerRequest(0.00055)).toBe("$0.00055");
    expect(formatUsdPerRequest(0.012345)).toBe("$0.01235");
    expect(formatUsdPerRequest(2.5)).toBe("$2.50");
  });
  it("reads content dates as written", () => {
    expect(formatAsOf("2026")).toBe("2026");
    expect(formatAsOf("2026-10")).toBe("Oct 2026");
    expect(formatAsOf("2026-03-05")).toBe("5 Mar 2026");
  });
});
