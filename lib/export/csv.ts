/**
 * The portfolio as a spreadsheet: one row per use case with its recommendation, confidence, the
 * monthly cost of every option, the crossover volume, the answers that decided it, and (added
 * after them, so that columns read by position stay put) the volume today and in a year, the
 * serving pattern, the cheapest option allowed and the premium over it, and the path's next move. Every figure
 * is the engine's, written as a plain number (USD, requests) so that a spreadsheet can sum and
 * chart it.
 *
 * The file follows RFC 4180 (fields quoted when they hold a comma, a quote or a line break; quotes
 * doubled; CRLF between records) and starts with a UTF-8 byte-order mark, without which Excel
 * reads "Zürich" or "—" as mojibake. Text that came from a user (names, titles) cannot become a
 * spreadsheet formula: a text cell starting with = + - @ (or a tab or carriage return) is prefixed
 * with a single quote, as OWASP advises against CSV injection.
 */
import type { Content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { driverRows } from "@/lib/view/drivers";
import { optionIds, optionName, optionShortName } from "@/lib/view/options";
import { pathSentence } from "@/lib/view/path";
import { answerLabel } from "@/lib/view/questions";

/** The byte-order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = "\uFEFF";
/** RFC 4180's record separator. */
const CRLF = "\r\n";
/** MIME type of the file (RFC 4180 §3), with the charset spelled out. */
export const CSV_FILE_TYPE = "text/csv;charset=utf-8";

/** How many of a use case's drivers the "Top drivers" column lists, largest first. */
export const TOP_DRIVERS = 3;

/** A cell: text (from a user or from content), a number, or nothing. */
export type CsvCell = string | number | null;

/** Characters a spreadsheet may read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as a spreadsheet reads it: plain digits and a point, no separators or currency. */
function plainNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : "";
}

/** One field: numbers plain, text defused against formulas and quoted when RFC 4180 asks for it. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return plainNumber(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, without its line break. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(",");
}

/** A whole file: the byte-order mark, then every record followed by CRLF. */
export function csvDocument(records: readonly (readonly CsvCell[])[]): string {
  return UTF8_BOM + records.map((r) => csvRecord(r) + CRLF).join("");
}

/** USD to the cent. */
function cents(usd: number): number {
  return Math.round(usd * 100) / 100;
}

/** The column headings, options named from content ("Closed API (USD per month)"). */
export function portfolioCsvHeader(content: Content): string[] {
  return [
    "Use case id",
    "Use case",
    "Recommendation",
    "Confidence (0-1)",
    ...optionIds.map((option) => `${optionShortName(content, option)} (USD per month)`),
    "Crossover volume (requests per month)",
    "Top drivers",
    // Added with cost model 2, after the columns spreadsheets already read by position.
    "Requests per month today",
    "Requests per month in 12 months",
    "Serving pattern",
    "Cheapest option allowed",
    "Premium over the cheapest (USD per month)",
    "Next move",
    "Next move at (requests per month)",
    "Next move in month",
    "Next move saves (USD per year)",
    "Path",
  ];
}

/** "Data sensitivity: Regulated personal or financial data; Monthly volume: 450k requests per month". */
function topDrivers(
  content: Content,
  result: UseCaseResult,
  assumedOrganization: AssessmentResults["assumedOrganization"],
): string {
  return driverRows(content, result, assumedOrganization)
    .slice(0, TOP_DRIVERS)
    .map((row) => `${row.questionLabel}: ${row.answer}`)
    .join("; ");
}

/** The cells of one use case's row, in the header's order. */
export function portfolioCsvRow(
  content: Content,
  result: UseCaseResult,
  assumedOrganization: AssessmentResults["assumedOrganization"] = [],
): CsvCell[] {
  const [next] = result.path.steps;
  return [
    result.id,
    result.name,
    optionName(content, result.recommendation),
    Math.round(result.confidence * 1000) / 1000,
    ...optionIds.map((option) => cents(result.cost.monthlyUsd[option])),
    // null: self-hosting never gets cheaper than the API below 10^10 requests; left empty.
    result.cost.crossoverMonthlyRequests,
    topDrivers(content, result, assumedOrganization),
    result.path.monthlyRequests,
    result.path.monthlyRequestsIn12Months,
    answerLabel(content, "servingPattern", result.answers.servingPattern),
    optionName(content, result.cost.cheapestAllowed),
    cents(result.cost.premium?.monthlyUsd ?? 0),
    next ? optionName(content, next.option) : null,
    next?.monthlyRequests ?? null,
    next?.month ?? null,
    next ? cents(next.annualSavingUsd) : null,
    pathSentence(content, result),
  ];
}

/**
 * The portfolio CSV for `results` (from `evaluateAssessment`; flips are not needed). Use cases in
 * the assessment's order; confidence 0–1 to three decimals; costs in USD per month to the cent;
 * crossover in requests per month, empty when there is none below 10 billion.
 */
export function portfolioCsv(
  results: Pick<AssessmentResults, "useCases" | "assumedOrganization">,
  content: Content,
): string {
  return csvDocument([
    portfolioCsvHeader(content),
    ...results.useCases.map((u) => portfolioCsvRow(content, u, results.assumedOrganization)),
  ]);
}
