import { describe, expect, it } from "vitest";
import { content } from "@/content";
import {
  asOfEnd,
  isPrice,
  priceDatesPhrase,
  isStale,
  stalePrices,
  stalePriceSentence,
} from "./freshness";

const today = new Date(Date.UTC(2026, 11, 3)); // 3 December 2026

describe("how fresh the prices are", () => {
  it("reads an as-of date at the end of the period it names", () => {
    expect(asOfEnd("2026-05").toISOString().slice(0, 10)).toBe("2026-05-31");
    expect(asOfEnd("2026-02").toISOString().slice(0, 10)).toBe("2026-02-28");
    expect(asOfEnd("2025").toISOString().slice(0, 10)).toBe("2025-12-31");
    expect(asOfEnd("2026-06-15").toISOString().slice(0, 10)).toBe("2026-06-15");
  });

  it("calls a price old more than six months after its date, not before", () => {
    expect(isStale("2026-05", today)).toBe(true);
    expect(isStale("2026-06", today)).toBe(false);
    expect(isStale("2026-06-02", today)).toBe(true);
    expect(isStale("2026-06-03", today)).toBe(false);
    expect(isStale("2026", today)).toBe(false);
    expect(isStale("2025", today)).toBe(true);
  });

  it("lists the old prices a use case uses, leaving out figures that are not prices and values the user set", () => {
    const used = [
      "gpuHourPrice",
      "gpuBillOverhead",
      "apiMidInputPrice",
      "prefillTokenWeight",
    ] as const;
    expect(stalePrices(content, used, undefined, today).map((p) => p.id)).toEqual(["gpuHourPrice"]);
    expect(stalePrices(content, used, { gpuHourPrice: 2.5 }, today)).toEqual([]);
    expect(isPrice({ unit: "share added to the GPU price" })).toBe(false);
    expect(isPrice({ unit: "USD per GPU-hour" })).toBe(true);
  });

  it("says which prices are old, with their dates, or nothing", () => {
    expect(stalePriceSentence([])).toBeNull();
    expect(
      stalePriceSentence([
        { id: "gpuHourPrice", label: "H100 GPU, rented, per hour", asOf: "2026-05" },
      ]),
    ).toBe(
      "One price behind these figures is more than six months old: H100 GPU, rented, per hour (May 2026). Check it against a current quote under “What if”.",
    );
  });

  it("dates the prices as a span, from content", () => {
    expect(priceDatesPhrase(content)).toMatch(
      /^Prices dated (\w+ )?\w+–\w+ \d{4}$|^Prices dated \w+ \d{4}( to \w+ \d{4})?$/,
    );
    const one = {
      ...content,
      assumptions: content.assumptions.map((a) => ({ ...a, asOf: "2026-11" })),
    };
    expect(priceDatesPhrase(one)).toBe("Prices dated Nov 2026");
    const span = {
      ...content,
      assumptions: content.assumptions.map((a, i) => ({
        ...a,
        asOf: i === 0 ? "2025-12" : "2026-11",
      })),
    };
    expect(priceDatesPhrase(span)).toBe("Prices dated Dec 2025 to Nov 2026");
  });
});
