"use client";

import { useEffect, useState } from "react";

export interface UndoAction {
  /** Distinguishes one deletion from the next, so that each gets its full time. */
  id: number;
  message: string;
  undo: () => void;
}

/** How long the offer to undo stays, unless the pointer or the focus is on it. */
const UNDO_MS = 12_000;

/**
 * "Deleted “Contracts”. Undo" at the foot of the screen. Announced politely; stays while the
 * pointer or keyboard focus is on it, so that nobody has to race it.
 */
export function UndoToast({ action, onDone }: { action: UndoAction | null; onDone: () => void }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (!action || paused) return;
    const timer = window.setTimeout(onDone, UNDO_MS);
    return () => window.clearTimeout(timer);
  }, [action, paused, onDone]);

  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4"
    >
      {action ? (
        <div
          onMouseEnter={() => setPaused(true)}
          onMouseLeave={() => setPaused(false)}
          onFocus={() => setPaused(true)}
          onBlur={() => setPaused(false)}
          className="pointer-events-auto flex max-w-xl items-center gap-4 rounded-xl bg-ink py-2.5 pr-2.5 pl-4 text-sm text-canvas shadow-lg 2xl:text-lg"
        >
          <p className="min-w-0">{action.message}</p>
          <div className="flex shrink-0 items-center gap-1">
            <button
              type="button"
              onClick={() => {
                action.undo();
                onDone();
              }}
              className="min-h-9 rounded-md px-3 font-semibold text-canvas underline underline-offset-4 hover:bg-canvas/15 focus-visible:outline-canvas"
            >
              Undo
            </button>
            <button
              type="button"
              onClick={onDone}
              className="inline-flex size-9 items-center justify-center rounded-md text-canvas hover:bg-canvas/15 focus-visible:outline-canvas"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 20 20"
                className="size-4"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
              >
                <path d="m5 5 10 10M15 5 5 15" />
              </svg>
              <span className="sr-only">Dismiss</span>
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
