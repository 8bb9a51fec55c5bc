import type { Content } from "@/content";

type OptionId = Content["sourcingOptions"][number]["id"] | Content["hybrid"]["id"];

/**
 * Each option's colour from the design tokens (--color-opt-*), written out in full so that
 * Tailwind sees the class names. Colour is never the only cue: a name sits beside every swatch.
 */
export const optionSwatch: Record<OptionId, string> = {
  closed_api: "bg-opt-closed-api",
  open_managed: "bg-opt-open-managed",
  open_self_hosted: "bg-opt-open-self-hosted",
  hybrid: "bg-opt-hybrid",
};

export type { OptionId };
