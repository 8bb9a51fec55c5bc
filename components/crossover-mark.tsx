/**
 * The Crossover mark: a rising per-token cost line meeting a flat fixed-cost
 * line. Decorative wherever the product name is written beside it.
 */
export function CrossoverMark({ className }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={className}>
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <path
        d="M7 24 25 8"
        fill="none"
        strokeWidth="2.5"
        strokeLinecap="round"
        className="stroke-accent-ink"
      />
      <path
        d="M7 16h18"
        fill="none"
        strokeWidth="2.5"
        strokeLinecap="round"
        className="stroke-accent-ink opacity-60"
      />
      <circle cx="16" cy="16" r="3" className="fill-accent stroke-accent-ink" strokeWidth="2" />
    </svg>
  );
}
