"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { FitChartDatum } from "@/lib/view/fit";
import { formatScore } from "@/lib/view/format";
import { optionColor, type OptionId } from "@/lib/view/options";
import {
  axisLine,
  axisTick,
  gridStroke,
  tooltipItemStyle,
  tooltipLabelStyle,
  tooltipStyle,
} from "./theme";
import { useNarrow } from "./use-narrow";
import { WrappedTick } from "./wrapped-tick";

export interface FitChartProps {
  data: readonly FitChartDatum[];
  series: readonly { option: OptionId; name: string }[];
  /** The lowest rating on the chart (cost ratings can fall below zero). */
  min: number;
  labelWidth: number;
  animate?: boolean;
}

/** Each option's rating on every criterion, 0–5, grouped by criterion. */
export function FitChart({ data, series, min, labelWidth, animate = true }: FitChartProps) {
  const ticks = [Math.min(0, Math.floor(min)), 1, 2, 3, 4, 5].filter(
    (t, i, all) => all.indexOf(t) === i,
  );
  const narrow = useNarrow();
  // On a phone: a smaller font, and room for the longest single word ("responsibility").
  const axisWidth = narrow ? Math.min(labelWidth, 112) : labelWidth;
  const tickSize = narrow ? 12 : 13;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        barGap={1}
        barCategoryGap="16%"
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          domain={[Math.min(0, Math.floor(min)), 5]}
          ticks={ticks}
          tickFormatter={(v: number) => String(v)}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={axisLine}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={axisWidth}
          tick={(props: {
            x?: number | string;
            y?: number | string;
            payload?: { value?: unknown };
          }) => (
            <WrappedTick
              x={props.x}
              y={props.y}
              payload={props.payload}
              maxWidth={axisWidth - 8}
              fontSize={tickSize}
            />
          )}
          axisLine={axisLine}
          tickLine={false}
          interval={0}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          labelStyle={tooltipLabelStyle}
          itemStyle={tooltipItemStyle}
          cursor={{ fill: "var(--color-surface-muted)" }}
          formatter={(v) => `${formatScore(Number(v))} of 5`}
        />
        {series.map(({ option, name }) => (
          <Bar
            key={option}
            dataKey={option}
            name={name}
            fill={optionColor[option]}
            isAnimationActive={animate}
            radius={2}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
