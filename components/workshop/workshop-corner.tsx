"use client";

import { usePathname } from "next/navigation";
import { screenOfPath } from "./shortcut-list";
import { useShortcuts } from "./shortcuts";
import { useOfflineStatus } from "./use-offline-status";

/**
 * The foot of the workspace screens: the way to the keyboard shortcuts, for those who do not press
 * `?`, and whether the app would keep working offline. In the page's flow, above the footer, so
 * that it never covers anything; only "Offline" — news worth interrupting for — stays in view,
 * in the corner. Not on the presenter, which has its own controls.
 */
export function WorkshopCorner() {
  const screen = screenOfPath(usePathname());
  const { online, availableOffline } = useOfflineStatus();
  const { showHelp } = useShortcuts();
  if (screen === "present") return null;

  return (
    <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center justify-end gap-2 px-4 pb-5 sm:px-6 lg:px-8 2xl:max-w-[100rem] print:hidden">
      <button
        type="button"
        onClick={showHelp}
        className="hidden min-h-8 items-center gap-1.5 rounded-full border border-line bg-surface px-3 text-xs font-medium text-ink-muted transition-colors hover:text-ink sm:inline-flex 2xl:text-sm"
      >
        <KeyboardIcon />
        Keyboard shortcuts
        <kbd className="rounded border border-line-strong px-1 font-sans text-[0.7rem] leading-4">
          ?
        </kbd>
      </button>
      <OfflineBadge online={online} availableOffline={availableOffline} />
    </div>
  );
}

/**
 * "Available offline" once the whole app is cached; "Offline", pinned to the corner of the
 * screen, while the network is off. Quiet on purpose: it says something only when there is
 * something worth knowing.
 */
export function OfflineBadge({
  online,
  availableOffline,
}: {
  online: boolean;
  availableOffline: boolean;
}) {
  const state = !online ? "offline" : availableOffline ? "ready" : null;
  return (
    <div role="status" className="inline-flex">
      {state === "offline" ? (
        <span
          title="The network is off. Crossover keeps working from the copy in this browser, and your answers are saved here."
          className="fixed bottom-3 left-3 z-30 inline-flex min-h-8 items-center gap-1.5 rounded-full border border-amber-600/50 bg-amber-50 px-3 text-xs font-semibold text-amber-950 shadow-md 2xl:text-sm dark:border-amber-400/50 dark:bg-amber-950 dark:text-amber-100"
        >
          <span aria-hidden="true" className="size-2 rounded-full bg-amber-600 dark:bg-amber-400" />
          Offline
          <span className="font-normal">
            {availableOffline ? "· everything still works" : "· some pages may not open"}
          </span>
        </span>
      ) : state === "ready" ? (
        <span
          title="Every page is saved in this browser: Crossover keeps working if the network drops."
          className="inline-flex min-h-8 items-center gap-1.5 rounded-full border border-line bg-surface px-3 text-xs font-medium text-ink-muted 2xl:text-sm"
        >
          <CheckIcon />
          Available offline
        </span>
      ) : null}
    </div>
  );
}

function KeyboardIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <rect x="2" y="5" width="16" height="10" rx="1.75" />
      <path d="M5.5 8.25h.01M8.5 8.25h.01M11.5 8.25h.01M14.5 8.25h.01M6.5 11.75h7" />
    </svg>
  );
}

function CheckIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-4 text-opt-open-managed"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 10.5 8.75 13 14 7.5" />
      <circle cx="10" cy="10" r="7.25" strokeWidth="1.4" />
    </svg>
  );
}
