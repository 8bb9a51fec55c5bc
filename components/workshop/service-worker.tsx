"use client";

import { useEffect } from "react";

/** How long after `load` the worker is registered (and starts downloading the app). */
const REGISTER_DELAY_MS = 4000;

/**
 * Registers the offline service worker (public/sw.js, ADR 0005) a few seconds after the page has
 * loaded, when the browser is idle, so that its precaching never competes with the page's own
 * first load or the reader's first clicks. Rendered from the root layout, so that a visit to any
 * page — the landing page and the guide included — makes the whole app available offline.
 * Skipped in development, where files change under the worker.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    let delay: number | undefined;
    let idle: number | undefined;
    const register = () => {
      // The worker's own script is always fetched fresh: a new build is a new worker.
      navigator.serviceWorker.register("/sw.js", { updateViaCache: "none" }).catch(() => {
        // No worker (private mode, blocked by policy): the app still works online.
      });
    };
    // A few seconds after the page has loaded, when the browser has a moment: precaching is
    // background work, and should not compete with someone who has just started clicking.
    const whenIdle = () => {
      delay = window.setTimeout(() => {
        idle =
          typeof window.requestIdleCallback === "function"
            ? window.requestIdleCallback(register, { timeout: 3000 })
            : undefined;
        if (idle === undefined) register();
      }, REGISTER_DELAY_MS);
    };
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => {
      window.removeEventListener("load", whenIdle);
      window.clearTimeout(delay);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, []);
  return null;
}
