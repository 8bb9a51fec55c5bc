/**
 * Number formatting shared by the engine's sentences and the screens: US English, compact where
 * it is read aloud ("$12.4k / month", "3.2M requests").
 */
const compactUsd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  maximumFractionDigits: 1,
});
const smallUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const centsUsd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 2 });
const compactCount = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const wholeCount = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** USD, compact from 10,000 ("$12.4k"), whole dollars below, cents below $10 ("$3.25"). */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return "—";
  const abs = Math.abs(usd);
  if (abs >= 10_000) return compactUsd.format(usd).replace("K", "k");
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
  return Math.abs(n) >= 10_000 ? compactCount.format(n).replace("K", "k") : wholeCount.format(n);
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
