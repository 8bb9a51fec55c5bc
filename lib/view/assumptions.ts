/**
 * The cost assumptions and criterion weights as the what-if panels show them: each with its value
 * in effect, content's default, whether it was changed, and (assumptions) its source and date.
 */
import type { Content } from "@/content";
import type { AssumptionId, CriterionId } from "@/lib/vocabulary";
import type { Assessment } from "@/lib/assessment/schema";
import { formatDecimal } from "./number";

type Assumption = Content["assumptions"][number];
export type AssumptionGroup = Assumption["group"];

/** Headings of the assumption groups, in the order the panel lists them. */
export const assumptionGroupTitles: Record<AssumptionGroup, string> = {
  api: "Closed-model API prices",
  managed: "Open models on managed hosting",
  gpu: "GPU prices",
  throughput: "Serving throughput and GPUs per model",
  serving: "Serving plan",
  staff: "People",
  hybrid: "Hybrid split",
};

const assumptionGroupOrder: readonly AssumptionGroup[] = [
  "api",
  "managed",
  "gpu",
  "throughput",
  "serving",
  "staff",
  "hybrid",
];

export interface AssumptionRow {
  id: AssumptionId;
  label: string;
  group: AssumptionGroup;
  unit: string;
  /** The value the engine used (the override when there is one). */
  value: number;
  /** Content's sourced value. */
  defaultValue: number;
  changed: boolean;
  min: number;
  max: number;
  source: string;
  asOf: string;
  note?: string;
  /**
   * How the value is typed and shown: shares (0–1) as percentages, everything else as is.
   * `scale` multiplies the stored value for display; `suffix` follows the input.
   */
  input: { scale: number; suffix: string; unitLabel: string };
}

function inputFor(unit: string): AssumptionRow["input"] {
  if (unit.startsWith("share"))
    return { scale: 100, suffix: "%", unitLabel: unit.slice("share".length).trim() };
  return { scale: 1, suffix: "", unitLabel: unit };
}

/**
 * Every assumption with the value in effect. `values` are the engine's (`AssessmentResults.assumptions`);
 * `overrides` the assessment's own, which decide what counts as changed.
 */
export function assumptionRows(
  content: Content,
  values: Readonly<Record<AssumptionId, number>>,
  overrides: Assessment["assumptions"],
): AssumptionRow[] {
  return content.assumptions.map((a) => ({
    id: a.id,
    label: a.label,
    group: a.group,
    unit: a.unit,
    value: values[a.id],
    defaultValue: a.value,
    changed: overrides?.[a.id] !== undefined && overrides[a.id] !== a.value,
    min: a.min,
    max: a.max,
    source: a.source,
    asOf: a.asOf,
    ...(a.note ? { note: a.note } : {}),
    input: inputFor(a.unit),
  }));
}

/** The rows grouped, groups in the panel's order. */
export function groupAssumptions(
  rows: readonly AssumptionRow[],
): { group: AssumptionGroup; title: string; rows: AssumptionRow[] }[] {
  return assumptionGroupOrder
    .map((group) => ({
      group,
      title: assumptionGroupTitles[group],
      rows: rows.filter((r) => r.group === group),
    }))
    .filter((g) => g.rows.length > 0);
}

const displayNumber = { format: (n: number) => formatDecimal(n, { maximumFractionDigits: 4 }) };

/** A value as it reads in the panel and the "assumptions used" table: "$2.99 per GPU-hour", "50% of usable capacity". */
export function formatAssumptionValue(
  row: Pick<AssumptionRow, "unit" | "input">,
  value: number,
): string {
  if (row.unit.startsWith("USD")) {
    const cents = value >= 100 ? 0 : 2;
    const money = formatDecimal(value, {
      minimumFractionDigits: cents,
      maximumFractionDigits: value >= 100 ? 0 : 4,
      prefix: "$",
    });
    return `${money} ${row.unit.slice("USD".length).trim()}`.trim();
  }
  if (row.input.suffix === "%")
    return `${displayNumber.format(value * row.input.scale)}% ${row.input.unitLabel}`.trim();
  return `${displayNumber.format(value)} ${row.unit}`;
}

/**
 * Parses what was typed into an assumption's field: a finite number within the allowed range,
 * in stored units; null when it is not acceptable (the field then says why).
 */
export function parseAssumptionInput(
  row: Pick<AssumptionRow, "min" | "max" | "input">,
  text: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const trimmed = text.trim().replace(/,/g, "");
  if (trimmed === "") return { ok: false, message: "Enter a number." };
  const typed = Number(trimmed);
  if (!Number.isFinite(typed)) return { ok: false, message: "Enter a number." };
  const value = typed / row.input.scale;
  const min = row.min * row.input.scale;
  const max = row.max * row.input.scale;
  if (value < row.min || value > row.max) {
    return {
      ok: false,
      message: `Enter a value from ${displayNumber.format(min)} to ${displayNumber.format(max)}${row.input.suffix}.`,
    };
  }
  return { ok: true, value: Number(value.toPrecision(12)) };
}

export interface WeightRow {
  id: CriterionId;
  name: string;
  summary: string;
  /** The assessment's weight, 0–10, or content's default when it sets none. */
  value: number;
  defaultValue: number;
  changed: boolean;
}

/** The criterion weights the weights panel shows (before answers adjust them per use case). */
export function weightRows(content: Content, weights: Assessment["weights"]): WeightRow[] {
  return content.criteria.map((c) => {
    const value = weights?.[c.id] ?? c.defaultWeight;
    return {
      id: c.id,
      name: c.name,
      summary: c.summary,
      value,
      defaultValue: c.defaultWeight,
      changed: value !== c.defaultWeight,
    };
  });
}
