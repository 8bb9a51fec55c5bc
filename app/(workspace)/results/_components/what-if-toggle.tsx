"use client";

/** Opens and closes the what-if panel; closed by default, so a reader gets the results full width. */
export function WhatIfToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls="what-if"
      onClick={onToggle}
      className="inline-flex min-h-10 shrink-0 items-center gap-2 rounded-lg border border-line-strong bg-surface px-3.5 text-sm font-semibold text-ink shadow-sm hover:border-accent hover:text-accent aria-expanded:border-accent aria-expanded:bg-accent-soft aria-expanded:text-accent 2xl:text-base"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinecap="round"
      >
        <path d="M3 5h9M15 5h2M3 10h3M9 10h8M3 15h7M13 15h4" />
        <circle cx="13.5" cy="5" r="1.5" />
        <circle cx="7.5" cy="10" r="1.5" />
        <circle cx="11.5" cy="15" r="1.5" />
      </svg>
      What if…
    </button>
  );
}
