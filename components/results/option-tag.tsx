import type { OptionId } from "@/lib/view/options";
import { optionSwatchClass } from "@/lib/view/options";

/** The option's colour as a small square beside its name; never the only cue. */
export function OptionSwatch({
  option,
  className = "size-3",
}: {
  option: OptionId;
  className?: string;
}) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block shrink-0 rounded-[3px] ${optionSwatchClass[option]} ${className}`}
    />
  );
}

/** An option's name with its swatch. */
export function OptionName({
  option,
  name,
  strong = false,
}: {
  option: OptionId;
  name: string;
  strong?: boolean;
}) {
  return (
    <span className={`inline-flex items-center gap-2 ${strong ? "font-semibold" : ""}`}>
      <OptionSwatch option={option} />
      <span>{name}</span>
    </span>
  );
}

/** A small label beside an option: "Recommended", "Ruled out". */
export function Tag({ tone, children }: { tone: "accent" | "muted"; children: string }) {
  const style =
    tone === "accent"
      ? "border-accent/40 bg-accent-soft text-accent"
      : "border-line-strong bg-surface-muted text-ink-muted";
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${style}`}
    >
      {children}
    </span>
  );
}
