"use client";

import { Children, startTransition, useEffect, useState, type ReactNode } from "react";

/**
 * Renders its children one after another, each in a background render of its own after the one
 * before has reached the screen: the answer at the top of the page paints first, and the long
 * sections below follow in pieces small enough to leave the main thread free between them (a
 * phone's CPU would otherwise spend one long block creating every table at once). Until the last
 * has come, a screen-tall placeholder keeps the footer where it will end up, so nothing visible
 * moves.
 */
export function RevealInTurn({ children }: { children: ReactNode }) {
  const parts = Children.toArray(children);
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= parts.length) return;
    // A macrotask: the browser paints what is there before the next part renders.
    const timer = window.setTimeout(() => startTransition(() => setShown((n) => n + 1)), 0);
    return () => window.clearTimeout(timer);
  }, [shown, parts.length]);
  return (
    <>
      {parts.slice(0, shown)}
      {shown < parts.length ? <div aria-hidden="true" className="min-h-[100dvh]" /> : null}
    </>
  );
}
