"use client";

import { useId, useState } from "react";
import type { AssumptionId } from "@/lib/vocabulary";
import {
  formatAssumptionValue,
  groupAssumptions,
  parseAssumptionInput,
  type AssumptionRow,
} from "@/lib/view/assumptions";
import { formatAsOf } from "@/lib/view/format";

/**
 * The cost assumptions, grouped, each editable within its allowed range with its source and date
 * beside it. Changed values are marked and can be reset one by one or all at once.
 */
export function AssumptionsPanel({
  rows,
  onChange,
  onReset,
}: {
  rows: readonly AssumptionRow[];
  onChange: (id: AssumptionId, value: number | undefined) => void;
  onReset: () => void;
}) {
  const groups = groupAssumptions(rows);
  const changed = rows.filter((r) => r.changed).length;
  return (
    <section aria-labelledby="assumptions-heading">
      <div className="flex items-baseline justify-between gap-3">
        <h3 id="assumptions-heading" className="font-semibold 2xl:text-lg">
          Cost assumptions
        </h3>
        <button
          type="button"
          onClick={onReset}
          disabled={changed === 0}
          className="min-h-8 rounded-md px-2 text-sm font-medium text-accent hover:bg-accent-soft disabled:cursor-default disabled:text-ink-muted disabled:hover:bg-transparent"
        >
          Reset all
        </button>
      </div>
      <p className="mt-1 text-sm leading-6 text-ink-muted">
        Sourced and dated prices, throughput and staffing.{" "}
        {changed > 0 ? `${changed} changed.` : "All at their sourced values."}
      </p>
      <div className="mt-3 space-y-2">
        {groups.map((group) => {
          const groupChanged = group.rows.filter((r) => r.changed).length;
          return (
            <details
              key={group.group}
              className="group rounded-lg border border-line bg-surface"
              open={groupChanged > 0 || undefined}
            >
              <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-3 py-2 text-sm font-medium">
                <span>
                  {group.title}
                  {groupChanged > 0 ? (
                    <span className="ml-2 text-xs font-semibold text-accent">
                      {groupChanged} changed
                    </span>
                  ) : null}
                </span>
                <svg
                  aria-hidden="true"
                  viewBox="0 0 12 12"
                  className="size-3 shrink-0 transition-transform group-open:rotate-180"
                  fill="currentColor"
                >
                  <path d="M6 8.5 2.5 4.5h7z" />
                </svg>
              </summary>
              <ul className="space-y-4 border-t border-line px-3 py-3">
                {group.rows.map((row) => (
                  <AssumptionField key={row.id} row={row} onChange={onChange} />
                ))}
              </ul>
            </details>
          );
        })}
      </div>
    </section>
  );
}

function displayValue(row: AssumptionRow): string {
  return String(Number((row.value * row.input.scale).toPrecision(10)));
}

function AssumptionField({
  row,
  onChange,
}: {
  row: AssumptionRow;
  onChange: (id: AssumptionId, value: number | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useState(() => displayValue(row));
  const [error, setError] = useState<string | null>(null);

  // Follow changes made elsewhere (a reset, another tab) unless the field already says the same;
  // adjusted while rendering, as React advises for state derived from a changed prop.
  const [syncedValue, setSyncedValue] = useState(row.value);
  if (syncedValue !== row.value) {
    setSyncedValue(row.value);
    const parsed = parseAssumptionInput(row, text);
    if (!parsed.ok || parsed.value !== row.value) {
      setText(displayValue(row));
      setError(null);
    }
  }

  return (
    <li data-assumption={row.id} data-changed={row.changed || undefined}>
      <label htmlFor={id} className="block text-sm font-medium">
        {row.label}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-help${error ? ` ${id}-error` : ""}`}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setText(next);
            const parsed = parseAssumptionInput(row, next);
            if (parsed.ok) {
              setError(null);
              onChange(row.id, parsed.value === row.defaultValue ? undefined : parsed.value);
            } else setError(parsed.message);
          }}
          className={`w-28 rounded-md border bg-canvas px-2 py-1.5 text-right text-sm tabular-nums ${
            error
              ? "border-red-600 dark:border-red-400"
              : row.changed
                ? "border-accent"
                : "border-line-strong"
          }`}
        />
        <span className="text-xs leading-5 text-ink-muted">
          {row.input.suffix ? `${row.input.suffix} ${row.input.unitLabel}` : row.unit}
        </span>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <p id={`${id}-help`} className="mt-1 text-xs leading-5 text-ink-muted">
        {row.changed ? (
          <>
            <span className="font-semibold text-accent">Changed</span> from{" "}
            {formatAssumptionValue(row, row.defaultValue)}.{" "}
            <button
              type="button"
              onClick={() => onChange(row.id, undefined)}
              className="font-medium text-accent underline underline-offset-2"
            >
              Reset
            </button>{" "}
          </>
        ) : null}
        Source: {row.source} ({formatAsOf(row.asOf)}).
      </p>
    </li>
  );
}
