"use client";

import { Link } from "@/components/link";
import { useRouter, useSearchParams } from "next/navigation";
import {
  lazy,
  startTransition,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
} from "react";

import { useAnnounceStep } from "@/components/workshop/channel";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import type { ResultsSource } from "@/lib/view/links";
import { resultsHref } from "@/lib/view/links";
import { evaluateOneUseCase, evaluatePortfolio } from "@/lib/view/evaluate";
import { sampleAssessment } from "@/lib/view/sample";
import { useWorkspace, useWorkspaceStore } from "@/state/workspace-provider";

import { PortfolioView } from "./portfolio-view";
import { ResultsLoading } from "./results-loading";
import { DeferredFlipsSection } from "./deferred-flips";
import { UseCaseView } from "./use-case-view";
import { WhatIfToggle } from "./what-if-toggle";

/**
 * The share panel (link compression, QR code, exports) sits below the results; its code loads once
 * the results are on screen and the browser is idle, not before.
 */
const SharePanel = lazy(() =>
  import("@/components/share/share-panel").then((module) => ({ default: module.SharePanel })),
);

/** The what-if panel's code loads when it is first opened: most readers never open it. */
const WhatIf = lazy(() => import("./what-if").then((module) => ({ default: module.WhatIf })));

/**
 * Reads which results to show from the address, takes the assessment from the workspace (or the
 * sample), runs the engine on it and renders the portfolio or one use case beside the what-if
 * panel.
 *
 * Kept responsive on a phone's CPU: the engine is asked only for what the view shows (the
 * portfolio without flips, or the one use case with them); the first render of the results is a
 * transition, which React renders in slices that leave the main thread free; and the engine runs
 * on a deferred copy of the assessment, so a slider stays smooth while the results catch up.
 */
export function ResultsScreen() {
  const params = useSearchParams();
  const isSample = params.get("sample") !== null;
  const requestedId = params.get("a");
  const useCaseId = params.get("u");

  const hydrated = useWorkspace((s) => s.hydrated);
  const saved = useWorkspace((s) =>
    s.assessments.find((x) => x.localId === (requestedId ?? s.activeId)),
  );
  const sample = useMemo(() => (isSample ? sampleAssessment(content) : undefined), [isSample]);
  const assessment: Assessment | undefined = isSample ? sample : saved?.assessment;
  const deferred = useDeferredValue(assessment);

  // Even the sample waits for the saved workspace to be read: a store that changes while a
  // transition renders makes React redo that render in one blocking piece.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (hydrated && !ready) startTransition(() => setReady(true));
  }, [hydrated, ready]);

  const results = useMemo(() => {
    if (!ready || !deferred) return null;
    return useCaseId
      ? evaluateOneUseCase(deferred, useCaseId, content, { flips: false })
      : evaluatePortfolio(deferred, content);
  }, [ready, deferred, useCaseId]);
  const [whatIfOpen, setWhatIfOpen] = useState(false);
  // Workshop: a presenter following the facilitator shows these results (ADR 0006).
  useAnnounceStep(
    isSample ? undefined : saved?.localId,
    useCaseId ? `${useCaseId}:review` : "portfolio",
  );

  if (!ready) return <ResultsLoading />;
  if (!assessment) return <NoAssessment requestedId={requestedId} />;

  const source: ResultsSource = isSample
    ? { kind: "sample" }
    : { kind: "saved", localId: saved?.localId ?? "" };
  const useCase = useCaseId ? results?.useCases[0] : undefined;

  const toggle = <WhatIfToggle open={whatIfOpen} onToggle={() => setWhatIfOpen((open) => !open)} />;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10 lg:px-8 2xl:py-14">
      {isSample ? <SampleBanner assessment={assessment} /> : null}
      <div
        className={
          whatIfOpen
            ? "grid gap-10 lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-8 xl:grid-cols-[minmax(0,1fr)_21rem] xl:gap-10"
            : undefined
        }
      >
        <div className="min-w-0">
          {assessment.useCases.length === 0 ? (
            <NoUseCases title={assessment.title} source={source} />
          ) : !results || (useCaseId && !useCase) ? (
            <MissingUseCase source={source} />
          ) : useCase ? (
            <UseCaseView
              results={results}
              result={useCase}
              flips={
                deferred ? (
                  <DeferredFlipsSection
                    assessment={deferred}
                    useCaseId={useCase.id}
                    source={source}
                  />
                ) : null
              }
              source={source}
              assessment={assessment}
              actions={toggle}
            />
          ) : (
            <PortfolioView results={results} source={source} actions={toggle} />
          )}
          {source.kind === "saved" ? (
            <WhenIdle>
              <Suspense fallback={null}>
                <SharePanel assessment={assessment} localId={source.localId} className="mt-12" />
              </Suspense>
            </WhenIdle>
          ) : null}
        </div>
        {whatIfOpen && results ? (
          <Suspense
            fallback={
              <p
                role="status"
                className="self-start rounded-2xl border border-line bg-surface-muted p-5 text-sm text-ink-muted"
              >
                Opening what if…
              </p>
            }
          >
            <WhatIf
              assessment={assessment}
              results={results}
              source={source}
              onClose={() => setWhatIfOpen(false)}
            />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}

function SampleBanner({ assessment }: { assessment: Assessment }) {
  const store = useWorkspaceStore();
  const router = useRouter();
  const copy = () => {
    const localId = store
      .getState()
      .addAssessment({ ...assessment, title: "My copy of the sample portfolio" });
    router.push(resultsHref({ kind: "saved", localId }));
  };
  return (
    <div className="mb-8 flex flex-col gap-3 rounded-xl border border-accent/30 bg-accent-soft p-4 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm leading-6">
        <span className="font-semibold">Sample portfolio.</span> Six use cases from Crossover&apos;s
        templates, four answered in full and two on the quick path only. Make a copy to change
        answers, weights and costs.
      </p>
      <div className="flex shrink-0 flex-wrap gap-2">
        <button
          type="button"
          onClick={copy}
          className="inline-flex min-h-10 items-center rounded-lg bg-accent px-4 text-sm font-semibold text-accent-ink hover:bg-accent-strong"
        >
          Make an editable copy
        </button>
        <Link
          href="/assess/"
          className="inline-flex min-h-10 items-center rounded-lg border border-line-strong bg-surface px-4 text-sm font-semibold hover:bg-surface-muted"
        >
          Start your own
        </Link>
      </div>
    </div>
  );
}

function EmptyState({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto min-h-[70dvh] max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Results</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
        {title}
      </h1>
      <div className="mt-5 space-y-6 text-base leading-7 text-ink-muted sm:text-lg sm:leading-8">
        {children}
      </div>
    </div>
  );
}

const primaryButton =
  "inline-flex min-h-12 items-center justify-center rounded-lg bg-accent px-6 font-semibold text-accent-ink shadow-sm hover:bg-accent-strong";
const secondaryButton =
  "inline-flex min-h-12 items-center justify-center rounded-lg border border-line-strong bg-surface px-6 font-semibold text-ink hover:bg-surface-muted";

function NoAssessment({ requestedId }: { requestedId: string | null }) {
  return (
    <EmptyState title={requestedId ? "This assessment is not in this browser" : "No results yet"}>
      <p>
        {requestedId
          ? "Assessments are kept only in the browser they were made in. Open the link you were sent, or start a new one here."
          : "Answer a few questions about your use cases and the recommendations appear here. Or look around the sample portfolio first."}
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/assess/" className={primaryButton}>
          Start an assessment
        </Link>
        <Link href="/results/?sample=1" className={secondaryButton}>
          See a sample portfolio
        </Link>
      </div>
    </EmptyState>
  );
}

function NoUseCases({ title, source }: { title: string; source: ResultsSource }) {
  return (
    <div>
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Results</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
        {title}
      </h1>
      <p className="mt-4 text-ink-muted">
        This assessment has no use cases yet. Add one to see its recommendation.
      </p>
      {source.kind === "saved" ? (
        <Link
          href={`/assess/?a=${encodeURIComponent(source.localId)}`}
          className={`mt-6 ${primaryButton}`}
        >
          Add a use case
        </Link>
      ) : null}
    </div>
  );
}

function MissingUseCase({ source }: { source: ResultsSource }) {
  return (
    <div>
      <h1 className="text-2xl font-semibold tracking-tight">
        This use case is not in the assessment
      </h1>
      <p className="mt-3 text-ink-muted">It may have been removed or renamed.</p>
      <Link href={resultsHref(source)} className={`mt-6 ${secondaryButton}`}>
        Back to the portfolio
      </Link>
    </div>
  );
}

/** Renders its children once the browser is idle after the first paint (or after a second at most). */
function WhenIdle({ children }: { children: React.ReactNode }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(timer);
  }, []);
  return idle ? children : null;
}
