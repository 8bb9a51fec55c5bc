"use client";

import { useEffect } from "react";

/**
 * Registers the offline service worker (public/sw.js, ADR 0005) once the page has loaded, so
 * that its precaching never competes with the page's own first load. Rendered from the root
 * layout, so that a visit to any page — the landing page and the guide included — makes the
 * whole app available offline. Skipped in development, where files change under the worker.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () => {
      // The worker's own script is always fetched fresh: a new build is a new worker.
      navigator.serviceWorker.register("/sw.js", { updateViaCache: "none" }).catch(() => {
        // No worker (private mode, blocked by policy): the app still works online.
      });
    };
    if (document.readyState === "complete") {
      register();
      return;
    }
    window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, []);
  return null;
}
