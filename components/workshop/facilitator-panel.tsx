"use client";

import type { Question } from "@/content/schema";
import { useLocalFlag } from "./use-local-flag";

/** localStorage key: "on" while the facilitator keeps the panel open from question to question. */
const OPEN_STORAGE_KEY = "crossover.facilitator-panel";

/**
 * Content's discussion prompts and pitfalls for a question, for whoever runs the workshop: folded
 * away until opened, then kept open from question to question (a facilitator wants them on every
 * one). The presenter never shows them; they are for the control window only.
 */
export function FacilitatorPanel({ facilitator }: { facilitator: Question["facilitator"] }) {
  const [open, setOpen] = useLocalFlag(OPEN_STORAGE_KEY, false);

  return (
    <details
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        if (now !== open) setOpen(now);
      }}
      className="group mt-6 rounded-xl border border-dashed border-line-strong bg-surface-muted/60 text-sm 2xl:text-lg"
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2.5 rounded-xl px-4 font-medium text-ink marker:hidden hover:bg-surface-muted [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="size-4 shrink-0 text-ink-muted transition-transform group-open:rotate-90 2xl:size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="m7.5 5 5 5-5 5" />
        </svg>
        For the facilitator
        <span className="ml-auto text-xs font-normal text-ink-muted 2xl:text-sm">
          Not shown on the projector
        </span>
      </summary>
      <div className="grid gap-5 px-4 pt-1 pb-4 leading-6 text-ink sm:grid-cols-2 2xl:leading-8">
        <div>
          <p className="font-semibold">Ask the room</p>
          <ul className="mt-1.5 list-disc space-y-1.5 pl-5">
            {facilitator.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-semibold">Watch for</p>
          <ul className="mt-1.5 list-disc space-y-1.5 pl-5">
            {facilitator.pitfalls.map((pitfall) => (
              <li key={pitfall}>{pitfall}</li>
            ))}
          </ul>
        </div>
      </div>
    </details>
  );
}
