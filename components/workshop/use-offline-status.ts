"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

function subscribeToConnection(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** Asks the active worker whether its cache holds the whole app; false when it does not answer. */
function askWorker(worker: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = window.setTimeout(() => resolve(false), 5000);
    channel.port1.onmessage = (event: MessageEvent) => {
      window.clearTimeout(timer);
      // The parser loads with the answer, not with the page (messages.ts).
      void import("./messages").then(({ parseWorkerStatus }) =>
        resolve(parseWorkerStatus(event.data)?.complete === true),
      );
    };
    worker.postMessage({ type: "crossover:offline-status" }, [channel.port2]);
  });
}

export interface OfflineStatus {
  /** The browser says it has a network connection (navigator.onLine). */
  online: boolean;
  /** A service worker is active and its cache holds every file of the app. */
  availableOffline: boolean;
}

/** Whether the browser is online, and whether the app would keep working if it were not. */
export function useOfflineStatus(): OfflineStatus {
  const online = useSyncExternalStore(
    subscribeToConnection,
    () => navigator.onLine,
    () => true,
  );
  const [availableOffline, setAvailableOffline] = useState(false);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const container = navigator.serviceWorker;
    let cancelled = false;
    const check = () => {
      void container.ready
        .then((registration) => (registration.active ? askWorker(registration.active) : false))
        .then((complete) => {
          if (!cancelled) setAvailableOffline(complete);
        });
    };
    check();
    container.addEventListener("controllerchange", check);
    return () => {
      cancelled = true;
      container.removeEventListener("controllerchange", check);
    };
  }, []);

  return { online, availableOffline };
}
