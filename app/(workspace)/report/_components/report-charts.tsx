"use client";

import { useEffect, useState, type ReactNode } from "react";

import { ChartLegend } from "@/components/results/chart-legend";
import { loadCharts, type ChartsModule } from "@/components/results/lazy-chart";
import { content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { costChartSeries, costChartView, costChartWords } from "@/lib/view/cost";
import { fitChartData, type FitRow } from "@/lib/view/fit";
import { optionIds, optionShortName } from "@/lib/view/options";
import { portfolioAxes, portfolioPoints } from "@/lib/view/portfolio";

/*
 * The results charts, drawn as soon as their code has loaded and at fixed heights: a printed page
 * cannot wait for a chart to scroll into view (the results page loads them lazily), and a fixed
 * box means the chart measured on screen is the chart on paper. The code (Recharts, about 130 KiB
 * gzip) is fetched right after the report's first paint rather than with the page, which keeps
 * the report under the 340 KiB first-load budget; the Print button waits for every chart
 * (`printReport`). The report's column is as wide as A4 or Letter paper
 * inside the print margins (report.css), so nothing is re-laid out for print. Animation is off,
 * so what is printed is the final drawing.
 */

/** The chart code, requested when the first figure mounts; null until it has arrived. */
function useCharts(): ChartsModule | null {
  const [charts, setCharts] = useState<ChartsModule | null>(null);
  useEffect(() => {
    let mounted = true;
    void loadCharts().then((module) => {
      if (mounted) setCharts(module);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return charts;
}

/** Whether every chart box of the page holds its drawing (Recharts draws once it has measured). */
const allChartsDrawn = () =>
  [...document.querySelectorAll("[data-report-chart]")].every(
    (box) => box.querySelector("svg.recharts-surface") !== null,
  );
const PRINT_WAIT_MS = 5000;

/**
 * Prints once every chart of the report is drawn (at most a few seconds after opening, usually
 * already), so that the PDF never holds an empty box. A print started from the browser's own menu
 * cannot be held back; the tables under the charts carry every figure either way.
 */
export async function printReport(): Promise<void> {
  await loadCharts();
  const started = performance.now();
  while (!allChartsDrawn() && performance.now() - started < PRINT_WAIT_MS) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  window.print();
}

/** A chart in a box of fixed height, named for screen readers; the table after it has the figures. */
function ChartFigure({
  label,
  height,
  legend,
  caption,
  render,
}: {
  label: string;
  /** Pixels. */
  height: number;
  legend?: ReactNode;
  caption?: string;
  render: (charts: ChartsModule) => ReactNode;
}) {
  const charts = useCharts();
  return (
    <figure className="mt-4 rounded-lg border border-line bg-surface p-3">
      {legend}
      <div
        role="img"
        aria-label={label}
        data-report-chart=""
        className="relative w-full"
        style={{ height }}
      >
        {charts ? (
          render(charts)
        ) : (
          <div
            aria-hidden="true"
            className="flex h-full items-center justify-center text-sm text-ink-muted"
          >
            Drawing the chart…
          </div>
        )}
      </div>
      {caption ? (
        <figcaption className="mt-2 text-xs leading-5 text-ink-muted">{caption}</figcaption>
      ) : null}
    </figure>
  );
}

export function PortfolioChartFigure({ results }: { results: AssessmentResults }) {
  const series = optionIds.map((option) => ({ option, name: optionShortName(content, option) }));
  return (
    <ChartFigure
      label={`Scatter chart of the ${results.useCases.length} use cases by data sensitivity and strategic importance, sized by volume, shaped and coloured by recommendation; each point carries the use case's number from the table.`}
      height={340}
      legend={<ChartLegend series={series} />}
      caption="Data sensitivity across, strategic importance up; the larger the mark, the higher the volume. Numbers are the use cases' numbers in the table."
      render={({ PortfolioChart }) => (
        <PortfolioChart
          points={portfolioPoints(content, results)}
          series={series}
          axes={portfolioAxes()}
          animate={false}
        />
      )}
    />
  );
}

function excludedSeries(result: UseCaseResult) {
  const excluded = new Set(result.excluded.map((e) => e.option));
  return optionIds.map((option) => ({
    option,
    name: `${optionShortName(content, option)}${excluded.has(option) ? " (ruled out)" : ""}`,
  }));
}

export function FitChartFigure({
  result,
  rows,
}: {
  result: UseCaseResult;
  rows: readonly FitRow[];
}) {
  const series = excludedSeries(result);
  return (
    <ChartFigure
      label={`Bar chart of each option's rating from 0 to 5 on each of the ${rows.length} criteria for ${result.name}. The same figures are in the table below.`}
      height={Math.max(260, 50 + rows.length * 42)}
      legend={<ChartLegend series={series} />}
      render={({ FitChart }) => (
        <FitChart
          data={fitChartData(rows)}
          series={series}
          min={0}
          labelWidth={172}
          animate={false}
        />
      )}
    />
  );
}

export function CostChartFigure({ result }: { result: UseCaseResult }) {
  const view = costChartView(content, result);
  const { series, legend } = costChartSeries(content, result);
  const words = costChartWords(result, view);
  return (
    <ChartFigure
      label={words.label}
      height={280}
      legend={<ChartLegend series={legend} kind="line" />}
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
          animate={false}
        />
      )}
    />
  );
}
