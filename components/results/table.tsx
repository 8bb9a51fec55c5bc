import type { ReactNode } from "react";

/**
 * A table that scrolls sideways on narrow screens instead of squeezing its figures. Keyboard users
 * can scroll it too: the wrapper is focusable and named after the table's caption.
 */
export function DataTable({
  caption,
  captionHidden = false,
  children,
  id,
}: {
  caption: string;
  captionHidden?: boolean;
  children: ReactNode;
  id?: string;
}) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-line bg-surface"
    >
      <table
        id={id}
        className="w-full border-collapse text-left text-sm tabular-nums 2xl:text-base"
      >
        <caption
          className={
            captionHidden
              ? "sr-only"
              : "px-4 pt-3 pb-1 text-left text-sm font-semibold text-ink 2xl:text-base"
          }
        >
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export const th =
  "border-b border-line px-3 py-2 text-xs font-semibold text-ink-muted first:pl-4 last:pr-4 2xl:text-sm";
export const td = "border-b border-line px-3 py-2 align-top first:pl-4 last:pr-4";
export const tdNum = `${td} text-right whitespace-nowrap`;
export const thNum = `${th} text-right`;
/** A column headed by an option: its swatch and short name stay on one line. */
export const thOption = `${th} text-right whitespace-nowrap`;
