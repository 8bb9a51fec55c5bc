"use client";

import { useDeferredValue, type ReactNode } from "react";

/**
 * Renders its children just after the first paint of what comes before it, in a background render
 * React can interrupt: the answer at the top of the page reaches the screen first, and the long
 * sections below follow without one long block of work. Until then a screen-tall placeholder keeps
 * the footer where it will end up, so nothing visible moves.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : <div aria-hidden="true" className="min-h-[100dvh]" />;
}
