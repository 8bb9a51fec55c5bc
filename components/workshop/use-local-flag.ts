"use client";

import { useCallback, useSyncExternalStore } from "react";

/** Same-tab change notice: the storage event only reaches other tabs. */
const LOCAL_FLAG_EVENT = "crossover:local-flag";

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * A small on/off preference kept in localStorage (`"on"`/`"off"`), shared by every window of the
 * browser: a facilitator's panel left open, single-key shortcuts turned off. `fallback` until it
 * is set, and during server rendering.
 */
export function useLocalFlag(key: string, fallback: boolean): [boolean, (on: boolean) => void] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange();
      };
      const onLocal = (event: Event) => {
        if (event instanceof CustomEvent && event.detail === key) onChange();
      };
      window.addEventListener("storage", onStorage);
      window.addEventListener(LOCAL_FLAG_EVENT, onLocal);
      return () => {
        window.removeEventListener("storage", onStorage);
        window.removeEventListener(LOCAL_FLAG_EVENT, onLocal);
      };
    },
    [key],
  );
  const stored = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const value = stored === "on" ? true : stored === "off" ? false : fallback;
  const set = useCallback(
    (on: boolean) => {
      try {
        window.localStorage.setItem(key, on ? "on" : "off");
      } catch {
        // Storage blocked: nothing to remember it by; the control shows the fallback.
      }
      window.dispatchEvent(new CustomEvent(LOCAL_FLAG_EVENT, { detail: key }));
    },
    [key],
  );
  return [value, set];
}
