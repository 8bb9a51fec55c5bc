"use client";

import { Link } from "@/components/link";
import { useSearchParams } from "next/navigation";
import { startTransition, useEffect, useMemo, useState } from "react";

import { readShareAddress } from "@/components/share/share-address";
import { ShareLinkProblem } from "@/components/share/share-link-problem";
import { eyebrow, primaryAction, secondaryAction } from "@/components/share/styles";
import { useLocationHash } from "@/components/share/use-location-hash";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment } from "@/lib/engine";
import { decodeShareFragment } from "@/lib/share";
import { resultsHref } from "@/lib/view/links";
import { useWorkspace } from "@/state/workspace-provider";

import { printReport } from "./report-charts";
import { ReportDocument } from "./report-document";

/**
 * Which assessment to print: a shared link's (`#<payload>`, read from the fragment and never
 * saved), else the saved one named by `?a=`, else the active one.
 */
export function ReportScreen() {
  const params = useSearchParams();
  const requestedId = params.get("a");
  const hash = useLocationHash();
  const hydrated = useWorkspace((s) => s.hydrated);
  const saved = useWorkspace((s) =>
    s.assessments.find((x) => x.localId === (requestedId ?? s.activeId)),
  );

  if (hash === null) return <ReportLoading />;
  const { payload } = readShareAddress(hash);
  if (payload !== "") return <SharedReport payload={payload} />;
  if (!hydrated) return <ReportLoading />;
  if (!saved) return <NoAssessment requested={requestedId !== null} />;
  return (
    <Report
      assessment={saved.assessment}
      back={{
        href: resultsHref({ kind: "saved", localId: saved.localId }),
        label: "Back to the results",
      }}
    />
  );
}

function SharedReport({ payload }: { payload: string }) {
  const decoded = useMemo(() => decodeShareFragment(payload, content), [payload]);
  if (!decoded.ok) return <ShareLinkProblem error={decoded.error} />;
  return (
    <Report
      assessment={decoded.value}
      back={{ href: `/share/#${payload}`, label: "Back to the shared assessment" }}
    />
  );
}

/** Shown until the assessment and its results are ready. */
export function ReportLoading() {
  return (
    <div className="mx-auto min-h-[100dvh] w-full max-w-[680px] px-4 py-10 sm:px-0">
      <p className={eyebrow}>Report</p>
      <p role="status" className="mt-3 text-ink-muted">
        Preparing the report…
      </p>
    </div>
  );
}

function NoAssessment({ requested }: { requested: boolean }) {
  return (
    <div className="mx-auto min-h-[70dvh] w-full max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <p className={eyebrow}>Report</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
        {requested ? "This assessment is not in this browser" : "Nothing to report yet"}
      </h1>
      <p className="mt-5 text-lg leading-8 text-ink-muted">
        {requested
          ? "Assessments are kept only in the browser they were made in. Open the share link you were sent, or start an assessment here."
          : "Start an assessment, and its report is one click away on the results."}
      </p>
      <div className="mt-8 flex flex-col gap-3 sm:flex-row">
        <Link href="/assess/#new" className={primaryAction}>
          Start a new assessment
        </Link>
        <Link href="/assess/" className={secondaryAction}>
          Go to my assessments
        </Link>
      </div>
    </div>
  );
}

/**
 * The report with its toolbar. The engine runs once, after the first paint (it works out every
 * use case's flips, the costliest part), so the page answers at once.
 */
function Report({
  assessment,
  back,
}: {
  assessment: Assessment;
  back: { href: string; label: string };
}) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startTransition(() => setReady(true));
  }, []);
  const results = useMemo(
    () => (ready ? evaluateAssessment(assessment, content) : null),
    [ready, assessment],
  );
  const [preparedOn] = useState(() => new Date());

  return (
    <div className="px-4 pt-6 pb-16 sm:px-6 print:p-0">
      <div className="mx-auto flex w-full max-w-[680px] flex-wrap items-center justify-between gap-3 rounded-xl border border-line bg-surface-muted px-4 py-3 print:hidden">
        <Link
          href={back.href}
          className="text-sm font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
        >
          ← {back.label}
        </Link>
        <div className="flex items-center gap-3">
          <p className="hidden text-xs text-ink-muted sm:block">
            Choose “Save as PDF” in the print dialog.
          </p>
          <button
            type="button"
            onClick={() => void printReport()}
            disabled={!results}
            className={primaryAction}
          >
            Print / Save as PDF
          </button>
        </div>
      </div>
      <div className="mt-8 print:mt-0">
        {results ? (
          <ReportDocument assessment={assessment} results={results} preparedOn={preparedOn} />
        ) : (
          <p role="status" className="mx-auto max-w-[680px] text-ink-muted">
            Preparing the report…
          </p>
        )}
      </div>
    </div>
  );
}
