"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { CostCurvePoint } from "@/lib/engine";
import { formatCount, formatUsd } from "@/lib/format";
import type { CostChartScale } from "@/lib/view/cost";
import { optionColor, optionDash, type OptionId } from "@/lib/view/options";
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

export interface CostChartProps {
  curve: readonly CostCurvePoint[];
  scale: CostChartScale;
  /** The options drawn, in legend order, with their names; ruled-out ones drawn faint. */
  series: readonly { option: OptionId; name: string; excluded: boolean }[];
  ownVolume: number;
  crossover: number | null;
  animate?: boolean;
}

/** Monthly cost (USD) against monthly volume (requests), both on log scales. */
export function CostChart({
  curve,
  scale,
  series,
  ownVolume,
  crossover,
  animate = true,
}: CostChartProps) {
  const narrow = useNarrow();
  // On a phone every other power of ten, so the volume labels do not run together.
  const xTicks = narrow
    ? scale.x.ticks.filter((t) => Math.round(Math.log10(t)) % 2 === 0)
    : scale.x.ticks;
  // Label the crossover on the side of its line that has room.
  const [x0, x1] = scale.x.domain;
  const crossoverOnRight =
    crossover !== null && Math.log10(crossover / x0) / Math.log10(x1 / x0) > 0.55;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart
        data={curve}
        margin={{ top: 28, right: 16, bottom: 8, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" />
        <XAxis
          dataKey="monthlyRequests"
          type="number"
          scale="log"
          domain={scale.x.domain}
          ticks={xTicks}
          allowDataOverflow
          tickFormatter={(v: number) => formatCount(v)}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={axisLine}
        />
        <YAxis
          type="number"
          scale="log"
          domain={scale.y.domain}
          ticks={scale.y.ticks}
          allowDataOverflow
          tickFormatter={(v: number) => formatUsd(v)}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={axisLine}
          width={60}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          labelStyle={tooltipLabelStyle}
          itemStyle={tooltipItemStyle}
          labelFormatter={(v) => `${formatCount(Number(v))} requests a month`}
          formatter={(v) => `${formatUsd(Number(v))} / month`}
        />
        {series.map(({ option, name, excluded }) => (
          <Line
            key={option}
            dataKey={option}
            name={excluded ? `${name} (ruled out)` : name}
            type="linear"
            stroke={optionColor[option]}
            strokeWidth={excluded ? 1.75 : 3}
            strokeOpacity={excluded ? 0.55 : 1}
            strokeDasharray={optionDash[option]}
            dot={false}
            activeDot={{ r: 4 }}
            isAnimationActive={animate}
          />
        ))}
        <ReferenceLine
          x={ownVolume}
          stroke={inkStroke}
          strokeWidth={1.5}
          label={{
            value: `Your volume: ${formatCount(ownVolume)}`,
            position: "top",
            fill: "var(--color-ink)",
            fontSize: 13,
            fontWeight: 600,
          }}
        />
        {crossover !== null ? (
          <ReferenceLine
            x={crossover}
            stroke="var(--color-accent)"
            strokeDasharray="4 4"
            strokeWidth={1.5}
            label={{
              value: `Crossover: ${formatCount(crossover)}`,
              position: crossoverOnRight ? "insideBottomRight" : "insideBottomLeft",
              fill: "var(--color-accent)",
              fontSize: 13,
              fontWeight: 600,
            }}
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
