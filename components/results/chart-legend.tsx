import { optionColor, optionDash, type OptionId } from "@/lib/view/options";
import { OptionSwatch } from "./option-tag";

/**
 * The options' colours, named, above a chart: drawn in HTML at once, before the chart's code
 * loads. `line` shows each option's line pattern too, the second cue besides colour.
 */
export function ChartLegend({
  series,
  kind = "swatch",
}: {
  series: readonly { option: OptionId; name: string; faint?: boolean }[];
  kind?: "swatch" | "line";
}) {
  return (
    <ul aria-label="Legend" className="mb-2 flex flex-wrap gap-x-5 gap-y-1.5 text-sm 2xl:text-base">
      {series.map(({ option, name, faint }) => (
        <li key={option} className="inline-flex items-center gap-2">
          {kind === "line" ? (
            <svg
              aria-hidden="true"
              width="28"
              height="10"
              className="shrink-0"
              opacity={faint ? 0.6 : 1}
            >
              <line
                x1="1"
                x2="27"
                y1="5"
                y2="5"
                stroke={optionColor[option]}
                strokeWidth="3"
                strokeDasharray={optionDash[option]}
              />
            </svg>
          ) : (
            <OptionSwatch option={option} />
          )}
          <span>{name}</span>
        </li>
      ))}
    </ul>
  );
}
