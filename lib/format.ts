/**
 * Number formatting shared by the engine's sentences and the screens: US English, compact where
 * it is read aloud ("$12.4k / month", "3.2M requests").
 */
import { formatDecimal } from "@/lib/view/number";

/*
 * No Intl here: the first Intl.NumberFormat a page creates costs 40–60 ms of locale loading (four
 * times that on a mid-range phone), and importing this module used to create three. The helpers
 * in lib/view/number.ts give Intl's en-US output; here with Intl's hyphen-minus, so the engine's
 * sentences stay as they were.
 */
const hyphen = (text: string) => text.replace("−", "-");
/** As `Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 })`. */
const smallUsd = {
  format: (n: number) => hyphen(formatDecimal(n, { maximumFractionDigits: 0, prefix: "$" })),
};
/** As `…{ style: "currency", currency: "USD", maximumFractionDigits: 2 }` (cents always shown). */
const centsUsd = {
  format: (n: number) =>
    hyphen(formatDecimal(n, { minimumFractionDigits: 2, maximumFractionDigits: 2, prefix: "$" })),
};
/** As `Intl.NumberFormat("en-US", { maximumFractionDigits: 0 })`. */
const wholeCount = {
  format: (n: number) => hyphen(formatDecimal(n, { maximumFractionDigits: 0 })),
};

/**
 * Compact notation with one decimal at most: 12,400 → "12.4k", 3,200,000 → "3.2M". Written out
 * rather than with Intl's compact notation, which is slow in the engine's hot path and varies
 * between runtimes.
 */
function compact(n: number): string {
  const abs = Math.abs(n);
  const [scale, suffix] =
    abs >= 1e12 ? [1e12, "T"] : abs >= 1e9 ? [1e9, "B"] : abs >= 1e6 ? [1e6, "M"] : [1e3, "k"];
  let value = Math.round((n / scale) * 10) / 10;
  // 999,950 rounds to "1000k": move up a unit instead.
  if (Math.abs(value) >= 1000 && suffix !== "T") return compact(Math.sign(n) * 1000 * scale);
  if (Math.abs(value) >= 100) value = Math.round(value);
  return `${String(value)}${suffix}`;
}

/** USD, compact from 10,000 ("$12.4k"), whole dollars below, cents below $10 ("$3.25"). */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return "—";
  const abs = Math.abs(usd);
  if (abs >= 10_000) return `${usd < 0 ? "-" : ""}$${compact(abs)}`;
  if (abs >= 10) return smallUsd.format(usd);
  return centsUsd.format(usd);
}

/** A monthly amount: "$12.4k / month". */
export function formatUsdPerMonth(usd: number): string {
  return `${formatUsd(usd)} / month`;
}

/** A count, compact from 10,000 ("3.2M", "450k"), with separators below ("9,500"). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return "—";
  return Math.abs(n) >= 10_000 ? compact(n) : wholeCount.format(n);
}

/** A share 0–1 as a whole percentage ("72%"). */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * How a cost compares with another, in words: "half", "a third", "a tenth", or "2.4×".
 * `ratio` is this cost divided by the other.
 */
export function describeRatio(ratio: number): string {
  const fractions: [number, string][] = [
    [1 / 2, "half"],
    [1 / 3, "a third"],
    [1 / 4, "a quarter"],
    [1 / 5, "a fifth"],
    [1 / 10, "a tenth"],
  ];
  if (ratio < 1) {
    for (const [f, word] of fractions) if (Math.abs(ratio - f) / f < 0.08) return word;
    if (ratio < 0.01) return "less than a hundredth";
    return `${Math.round(ratio * 100)}%`;
  }
  return ratio < 10 ? `${ratio.toFixed(1)}×` : `${Math.round(ratio)}×`;
}

/** Items in a sentence: "a", "a and b", "a, b and c". */
export function formatList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}
