"use client";

/** Average width of a character at the 13px tick size, generously: a label never runs off the left edge. */
const PIXELS_PER_CHARACTER = 7.6;

/** Splits a label into lines that fit a width, breaking between words; at most three lines. */
export function wrapLabel(label: string, width: number): string[] {
  const perLine = Math.max(6, Math.floor(width / PIXELS_PER_CHARACTER));
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length > 3)
    return [
      ...lines.slice(0, 2),
      `${lines
        .slice(2)
        .join(" ")
        .slice(0, perLine - 1)}…`,
    ];
  return lines;
}

/** A category-axis tick whose label wraps onto up to three lines, right-aligned to the axis. */
export function WrappedTick({
  x,
  y,
  payload,
  maxWidth,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  maxWidth: number;
}) {
  const value = payload?.value;
  const label = typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
  const lines = wrapLabel(label, maxWidth);
  const lineHeight = 15;
  const top = -((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fill="var(--color-ink)" fontSize={13}>
      {lines.map((text, i) => (
        <tspan key={i} x={Number(x) - 4} dy={i === 0 ? top + 4 : lineHeight}>
          {text}
        </tspan>
      ))}
    </text>
  );
}
