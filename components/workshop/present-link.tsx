"use client";

import type { MouseEvent } from "react";
import { openPresenter, presentHref, PRESENTER_WINDOW } from "./links";

const presentButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-line-strong bg-surface px-4 font-semibold text-ink transition-colors hover:bg-surface-muted 2xl:min-h-14 2xl:px-6 2xl:text-lg";

/**
 * "Present": opens the presenter for the projector in a window of its own (or brings back the one
 * already open), while this window keeps the controls. A modified click opens it as the browser
 * would any link.
 */
export function PresentLink({
  localId,
  className = presentButton,
}: {
  localId: string;
  className?: string;
}) {
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openPresenter(localId);
  };
  return (
    <a href={presentHref(localId)} target={PRESENTER_WINDOW} onClick={open} className={className}>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-4 shrink-0 2xl:size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <rect x="2.5" y="3" width="15" height="10" rx="1.5" />
        <path d="M10 13v4M6.5 17h7" />
      </svg>
      Present
      <span className="sr-only"> (opens the presenter in another window)</span>
    </a>
  );
}
