"use client";

import { useState } from "react";
import { content } from "@/content";
import type { UseCaseResult } from "@/lib/engine";
import { costChartSeries, costChartView, costChartWords } from "@/lib/view/cost";
import { ChartLegend } from "./chart-legend";
import { LazyChart } from "./lazy-chart";

/**
 * The cost chart with its legend: a hundredth to a hundred times the use case's volume, wider on
 * request; the crossings that decide the use case labelled; coinciding lines told apart.
 */
export function CostChartPanel({ result, animate }: { result: UseCaseResult; animate: boolean }) {
  const [wide, setWide] = useState(false);
  const view = costChartView(content, result, wide);
  const { series, legend } = costChartSeries(content, result);
  const words = costChartWords(result, view);
  return (
    <div>
      <ChartLegend series={legend} kind="line" />
      <LazyChart
        key={wide ? "wide" : "narrow"}
        label={words.label}
        heightClass="h-80 sm:h-[26rem] 2xl:h-[30rem]"
        caption={words.caption}
        render={({ CostChart }) => (
          <CostChart
            curve={view.curve}
            scale={view.scale}
            series={series}
            ownVolume={view.own}
            crossings={view.crossings}
            inAYear={view.inAYear}
            moves={view.moves}
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
