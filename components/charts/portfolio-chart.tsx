"use client";

import {
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { formatCount } from "@/lib/format";
import { optionColor, optionShape, type OptionId } from "@/lib/view/options";
import type { PortfolioPoint } from "@/lib/view/portfolio";
import { axisLine, axisTick, gridStroke, tooltipStyle } from "./theme";
import { useNarrow } from "./use-narrow";

export interface PortfolioChartProps {
  points: readonly PortfolioPoint[];
  series: readonly { option: OptionId; name: string }[];
  axes: { x: string[]; y: string[] };
  animate?: boolean;
}

function PointTooltip({
  active,
  payload,
  points,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  points: readonly PortfolioPoint[];
}) {
  const hovered = payload?.[0]?.payload;
  const id =
    typeof hovered === "object" && hovered !== null && "id" in hovered ? hovered.id : undefined;
  const point = points.find((p) => p.id === id);
  if (!active || !point) return null;
  return (
    <div style={tooltipStyle} className="max-w-64 px-3 py-2">
      <p className="font-semibold">
        {point.number}. {point.name}
      </p>
      <p className="mt-1 text-xs">Data: {point.sensitivityLabel}</p>
      <p className="text-xs">Strategic importance: {point.importanceLabel}</p>
      <p className="text-xs">{formatCount(point.monthlyRequests)} requests a month</p>
    </div>
  );
}

/**
 * All use cases on one chart: data sensitivity across, strategic importance up, marker size by
 * volume, colour and shape by recommendation, each point numbered as in the table.
 */
export function PortfolioChart({ points, series, axes, animate = true }: PortfolioChartProps) {
  const sizes = points.map((p) => p.size);
  const sizeDomain: [number, number] = [Math.min(...sizes, 3), Math.max(...sizes, 7)];
  const narrow = useNarrow();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart margin={{ top: 34, right: 24, bottom: 4, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[-0.5, axes.x.length - 0.5]}
          ticks={axes.x.map((_, i) => i)}
          tickFormatter={(v: number) => axes.x[v] ?? ""}
          interval={0}
          tick={narrow ? { ...axisTick, angle: -35, textAnchor: "end" } : axisTick}
          height={narrow ? 72 : 48}
          axisLine={axisLine}
          tickLine={axisLine}
          label={{
            value: "Data sensitivity →",
            position: "insideBottom",
            offset: 0,
            fill: "var(--color-ink)",
            fontSize: 13,
            fontWeight: 600,
          }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[-0.5, axes.y.length - 0.5]}
          ticks={axes.y.map((_, i) => i)}
          tickFormatter={(v: number) => axes.y[v] ?? ""}
          interval={0}
          tick={axisTick}
          axisLine={axisLine}
          tickLine={axisLine}
          width={92}
          label={{
            value: "↑ Strategic importance",
            position: "top",
            offset: 14,
            dx: 40,
            fill: "var(--color-ink)",
            fontSize: 13,
            fontWeight: 600,
          }}
        />
        <ZAxis type="number" dataKey="size" domain={sizeDomain} range={[70, 900]} />
        <Tooltip
          content={(props) => (
            <PointTooltip active={props.active} payload={props.payload} points={points} />
          )}
          cursor={{ strokeDasharray: "3 3" }}
        />
        {series.map(({ option, name }) => (
          <Scatter
            key={option}
            name={name}
            data={points.filter((p) => p.recommendation === option)}
            fill={optionColor[option]}
            fillOpacity={0.85}
            stroke="var(--color-surface)"
            strokeWidth={1.5}
            shape={optionShape[option]}
            isAnimationActive={animate}
          >
            <LabelList
              dataKey="number"
              position="right"
              offset={10}
              fill="var(--color-ink)"
              fontSize={13}
              fontWeight={600}
            />
          </Scatter>
        ))}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
