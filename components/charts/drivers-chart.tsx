"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { DriverChartDatum } from "@/lib/view/drivers";
import { formatPoints } from "@/lib/view/format";
import { optionColor, type OptionId } from "@/lib/view/options";
import {
  axisLine,
  axisTick,
  gridStroke,
  inkStroke,
  tooltipItemStyle,
  tooltipLabelStyle,
  tooltipStyle,
} from "./theme";
import { useNarrow } from "./use-narrow";
import { WrappedTick } from "./wrapped-tick";

export interface DriversChartProps {
  data: readonly DriverChartDatum[];
  series: readonly { option: OptionId; name: string }[];
  /** Width of the answer labels, in pixels. */
  labelWidth: number;
  animate?: boolean;
}

/** How far each answer moved each option's score, in points: right towards, left away. */
export function DriversChart({ data, series, labelWidth, animate = true }: DriversChartProps) {
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
        barCategoryGap="18%"
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tickFormatter={(v: number) => formatPoints(v)}
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
          formatter={(v) => `${formatPoints(Number(v))} points`}
        />
        <ReferenceLine x={0} stroke={inkStroke} strokeWidth={1} />
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
