"use client";

/**
 * The workshop's window-to-window messages, on the BroadcastChannel "crossover-workshop" (same
 * browser, same origin; nothing leaves the machine). Answers need none of this: every window
 * re-reads the saved workspace on the `storage` event (state/workspace-provider.tsx). What the
 * channel adds is where the facilitator is: the control window (the questionnaire) announces the
 * step it shows, and a presenter set to follow the facilitator turns to the same slide.
 *
 * Messages are parsed with zod like any other input from outside the component: another tab may
 * run an older build of the app.
 */
import { useCallback, useEffect, useRef } from "react";
import type { WorkshopMessage } from "./messages";

export const WORKSHOP_CHANNEL = "crossover-workshop";

/**
 * Calls `handle` with each message that parses. The parser (and zod with it) loads with the first
 * message: the pages that listen must not wait for it to open. A message that arrives after
 * `isClosed()` turns true is dropped.
 */
function onWorkshopMessage(handle: (message: WorkshopMessage) => void, isClosed: () => boolean) {
  return (event: MessageEvent) => {
    void import("./messages").then(({ parseWorkshopMessage }) => {
      const message = parseWorkshopMessage(event.data);
      if (message && !isClosed()) handle(message);
    });
  };
}

function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(WORKSHOP_CHANNEL);
}

/**
 * For the control window: announces the step on screen whenever it changes, and again to any
 * presenter that asks. `slide` undefined: nothing to announce (no assessment open).
 */
export function useAnnounceStep(localId: string | undefined, slide: string | undefined): void {
  const current = useRef<{ localId?: string; slide?: string }>({});
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    if (!opened) return;
    let closed = false;
    opened.onmessage = onWorkshopMessage(
      (message) => {
        const { localId: id, slide: step } = current.current;
        if (message.type === "where" && id === message.localId && step !== undefined) {
          opened.postMessage({ type: "step", localId: id, slide: step } satisfies WorkshopMessage);
        }
      },
      () => closed,
    );
    return () => {
      closed = true;
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    current.current = { localId, slide };
    if (localId === undefined || slide === undefined) return;
    channel.current?.postMessage({ type: "step", localId, slide } satisfies WorkshopMessage);
  }, [localId, slide]);
}

/**
 * For the presenter: calls `onStep` with the slide key each time the facilitator's window shows
 * a step of this assessment, starting with where it is now (asked for on mount). Returns a
 * function that asks again, for when the presenter starts following.
 */
export function useFacilitatorSteps(localId: string, onStep: (slide: string) => void): () => void {
  const handler = useRef(onStep);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    handler.current = onStep;
  }, [onStep]);

  useEffect(() => {
    const opened = openChannel();
    channel.current = opened;
    if (!opened) return;
    let closed = false;
    opened.onmessage = onWorkshopMessage(
      (message) => {
        if (message.type === "step" && message.localId === localId) handler.current(message.slide);
      },
      () => closed,
    );
    opened.postMessage({ type: "where", localId } satisfies WorkshopMessage);
    return () => {
      closed = true;
      opened.close();
      channel.current = null;
    };
  }, [localId]);

  return useCallback(() => {
    channel.current?.postMessage({ type: "where", localId } satisfies WorkshopMessage);
  }, [localId]);
}
