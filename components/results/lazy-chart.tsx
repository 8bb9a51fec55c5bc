"use client";

import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

import type * as Charts from "@/components/charts";

/** The charts module (Recharts and the four charts); a type only, so nothing is bundled here. */
export type ChartsModule = typeof Charts;

let chartsModule: Promise<ChartsModule> | null = null;

/**
 * Loads the chart code once, on first need. Recharts is about 130 KiB of gzipped JavaScript: kept
 * out of the page's first load, the recommendation and the tables paint and respond first.
 */
export function loadCharts(): Promise<ChartsModule> {
  chartsModule ??= import("@/components/charts");
  return chartsModule;
}

/** How far ahead of the viewport a chart starts loading, so it is usually ready when reached. */
const LOAD_AHEAD = "400px 0px";

/**
 * Otherwise the charts come in the background once the page has long settled: first a pause, then
 * one chart per idle moment, so that no single stretch of work makes the page stutter (drawing a
 * Recharts chart is one block of work that React cannot slice). A reader who stays at the top, a
 * printout or a screenshot still gets every chart; the first screen never waits for them.
 */
const BACKGROUND_START_MS = 5000;
const BACKGROUND_GAP_MS = 300;

const waiting: (() => void)[] = [];
let backgroundStarted = false;

function whenIdle(callback: () => void) {
  if (typeof window.requestIdleCallback === "function") {
    window.requestIdleCallback(callback, { timeout: 2000 });
  } else window.setTimeout(callback, 50);
}

/** Queues a chart to be drawn in the background; returns a function that takes it off the queue. */
function drawInBackground(draw: () => void): () => void {
  waiting.push(draw);
  if (!backgroundStarted) {
    backgroundStarted = true;
    const next = () => {
      const drawNext = waiting.shift();
      if (!drawNext) {
        backgroundStarted = false;
        return;
      }
      drawNext();
      window.setTimeout(() => whenIdle(next), BACKGROUND_GAP_MS);
    };
    window.setTimeout(() => whenIdle(next), BACKGROUND_START_MS);
  }
  return () => {
    const index = waiting.indexOf(draw);
    if (index >= 0) waiting.splice(index, 1);
  };
}

/**
 * A chart that loads its code when it comes near the viewport, when the page is printed, or in the
 * background once the page has settled. Until then it holds its place at its final size, so
 * nothing below it moves when it appears. The figure is named by its caption; the chart itself is
 * one image with an accessible name, and the table beside it carries every figure for screen
 * readers and for checking.
 */
export function LazyChart({
  label,
  caption,
  heightClass,
  render,
}: {
  /** The chart's accessible name: what it shows, in a sentence. */
  label: string;
  caption?: ReactNode;
  /** Tailwind height classes of the plot area, fixed so that loading shifts nothing. */
  heightClass: string;
  render: (charts: ChartsModule) => ReactNode;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const [charts, setCharts] = useState<ChartsModule | null>(null);

  useEffect(() => {
    const element = holder.current;
    if (!element || charts) return;
    let cancelled = false;
    // Drawing four charts at once is long work: as a transition, React does it in slices.
    const show = (module: ChartsModule) => {
      if (!cancelled) startTransition(() => setCharts(module));
    };
    const load = () => void loadCharts().then(show);
    const leaveQueue = drawInBackground(load);
    if (typeof IntersectionObserver === "undefined") {
      leaveQueue();
      load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          leaveQueue();
          load();
        }
      },
      { rootMargin: LOAD_AHEAD },
    );
    observer.observe(element);
    window.addEventListener("beforeprint", load);
    return () => {
      cancelled = true;
      leaveQueue();
      observer.disconnect();
      window.removeEventListener("beforeprint", load);
    };
  }, [charts]);

  return (
    <figure className="rounded-lg border border-line bg-surface p-3 sm:p-4">
      <div ref={holder} role="img" aria-label={label} className={`relative w-full ${heightClass}`}>
        {charts ? (
          render(charts)
        ) : (
          <div
            aria-hidden="true"
            className="flex h-full items-center justify-center text-sm text-ink-muted"
          >
            Loading chart…
          </div>
        )}
      </div>
      {caption ? (
        <figcaption className="mt-3 text-sm leading-6 text-ink-muted 2xl:text-base">
          {caption}
        </figcaption>
      ) : null}
    </figure>
  );
}
