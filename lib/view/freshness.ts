/**
 * How fresh the prices behind a use case's costs are. Prices move monthly (API prices for a
 * constant capability have fallen about ten times a year), so a price more than six months old is
 * said beside the figures it enters, and `npm run prices:check` lists them for whoever keeps
 * content/. A price is an assumption in US dollars (per token, per GPU-hour, per engineer).
 *
 * An "as of" date is read at the end of the period it names ("2026-05": 31 May 2026), the most
 * generous reading: what is reported is certainly older than six months.
 */
import type { Content } from "@/content";
import type { AssumptionId } from "@/lib/vocabulary";
import { formatList } from "@/lib/format";
import { formatAsOf } from "./format";

/** Months after which a price is said to be old. */
export const STALE_AFTER_MONTHS = 6;

/** The last day of the period an "as of" date names, UTC. */
export function asOfEnd(asOf: string): Date {
  const [year = 0, month, day] = asOf.split("-").map(Number);
  if (day !== undefined && month !== undefined) return new Date(Date.UTC(year, month - 1, day));
  if (month !== undefined) return new Date(Date.UTC(year, month, 0));
  return new Date(Date.UTC(year, 11, 31));
}

/** Whether a figure as of `asOf` is more than six months older than `today`. */
export function isStale(asOf: string, today: Date): boolean {
  const limit = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - STALE_AFTER_MONTHS, today.getUTCDate()),
  );
  return asOfEnd(asOf) < limit;
}

export interface StalePrice {
  id: AssumptionId;
  label: string;
  asOf: string;
}

/** Whether an assumption is a price: a figure in US dollars. */
export function isPrice(a: Pick<Content["assumptions"][number], "unit">): boolean {
  return a.unit.startsWith("USD");
}

/**
 * The prices among `used` (left at content's defaults: a value the user entered is theirs) that are
 * more than six months old on `today`, in content's order.
 */
export function stalePrices(
  content: Content,
  used: readonly AssumptionId[],
  overridden: Readonly<Partial<Record<string, number>>> | undefined,
  today: Date,
): StalePrice[] {
  const wanted = new Set(used);
  return content.assumptions
    .filter(
      (a) =>
        wanted.has(a.id) &&
        overridden?.[a.id] === undefined &&
        isPrice(a) &&
        isStale(a.asOf, today),
    )
    .map((a) => ({ id: a.id, label: a.label, asOf: a.asOf }));
}

/**
 * In words, or null when every price is recent: "2 prices behind these figures are more than six
 * months old: H100 GPU, rented, per hour (May 2026) and … Check them against a current quote under
 * “What if”."
 */
export function stalePriceSentence(stale: readonly StalePrice[]): string | null {
  if (stale.length === 0) return null;
  const list = formatList(stale.map((p) => `${p.label} (${formatAsOf(p.asOf)})`));
  return stale.length === 1
    ? `One price behind these figures is more than six months old: ${list}. Check it against a current quote under “What if”.`
    : `${stale.length} prices behind these figures are more than six months old: ${list}. Check them against a current quote under “What if”.`;
}

/**
 * The span of content's price dates, for the footer: "Prices dated Mar–Nov 2026". Read from
 * content, so it moves when a price is updated.
 */
export function priceDatesPhrase(content: Content): string {
  const dates = content.assumptions
    .filter(isPrice)
    .map((a) => a.asOf)
    .sort((x, y) => asOfEnd(x).getTime() - asOfEnd(y).getTime());
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return "";
  const [from, to] = [formatAsOf(first), formatAsOf(last)];
  if (from === to) return `Prices dated ${to}`;
  const [fromMonth, fromYear] = [from.split(" ").slice(0, -1).join(" "), from.split(" ").at(-1)];
  return fromYear === to.split(" ").at(-1) && fromMonth
    ? `Prices dated ${fromMonth}–${to}`
    : `Prices dated ${from} to ${to}`;
}
