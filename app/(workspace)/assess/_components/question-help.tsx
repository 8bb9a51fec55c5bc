import type { Question } from "@/content/schema";
import { FacilitatorPanel } from "@/components/workshop/facilitator-panel";

/** The question's "why we ask this" line from content, always in view. */
export function WhyWeAsk({ id, text }: { id: string; text: string }) {
  return (
    <div className="flex gap-3 rounded-xl bg-surface-muted px-4 py-3 2xl:px-6 2xl:py-5">
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="mt-0.5 size-5 shrink-0 text-accent 2xl:size-6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      >
        <circle cx="10" cy="10" r="7.5" />
        <path d="M10 9v4.5M10 6.5v.01" />
      </svg>
      <p id={id} className="text-sm leading-6 text-ink 2xl:text-lg 2xl:leading-8">
        <span className="font-semibold">Why we ask this: </span>
        {text}
      </p>
    </div>
  );
}

/**
 * Content's prompts and pitfalls for a workshop, for the facilitator: the workshop's panel, which
 * stays open from question to question once opened and never appears on the presenter.
 */
export function FacilitatorNotes({ facilitator }: { facilitator: Question["facilitator"] }) {
  return <FacilitatorPanel facilitator={facilitator} />;
}
