"use client";

import { useWorkspace, useWorkspaceStore } from "@/state/workspace-provider";

/**
 * Tells the user, once, that saved work could not be read in full, and offers the damaged text
 * (kept aside in this browser) as a download so nothing is lost for good.
 */
export function RecoveryNotice() {
  const recovery = useWorkspace((s) => s.recovery);
  const store = useWorkspaceStore();
  if (!recovery) return null;

  const download = () => {
    const raw = window.localStorage.getItem(recovery.backupKey) ?? "";
    const url = URL.createObjectURL(new Blob([raw], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "crossover-saved-work-backup.json";
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div role="alert" className="mx-auto mt-4 w-full max-w-5xl px-4 sm:px-6">
      <div className="rounded-lg border border-amber-500/50 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
        <p className="font-semibold">Some saved work could not be opened</p>
        <p className="mt-1 text-sm">
          We could not read everything saved in this browser: {recovery.reason}. What could be read
          is here; the rest was kept aside as a backup, untouched.
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={download}
            className="rounded-md border border-amber-700/40 px-3 py-1.5 text-sm font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:hover:bg-amber-900/50"
          >
            Download the backup
          </button>
          <button
            type="button"
            onClick={() => store.getState().dismissRecovery()}
            className="rounded-md px-3 py-1.5 text-sm font-medium underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
