import type { Question } from "@/content/schema";

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

/** Content's prompts and pitfalls for a workshop, folded away until a facilitator opens them. */
export function FacilitatorNotes({ facilitator }: { facilitator: Question["facilitator"] }) {
  return (
    <details className="group mt-6 rounded-xl border border-line px-4 py-3 text-sm 2xl:text-lg">
      <summary className="cursor-pointer font-medium text-ink-muted marker:text-ink-muted hover:text-ink">
        For a workshop: questions to ask the room
      </summary>
      <div className="mt-3 grid gap-4 pb-1 leading-6 text-ink sm:grid-cols-2 2xl:leading-8">
        <div>
          <p className="font-semibold">Ask</p>
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
