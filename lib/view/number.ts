/**
 * US-English number formatting without Intl. The first `Intl.NumberFormat` a page creates costs
 * 40–60 ms while the browser loads its locale data — four times that on a mid-range phone, all of
 * it blocking the first response of the results page. These few functions give the same output
 * as `Intl.NumberFormat("en-US", …)` for the options they mirror (number.test.ts compares them
 * with Intl across the range of figures Crossover shows), except that a negative number takes a
 * true minus sign ("−5") and a number that rounds to zero takes none.
 */

/** The digits of |x| in its shortest round-trip form, split at the decimal point. */
function decimalParts(x: number): { int: string; frac: string } {
  const [mantissa = "0", exponent] = Math.abs(x).toString().split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  let digits = whole + fraction;
  let point = whole.length + (exponent ? Number(exponent) : 0);
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  return { int: digits.slice(0, point).replace(/^0+(?=\d)/, ""), frac: digits.slice(point) };
}

/** Adds one to a string of decimal digits. */
function increment(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === "9") out[i] = "0";
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
  }
  return `1${out.join("")}`;
}

/** Rounds to `places` decimals, half away from zero, on the shortest decimal form (as ICU does). */
function roundParts(
  parts: { int: string; frac: string },
  places: number,
): { int: string; frac: string } {
  if (parts.frac.length <= places) return { int: parts.int, frac: parts.frac.padEnd(places, "0") };
  const kept = parts.int + parts.frac.slice(0, places);
  const rounded = (parts.frac[places] ?? "0") >= "5" ? increment(kept) : kept;
  const intLength = rounded.length - places;
  return { int: rounded.slice(0, intLength) || "0", frac: rounded.slice(intLength) };
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function assemble(negative: boolean, parts: { int: string; frac: string }, prefix = ""): string {
  const body = `${prefix}${groupThousands(parts.int)}${parts.frac ? `.${parts.frac}` : ""}`;
  const zero = /^0*$/.test(parts.int + parts.frac);
  return negative && !zero ? `−${body}` : body;
}

export interface FractionDigits {
  minimumFractionDigits?: number;
  maximumFractionDigits: number;
  /** Written before the digits, after any sign ("$"). */
  prefix?: string;
}

/** Like `Intl.NumberFormat("en-US", { minimumFractionDigits, maximumFractionDigits })`. */
export function formatDecimal(
  x: number,
  { minimumFractionDigits = 0, maximumFractionDigits, prefix = "" }: FractionDigits,
): string {
  if (!Number.isFinite(x)) return "—";
  const rounded = roundParts(decimalParts(x), maximumFractionDigits);
  let frac = rounded.frac;
  while (frac.length > minimumFractionDigits && frac.endsWith("0")) frac = frac.slice(0, -1);
  return assemble(x < 0, { int: rounded.int, frac }, prefix);
}

/** Like `Intl.NumberFormat("en-US", { maximumSignificantDigits })`, trailing zeros dropped. */
export function formatSignificant(
  x: number,
  maximumSignificantDigits: number,
  prefix = "",
): string {
  if (!Number.isFinite(x)) return "—";
  const parts = decimalParts(x);
  const digits = parts.int + parts.frac;
  let point = parts.int.length;
  const first = digits.search(/[1-9]/);
  if (first < 0) return assemble(false, { int: "0", frac: "" }, prefix);
  const keep = first + maximumSignificantDigits;
  let kept = digits;
  if (keep < digits.length) {
    const head = digits.slice(0, keep);
    kept = (digits[keep] ?? "0") >= "5" ? increment(head) : head;
    if (kept.length > head.length) point += 1; // a carry added a digit in front
  }
  if (kept.length < point) kept += "0".repeat(point - kept.length);
  const int = kept.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const frac = kept.slice(point).replace(/0+$/, "");
  return assemble(x < 0, { int, frac }, prefix);
}
