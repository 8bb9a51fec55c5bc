"use client";

import { useState } from "react";
import { content } from "@/content";
import type { UseCaseResult } from "@/lib/engine";
import { formatCount } from "@/lib/format";
import { costChartView, costRows } from "@/lib/view/cost";
import { ChartLegend } from "./chart-legend";
import { LazyChart } from "./lazy-chart";

/**
 * The cost chart with its legend: a hundredth to a hundred times the use case's volume, wider on
 * request; the crossings that decide the use case labelled; coinciding lines told apart.
 */
export function CostChartPanel({ result, animate }: { result: UseCaseResult; animate: boolean }) {
  const [wide, setWide] = useState(false);
  const view = costChartView(content, result, wide);
  const series = costRows(content, result).map((r) => ({
    option: r.option,
    name: r.name,
    excluded: r.excluded,
  }));
  const legend = series.map((s) => ({
    option: s.option,
    name: `${s.name}${s.excluded ? " (ruled out)" : ""}`,
    faint: s.excluded,
  }));
  const first = view.curve[0]?.monthlyRequests ?? 0;
  const last = view.curve.at(-1)?.monthlyRequests ?? 0;
  const crossings = view.crossings
    .map((c) => `${c.label} at ${formatCount(c.monthlyRequests)}`)
    .join(", ");
  return (
    <div>
      <ChartLegend series={legend} kind="line" />
      <LazyChart
        key={wide ? "wide" : "narrow"}
        label={`Line chart of monthly cost against monthly volume for ${result.name}, from ${formatCount(first)} to ${formatCount(last)} requests a month, both on log scales, one line per option, with your volume of ${formatCount(view.own)} requests a month marked${crossings ? ` and where the recommendation's cost crosses another's: ${crossings}` : ""}. The same figures are in the table below.`}
        heightClass="h-80 sm:h-[26rem] 2xl:h-[30rem]"
        caption={
          <>
            Both axes are logarithmic: each step is ten times the one before. Where lines cross, the
            cheaper option changes.
            {view.overlap ? <> {view.overlap.sentence}</> : null}
          </>
        }
        render={({ CostChart }) => (
          <CostChart
            curve={view.curve}
            scale={view.scale}
            series={series}
            ownVolume={view.own}
            crossings={view.crossings}
            marked={view.overlap?.options ?? []}
            animate={animate}
          />
        )}
      />
      {view.widerAvailable || wide ? (
        <button
          type="button"
          onClick={() => setWide((w) => !w)}
          aria-pressed={wide}
          className="mt-3 rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent 2xl:text-base"
        >
          {wide
            ? "Show a hundredth to a hundred times your volume"
            : "Show a wider range of volumes"}
        </button>
      ) : null}
    </div>
  );
}
