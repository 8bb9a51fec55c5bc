import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, formatSignificant } from "./number";

/** Intl's output with a true minus, and without a sign on zero: the two deliberate differences. */
function intl(x: number, options: Intl.NumberFormatOptions, prefix = ""): string {
  const text = new Intl.NumberFormat("en-US", options).format(x).replace("$", "");
  const negative = text.startsWith("-");
  const body = `${prefix}${negative ? text.slice(1) : text}`;
  return negative && /[1-9]/.test(body) ? `−${body}` : body;
}

// Figures Crossover shows: costs to the cent up to billions, volumes up to 10^10, scores, prices.
const figures = fc.oneof(
  fc.double({ min: -1e10, max: 1e10, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000),
);

describe("number formatting without Intl", () => {
  it("matches Intl for fixed decimals", () => {
    fc.assert(
      fc.property(
        figures,
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 4 }),
        (x, min, extra) => {
          const max = min + extra;
          expect(formatDecimal(x, { minimumFractionDigits: min, maximumFractionDigits: max })).toBe(
            intl(x, { minimumFractionDigits: min, maximumFractionDigits: max }),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("matches Intl for significant digits", () => {
    fc.assert(
      fc.property(figures, fc.integer({ min: 1, max: 6 }), (x, digits) => {
        expect(formatSignificant(x, digits)).toBe(intl(x, { maximumSignificantDigits: digits }));
      }),
      { numRuns: 3000 },
    );
  });

  it("rounds the way people read, on the decimal they see", () => {
    expect(formatDecimal(1.005, { maximumFractionDigits: 2 })).toBe("1.01");
    expect(formatDecimal(1068.33, { maximumFractionDigits: 2, prefix: "$" })).toBe("$1,068.33");
    expect(formatDecimal(-938.3, { maximumFractionDigits: 2, prefix: "$" })).toBe("−$938.3");
    expect(formatDecimal(-0.001, { maximumFractionDigits: 2 })).toBe("0");
    expect(formatDecimal(67862568, { maximumFractionDigits: 2 })).toBe("67,862,568");
    expect(formatDecimal(0.5, { minimumFractionDigits: 1, maximumFractionDigits: 1 })).toBe("0.5");
    expect(formatSignificant(0.00055, 4, "$")).toBe("$0.00055");
    expect(formatSignificant(9.99951, 4)).toBe("10");
    expect(formatSignificant(1e-7, 4)).toBe("0.0000001");
  });
});

describe("lib/format without Intl", () => {
  // The engine's sentences must read exactly as they did when lib/format.ts used Intl.
  const before = {
    smallUsd: new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      maximumFractionDigits: 0,
    }),
    centsUsd: new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      maximumFractionDigits: 2,
    }),
    wholeCount: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
  };
  it("formats money and counts as Intl did", async () => {
    const { formatCount, formatUsd } = await import("@/lib/format");
    fc.assert(
      fc.property(fc.double({ min: -9999.99, max: 9999.99, noNaN: true }), (x) => {
        const abs = Math.abs(x);
        const expected = abs >= 10 ? before.smallUsd.format(x) : before.centsUsd.format(x);
        if (!/^-\$0(\.00)?$/.test(expected)) expect(formatUsd(x)).toBe(expected);
        const count = before.wholeCount.format(x);
        if (count !== "-0") expect(formatCount(x)).toBe(count);
      }),
      { numRuns: 3000 },
    );
  });
});
