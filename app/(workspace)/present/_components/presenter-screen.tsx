"use client";

import { Link } from "@/components/link";
import { useSearchParams } from "next/navigation";
import { useWorkspace } from "@/state/workspace-provider";
import { Presenter } from "./presenter";

/**
 * Reads the assessment to present from the address (`?a=`) and the slide to open (`&s=`), and
 * waits for the saved workspace before showing anything, so that the room never sees
 * "not found" flash by.
 */
export function PresenterScreen() {
  const params = useSearchParams();
  const localId = params.get("a");
  const hydrated = useWorkspace((s) => s.hydrated);
  const saved = useWorkspace((s) =>
    localId === null ? undefined : s.assessments.find((a) => a.localId === localId),
  );

  if (!hydrated) return <PresenterLoading />;
  if (!saved) return <NothingToPresent missing={localId !== null} />;
  return <Presenter key={saved.localId} saved={saved} initialSlide={params.get("s")} />;
}

export function PresenterLoading() {
  return (
    <div role="status" className="fixed inset-0 z-50 flex items-center justify-center bg-canvas">
      <p className="flex items-center gap-3 text-lg text-ink-muted">
        <span aria-hidden="true" className="size-2.5 animate-pulse rounded-full bg-accent" />
        Opening the presentation…
      </p>
    </div>
  );
}

function NothingToPresent({ missing }: { missing: boolean }) {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 text-center sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Present</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance">
        {missing
          ? "This assessment is not saved in this browser"
          : "Choose an assessment to present"}
      </h1>
      <p className="mt-4 leading-7 text-ink-muted">
        The presenter shows an assessment kept in this browser. Open one from your assessments and
        choose “Present”, or press P while it is open.
      </p>
      <Link
        href="/assess/"
        className="mt-8 inline-flex min-h-11 items-center justify-center rounded-lg bg-accent px-5 font-semibold text-accent-ink shadow-sm hover:bg-accent-strong"
      >
        Go to my assessments
      </Link>
    </div>
  );
}
