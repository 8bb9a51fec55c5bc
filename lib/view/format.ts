/**
 * Figures for tables: the engine's numbers with separators, to the dollar (to the cent below
 * $100), so that a table can be checked against `npm run evaluate`. The compact forms for prose
 * ("$12.4k / month", "3.2M requests") are in lib/format.ts. No Intl here: see ./number.ts.
 */
import { formatCount } from "@/lib/format";
import { formatDecimal, formatSignificant } from "./number";

/**
 * USD for a table: whole dollars from $100 ("$1,068", "$86,292"), cents below it when there are
 * any, as a pair ("$12.50", "$0.35", "$40").
 */
export function formatUsdAmount(usd: number): string {
  if (!Number.isFinite(usd)) return "—";
  const wholeDollars = Math.abs(usd) >= 100 || Math.round(usd * 100) % 100 === 0;
  return formatDecimal(usd, {
    minimumFractionDigits: wholeDollars ? 0 : 2,
    maximumFractionDigits: wholeDollars ? 0 : 2,
    prefix: "$",
  });
}

/** A price per request, to four significant figures: "$0.00055", "$0.0123". */
export function formatUsdPerRequest(usd: number): string {
  if (!Number.isFinite(usd)) return "—";
  return Math.abs(usd) >= 1 ? formatUsdAmount(usd) : formatSignificant(usd, 4, "$");
}

/** A plain number with separators and at most two decimals: "67,862,568", "69.32". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return "—";
  return formatDecimal(n, { maximumFractionDigits: 2 });
}

/** A fit score or a rating, one decimal: "70.6", "3.9". */
export function formatScore(n: number): string {
  return formatDecimal(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** Score points moved by an answer, signed: "+8.1", "−5.3", "0.0". */
export function formatPoints(n: number): string {
  const text = formatDecimal(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return text.startsWith("−") || text === "0.0" ? text : `+${text}`;
}

/** Requests per month, compact: "200k requests a month". */
export function formatRequestsPerMonth(n: number): string {
  return `${formatCount(n)} request${n === 1 ? "" : "s"} a month`;
}

const monthNames = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** A content "as of" date (YYYY, YYYY-MM or YYYY-MM-DD) as read: "2026", "Oct 2026", "3 Oct 2026". */
export function formatAsOf(asOf: string): string {
  const [year, month, day] = asOf.split("-");
  const name = month ? monthNames[Number(month) - 1] : undefined;
  if (!year) return asOf;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
