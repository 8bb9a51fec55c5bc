/**
 * How the sourcing options are named and drawn on the results screens. Names come from content;
 * the colours are the design tokens `--color-opt-*` (app/globals.css), chosen from the Okabe-Ito
 * palette so that they stay apart with the common colour-vision deficiencies. Colour is never the
 * only cue: every mark also has a name, and the charts add a line pattern and a marker shape.
 */
import type { Content } from "@/content";
import { optionIds, type OptionId } from "@/lib/vocabulary";

export { optionIds, type OptionId };
export { optionName, optionSubject } from "@/lib/engine/names";

/** The option's short name from content, for legends and table headers ("Closed API"). */
export function optionShortName(content: Content, option: OptionId): string {
  if (option === "hybrid") return content.hybrid.shortName;
  return content.sourcingOptions.find((o) => o.id === option)?.shortName ?? option;
}

/** How a count of use cases reads for each option: "2 self-hosted, 1 on the closed API". */
export const optionCountPhrase: Record<OptionId, string> = {
  closed_api: "on the closed API",
  open_managed: "on managed open weights",
  open_self_hosted: "self-hosted",
  hybrid: "hybrid",
};

/** The CSS colour of an option, light and dark through the token. */
export const optionColor: Record<OptionId, string> = {
  closed_api: "var(--color-opt-closed-api)",
  open_managed: "var(--color-opt-open-managed)",
  open_self_hosted: "var(--color-opt-open-self-hosted)",
  hybrid: "var(--color-opt-hybrid)",
};

/** Tailwind background class of an option's swatch (written out so Tailwind sees it). */
export const optionSwatchClass: Record<OptionId, string> = {
  closed_api: "bg-opt-closed-api",
  open_managed: "bg-opt-open-managed",
  open_self_hosted: "bg-opt-open-self-hosted",
  hybrid: "bg-opt-hybrid",
};

/** A second cue besides colour: each option's line pattern (SVG stroke-dasharray) in charts. */
export const optionDash: Record<OptionId, string | undefined> = {
  closed_api: undefined,
  open_managed: "8 4",
  open_self_hosted: "2 3",
  hybrid: "10 3 2 3",
};

/** …and its marker shape (Recharts symbol types). */
export const optionShape: Record<OptionId, "circle" | "square" | "triangle" | "diamond"> = {
  closed_api: "circle",
  open_managed: "square",
  open_self_hosted: "triangle",
  hybrid: "diamond",
};

/** A record with a value for every option, built without casts. */
export function perOption<T>(value: (option: OptionId) => T): Record<OptionId, T> {
  return {
    closed_api: value("closed_api"),
    open_managed: value("open_managed"),
    open_self_hosted: value("open_self_hosted"),
    hybrid: value("hybrid"),
  };
}
