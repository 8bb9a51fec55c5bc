/**
 * The charts' shared look, from the design tokens so that light and dark follow the theme:
 * muted ink for axes, the line colour for grids, the surface for tooltips. Sizes read on a phone
 * and, at the projector's 1920 pixels, stay legible from the back of the room.
 */
import type { CSSProperties } from "react";

export const axisTick = { fill: "var(--color-ink-muted)", fontSize: 13 } as const;
export const axisLine = { stroke: "var(--color-line-strong)" } as const;
export const gridStroke = "var(--color-line)";
export const inkStroke = "var(--color-ink)";

export const tooltipStyle: CSSProperties = {
  background: "var(--color-surface)",
  border: "1px solid var(--color-line-strong)",
  borderRadius: 8,
  color: "var(--color-ink)",
  fontSize: 13,
  boxShadow: "0 4px 16px rgb(0 0 0 / 0.12)",
};
export const tooltipLabelStyle: CSSProperties = {
  color: "var(--color-ink)",
  fontWeight: 600,
  marginBottom: 4,
};
export const tooltipItemStyle: CSSProperties = { color: "var(--color-ink)", padding: "1px 0" };
