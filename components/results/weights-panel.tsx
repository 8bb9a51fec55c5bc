"use client";

import type { CriterionId } from "@/lib/vocabulary";
import type { WeightRow } from "@/lib/view/assumptions";
import { formatNumber } from "@/lib/view/format";

/** Slider step: fine enough to find a flip, coarse enough to move in a workshop with the keyboard. */
const STEP = 0.5;

/**
 * One slider per criterion (0–10; content's default marked). Every move is written to the
 * assessment at once, and every recommendation, score and chart follows.
 */
export function WeightsPanel({
  rows,
  onChange,
  onReset,
}: {
  rows: readonly WeightRow[];
  /** `undefined` returns the criterion to its default. */
  onChange: (criterion: CriterionId, value: number | undefined) => void;
  onReset: () => void;
}) {
  const changed = rows.filter((r) => r.changed).length;
  return (
    <section aria-labelledby="weights-heading">
      <div className="flex items-baseline justify-between gap-3">
        <h3 id="weights-heading" className="font-semibold 2xl:text-lg">
          Weights
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
        How much each criterion counts, 0–10.{" "}
        {changed > 0 ? `${changed} changed.` : "All at their defaults."}
      </p>
      <ul className="mt-3 space-y-3">
        {rows.map((row) => {
          const id = `weight-${row.id}`;
          return (
            <li key={row.id} data-criterion={row.id} data-changed={row.changed || undefined}>
              <div className="flex items-baseline justify-between gap-2 text-sm">
                <label htmlFor={id} className="font-medium">
                  {row.name}
                </label>
                <span className="shrink-0 tabular-nums">
                  <span className={row.changed ? "font-semibold text-accent" : ""}>
                    {formatNumber(row.value)}
                  </span>
                  {row.changed ? (
                    <button
                      type="button"
                      onClick={() => onChange(row.id, undefined)}
                      className="ml-1.5 rounded px-1 text-xs text-ink-muted underline underline-offset-2 hover:text-ink"
                      aria-label={`Reset ${row.name} to its default, ${formatNumber(row.defaultValue)}`}
                    >
                      was {formatNumber(row.defaultValue)}
                    </button>
                  ) : null}
                </span>
              </div>
              <input
                id={id}
                type="range"
                min={0}
                max={10}
                step={STEP}
                value={row.value}
                aria-valuetext={`${formatNumber(row.value)} of 10${row.changed ? `, default ${formatNumber(row.defaultValue)}` : ", the default"}`}
                onChange={(event) => {
                  const value = Number(event.currentTarget.value);
                  onChange(row.id, value === row.defaultValue ? undefined : value);
                }}
                className="mt-1 block h-6 w-full cursor-pointer accent-(--color-accent)"
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
