"use client";

/** Average width of a character, in ems, generously: a label never runs off the left edge. */
const CHARACTER_EMS = 0.585;

/** Splits a label into lines that fit a width, breaking between words; at most three lines. */
export function wrapLabel(label: string, width: number, fontSize = 13): string[] {
  const perLine = Math.max(6, Math.floor(width / (CHARACTER_EMS * fontSize)));
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
  fontSize = 13,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  maxWidth: number;
  fontSize?: number;
}) {
  const value = payload?.value;
  const label = typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
  const lines = wrapLabel(label, maxWidth, fontSize);
  const lineHeight = Math.round(fontSize * 1.15);
  const top = -((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fill="var(--color-ink)" fontSize={fontSize}>
      {lines.map((text, i) => (
        <tspan key={i} x={Number(x) - 4} dy={i === 0 ? top + 4 : lineHeight}>
          {text}
        </tspan>
      ))}
    </text>
  );
}
