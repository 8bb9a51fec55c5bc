/**
 * Addresses of the workshop screens: the presenter at `/present/?a=<localId>` (with `&s=<slide>`
 * for a slide), and the comparison at `/compare/?a=<localId>&u=<id>&u=<id>…`.
 */

/** The name of the presenter's window: every "Present" opens, or brings back, the same one. */
export const PRESENTER_WINDOW = "crossover-presenter";

export function presentHref(localId: string, slideKey?: string): string {
  const params = new URLSearchParams({ a: localId });
  if (slideKey !== undefined) params.set("s", slideKey);
  return `/present/?${params.toString()}`;
}

export function compareHref(localId: string, useCaseIds: readonly string[] = []): string {
  const params = new URLSearchParams({ a: localId });
  for (const id of useCaseIds) params.append("u", id);
  return `/compare/?${params.toString()}`;
}

/**
 * Opens the presenter in its own window (or brings the open one forward, on the slide asked for).
 * Falls back to this window when the browser refuses a new one.
 */
export function openPresenter(localId: string): void {
  const opened = window.open(presentHref(localId), PRESENTER_WINDOW);
  if (opened) opened.focus();
  else window.location.assign(presentHref(localId));
}
