/** The frame shown until the saved assessment has been read: as tall as a screen, so nothing jumps. */
export function ResultsLoading() {
  return (
    <div className="mx-auto min-h-[100dvh] max-w-6xl px-4 py-8 sm:px-6 sm:py-12 lg:px-8">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Results</p>
      <p role="status" className="mt-3 text-ink-muted">
        Opening your results…
      </p>
    </div>
  );
}
