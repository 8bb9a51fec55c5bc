"use client";

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { CostCurvePoint } from "@/lib/engine";
import { formatCount, formatUsd } from "@/lib/format";
import type { CostChartCrossing, CostChartMark, CostChartScale } from "@/lib/view/cost";
import { optionColor, optionDash, optionShape, type OptionId } from "@/lib/view/options";
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
  /** The crossings that decide the use case, each labelled on its line, its band shaded. */
  crossings: readonly CostChartCrossing[];
  /** The volume expected in twelve months, and the path's moves. */
  inAYear?: CostChartMark | null;
  moves?: readonly CostChartMark[];
  /** Options whose lines coincide: drawn with their marker shapes so they can be told apart. */
  marked?: readonly OptionId[];
  animate?: boolean;
}

/** A marker in the option's shape, drawn at every third point of a line that another hides. */
function markerDot(option: OptionId) {
  const shape = optionShape[option];
  function MarkerDot(props: { cx?: number; cy?: number; index?: number }) {
    const { cx, cy, index = 0 } = props;
    if (cx === undefined || cy === undefined || index % 3 !== 0) return <g key={index} />;
    const r = 4.5;
    const fill = optionColor[option];
    const path =
      shape === "circle"
        ? null
        : shape === "square"
          ? `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}z`
          : shape === "triangle"
            ? `M${cx},${cy - r - 1}L${cx + r + 1},${cy + r}L${cx - r - 1},${cy + r}z`
            : `M${cx},${cy - r - 1}L${cx + r + 1},${cy}L${cx},${cy + r + 1}L${cx - r - 1},${cy}z`;
    return path ? (
      <path key={index} d={path} fill={fill} stroke="var(--color-surface)" strokeWidth={1} />
    ) : (
      <circle key={index} cx={cx} cy={cy} r={r} fill={fill} stroke="var(--color-surface)" />
    );
  }
  return MarkerDot;
}

/** Monthly cost (USD) against monthly volume (requests), both on log scales. */
export function CostChart({
  curve,
  scale,
  series,
  ownVolume,
  crossings,
  inAYear = null,
  moves = [],
  marked = [],
  animate = true,
}: CostChartProps) {
  const narrow = useNarrow();
  // On a phone every other power of ten, so the volume labels do not run together.
  const xTicks = narrow
    ? scale.x.ticks.filter((t) => Math.round(Math.log10(t)) % 2 === 0)
    : scale.x.ticks;
  // Label each crossing on the side of its line that has room.
  const [x0, x1] = scale.x.domain;
  const onRight = (x: number) => Math.log10(x / x0) / Math.log10(x1 / x0) > 0.55;
  // On a phone the nearest crossing alone is labelled, with its volume only, and the moves and
  // the volume in a year are lines without labels: the words and tables beside the chart say them.
  const labelledRow = new Map(
    crossings
      .filter((c) => c.labelled)
      .slice(0, narrow ? 1 : undefined)
      .map((c, row) => [c.monthlyRequests, row] as const),
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart
        data={curve}
        margin={{ top: 28, right: 16, bottom: 8, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" />
        {crossings.map((crossing) =>
          crossing.band ? (
            <ReferenceArea
              key={`band-${crossing.monthlyRequests}`}
              x1={crossing.band.from}
              x2={crossing.band.to}
              fill="var(--color-accent)"
              fillOpacity={0.08}
              stroke="none"
              ifOverflow="hidden"
            />
          ) : null,
        )}
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
            dot={marked.includes(option) ? markerDot(option) : false}
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
        {inAYear ? (
          <ReferenceLine
            x={inAYear.monthlyRequests}
            stroke={inkStroke}
            strokeDasharray="2 4"
            strokeWidth={1.5}
            label={
              narrow
                ? undefined
                : {
                    value: inAYear.label,
                    position: onRight(inAYear.monthlyRequests) ? "insideTopRight" : "insideTopLeft",
                    fill: "var(--color-ink)",
                    fontSize: 12,
                  }
            }
          />
        ) : null}
        {moves.map((move) => (
          <ReferenceLine
            key={`move-${move.monthlyRequests}`}
            x={move.monthlyRequests}
            stroke={move.option ? optionColor[move.option] : inkStroke}
            strokeWidth={2}
            label={
              narrow
                ? undefined
                : {
                    value: move.label,
                    position: onRight(move.monthlyRequests) ? "insideTopRight" : "insideTopLeft",
                    offset: 22,
                    fill: "var(--color-ink)",
                    fontSize: 12,
                    fontWeight: 600,
                  }
            }
          />
        ))}
        {crossings.map((crossing) => {
          // The labelled crossings (at most two) on two rows at the bottom, on the side with room.
          const row = labelledRow.get(crossing.monthlyRequests);
          return (
            <ReferenceLine
              key={crossing.monthlyRequests}
              x={crossing.monthlyRequests}
              stroke="var(--color-accent)"
              strokeDasharray="4 4"
              strokeWidth={1.5}
              label={
                row === undefined
                  ? undefined
                  : {
                      value: narrow
                        ? formatCount(crossing.monthlyRequests)
                        : `${crossing.label}: ${formatCount(crossing.monthlyRequests)}`,
                      position: onRight(crossing.monthlyRequests)
                        ? "insideBottomRight"
                        : "insideBottomLeft",
                      offset: 6 + row * 20,
                      fill: "var(--color-accent)",
                      fontSize: 13,
                      fontWeight: 600,
                    }
              }
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
