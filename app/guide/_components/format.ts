import type { Content } from "@/content";
import { monthNames } from "@/lib/view/date";

type Assumption = Content["assumptions"][number];

/** An "as of" date from content (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) in words: "May 2026". */
export function formatAsOf(asOf: string): string {
  const [year, month, day] = asOf.split("-");
  const monthName = month ? monthNames[Number(month) - 1] : undefined;
  if (!year || !monthName) return asOf;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A 0–5 rating as written in the guide: "4", "3.5". */
export function formatRating(rating: number): string {
  return Number.isInteger(rating) ? String(rating) : rating.toFixed(1);
}

const plainNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A whole count with thousands separators: 200000 → "200,000". */
export function formatCount(value: number): string {
  return plainNumber.format(value);
}

/** A rating adjustment with a true minus sign: "+1", "−1.5". */
export function formatDelta(delta: number): string {
  return `${delta > 0 ? "+" : "−"}${plainNumber.format(Math.abs(delta))}`;
}

/** A weight multiplier: "×2.5", "×0.75". */
export function formatFactor(factor: number): string {
  return `×${plainNumber.format(factor)}`;
}

/**
 * An assumption's value split into the figure and the rest of its unit, for a large number
 * over a small unit: 2.99 "USD per GPU-hour" → "$2.99" / "per GPU-hour"; 0.5 "share of usable
 * capacity" → "50%" / "of usable capacity"; 2 "replicas" → "2" / "replicas".
 */
export function formatAssumption({ value, unit }: Assumption): { figure: string; unit: string } {
  if (unit.startsWith("USD")) {
    const rest = unit.slice("USD".length).trim();
    const money = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: Number.isInteger(value) && value >= 100 ? 0 : 2,
      maximumFractionDigits: 2,
    });
    return { figure: money.format(value), unit: rest };
  }
  if (unit.startsWith("share")) {
    const rest = unit.slice("share".length).trim();
    return { figure: `${plainNumber.format(value * 100)}%`, unit: rest };
  }
  return { figure: plainNumber.format(value), unit };
}
