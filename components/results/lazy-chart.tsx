"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

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
 * A chart that loads its code when it comes near the viewport (or the page is printed). Until
 * then it holds its place at its final size, so nothing below it moves when it appears. The
 * figure is named by its caption; the chart itself is one image with an accessible name, and the
 * table beside it carries every figure for screen readers and for checking.
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
    const load = () => {
      void loadCharts().then((module) => {
        if (!cancelled) setCharts(module);
      });
    };
    if (typeof IntersectionObserver === "undefined") {
      load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          load();
        }
      },
      { rootMargin: LOAD_AHEAD },
    );
    observer.observe(element);
    window.addEventListener("beforeprint", load);
    return () => {
      cancelled = true;
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
