// A .tsx name only because vitest.config.ts collects components/**/*.test.tsx; no JSX here.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useCaseNumbers } from "@/lib/vocabulary";
import { DAYS_PER_MONTH, fromMonthly, parseWholeNumber, rangeFor, toMonthly } from "./numbers";

const requests = useCaseNumbers.monthlyRequests;

describe("parseWholeNumber", () => {
  it("reads numbers the way people type them", () => {
    expect(parseWholeNumber("200000", requests)).toEqual({ ok: true, value: 200_000 });
    expect(parseWholeNumber(" 200,000 ", requests)).toEqual({ ok: true, value: 200_000 });
    expect(parseWholeNumber("3 000", requests)).toEqual({ ok: true, value: 3000 });
    expect(parseWholeNumber("200k", requests)).toEqual({ ok: true, value: 200_000 });
    expect(parseWholeNumber("1.5M", requests)).toEqual({ ok: true, value: 1_500_000 });
    expect(parseWholeNumber("2b", requests)).toEqual({ ok: true, value: 2e9 });
    expect(parseWholeNumber("0", requests)).toEqual({ ok: true, value: 0 });
  });

  it("says what is wrong with anything else", () => {
    expect(parseWholeNumber("", requests)).toEqual({ ok: false, message: "Enter a number." });
    expect(parseWholeNumber("lots", requests)).toMatchObject({ ok: false, message: /in digits/ });
    expect(parseWholeNumber("12.5", requests)).toMatchObject({
      ok: false,
      message: /whole number/,
    });
    expect(parseWholeNumber("-5", requests)).toMatchObject({
      ok: false,
      message: "Enter at least 0.",
    });
    expect(parseWholeNumber("11b", requests)).toMatchObject({
      ok: false,
      message: "Enter at most 10,000,000,000.",
    });
    expect(parseWholeNumber("0", useCaseNumbers.inputTokens)).toMatchObject({
      ok: false,
      message: "Enter at least 1.",
    });
    expect(parseWholeNumber("1e400", requests)).toMatchObject({ ok: false });
    expect(parseWholeNumber("Infinity", requests)).toMatchObject({ ok: false });
    expect(parseWholeNumber("NaN", requests)).toMatchObject({ ok: false });
  });

  it("never lets through a value the assessment format would reject", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const check = parseWholeNumber(text, requests);
        if (check.ok) {
          expect(Number.isInteger(check.value)).toBe(true);
          expect(check.value).toBeGreaterThanOrEqual(requests.min);
          expect(check.value).toBeLessThanOrEqual(requests.max);
        } else {
          expect(check.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("per day and per month", () => {
  it("counts a month as 30 days", () => {
    expect(toMonthly(1000, "day")).toBe(30_000);
    expect(toMonthly(1000, "month")).toBe(1000);
    expect(fromMonthly(30_000, "day")).toBe(1000);
    expect(fromMonthly(200_000, "day")).toBe(6667);
    expect(fromMonthly(200_000, "month")).toBe(200_000);
  });

  it("keeps any whole per-day figure in range within the monthly range", () => {
    const perDay = rangeFor(requests, "day");
    expect(perDay).toEqual({ min: 0, max: Math.floor(1e10 / DAYS_PER_MONTH) });
    fc.assert(
      fc.property(fc.integer({ min: perDay.min, max: perDay.max }), (daily) => {
        const monthly = toMonthly(daily, "day");
        expect(Number.isInteger(monthly)).toBe(true);
        expect(monthly).toBeLessThanOrEqual(requests.max);
        expect(fromMonthly(monthly, "day")).toBe(daily);
      }),
    );
  });
});
