/**
 * Numbers as people type them, checked before anything reaches the store: "200,000", "200k",
 * "1.5M" and "3 000" all read as whole numbers; anything else gets a message to show beside the
 * field. Volume can be given per day or per month; the store keeps requests per month.
 */
import { formatDecimal } from "@/lib/view/number";

/** Days in a month for a per-day volume: a round 30, as a leader would count it. */
export const DAYS_PER_MONTH = 30;

export type VolumePeriod = "day" | "month";

export interface NumberRange {
  min: number;
  max: number;
}

export type NumberCheck = { ok: true; value: number } | { ok: false; message: string };

const suffixes: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };

/** "200000" → "200,000" (without Intl, whose first use costs the page its locale loading). */
export function formatWholeNumber(value: number): string {
  return formatDecimal(value, { maximumFractionDigits: 0 });
}

/**
 * Reads a typed whole number within `range`. Accepts thousands separators (commas, spaces,
 * underscores) and a k, M or B suffix; rejects empty text, decimals, negative and out-of-range
 * numbers, and anything that is not a finite number, each with a message for the user.
 */
export function parseWholeNumber(text: string, range: NumberRange): NumberCheck {
  const compact = text
    .trim()
    .replace(/[\s,_\u00a0\u202f]/g, "")
    .toLowerCase();
  if (compact === "") return { ok: false, message: "Enter a number." };
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))([kmb]?)$/.exec(compact);
  const digits = match?.[1];
  if (match === null || digits === undefined) {
    return { ok: false, message: "Enter a number in digits, such as 25,000 or 25k." };
  }
  const value = Number(digits) * (suffixes[match[2] ?? ""] ?? 1);
  if (!Number.isFinite(value)) return { ok: false, message: "That number is too large." };
  if (!Number.isInteger(value)) return { ok: false, message: "Enter a whole number." };
  if (value < range.min)
    return { ok: false, message: `Enter at least ${formatWholeNumber(range.min)}.` };
  if (value > range.max)
    return { ok: false, message: `Enter at most ${formatWholeNumber(range.max)}.` };
  return { ok: true, value };
}

/** Requests per month from a number per day or per month. */
export function toMonthly(value: number, period: VolumePeriod): number {
  return period === "day" ? value * DAYS_PER_MONTH : value;
}

/** Requests per day or per month from requests per month; per day rounds to a whole number. */
export function fromMonthly(monthly: number, period: VolumePeriod): number {
  return period === "day" ? Math.round(monthly / DAYS_PER_MONTH) : monthly;
}

/** The range a per-day or per-month figure must fall in for the monthly volume to fit `monthly`. */
export function rangeFor(monthly: NumberRange, period: VolumePeriod): NumberRange {
  return period === "day"
    ? {
        min: Math.ceil(monthly.min / DAYS_PER_MONTH),
        max: Math.floor(monthly.max / DAYS_PER_MONTH),
      }
    : monthly;
}
