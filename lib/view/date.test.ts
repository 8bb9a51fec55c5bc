import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDateTime, formatLongDate } from "./date";

describe("dates without Intl", () => {
  it("writes a long date and a date with time in British order", () => {
    const date = new Date(2026, 8, 3, 9, 5);
    expect(formatLongDate(date)).toBe("3 September 2026");
    expect(formatDateTime(date)).toBe("3 Sep 2026, 09:05");
    expect(formatDateTime(new Date(2026, 11, 31, 23, 59))).toBe("31 Dec 2026, 23:59");
  });

  it("says unknown for a date that is not one", () => {
    expect(formatLongDate(new Date("not a date"))).toBe("unknown");
    expect(formatDateTime(new Date(Number.NaN))).toBe("unknown");
  });

  it("matches Intl's en-GB long date for any day", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { dateStyle: "long" });
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
        (date) => {
          expect(formatLongDate(date)).toBe(intl.format(date));
        },
      ),
    );
  });

  it("matches Intl's en-GB medium date and short time, but for September's abbreviation", () => {
    const intl = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }),
        (date) => {
          expect(formatDateTime(date)).toBe(intl.format(date).replace("Sept", "Sep"));
        },
      ),
    );
  });
});
