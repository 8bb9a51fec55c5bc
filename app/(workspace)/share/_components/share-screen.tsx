"use client";

import { useRouter } from "next/navigation";
import {
  useEffect,
  useMemo,
  useRef,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from "react";

import { PortfolioView } from "@/app/(workspace)/results/_components/portfolio-view";
import { UseCaseView } from "@/app/(workspace)/results/_components/use-case-view";
import { FlipsSection } from "@/components/results/flips-section";
import { SharePanel } from "@/components/share/share-panel";
import { readShareAddress, shareAddressHash } from "@/components/share/share-address";
import { ShareLinkProblem } from "@/components/share/share-link-problem";
import { eyebrow, primaryAction } from "@/components/share/styles";
import { useLocationHash } from "@/components/share/use-location-hash";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { decodeShareFragment } from "@/lib/share";
import { evaluateOneUseCase, evaluatePortfolio } from "@/lib/view/evaluate";
import { resultsHref, type ResultsSource } from "@/lib/view/links";
import { useWorkspace, useWorkspaceStore } from "@/state/workspace-provider";

/**
 * The results components take a source. "sample" is the one with nothing to edit: no links into
 * the questionnaire, no "Edit answers", no what-if. Their links between the portfolio and its use
 * cases point at /results/, so the view below catches those clicks and turns them into moves
 * within this page's fragment.
 */
const readOnlySource: ResultsSource = { kind: "sample" };

/** Reads the link from the address (after loading: the static HTML cannot know it) and decodes it. */
export function ShareScreen() {
  const hash = useLocationHash();
  if (hash === null) return <ShareLoading />;
  return <SharedAssessment hash={hash} />;
}

function ShareLoading() {
  return (
    <div className="mx-auto min-h-[100dvh] max-w-6xl px-4 py-8 sm:px-6 sm:py-10 lg:px-8">
      <p className={eyebrow}>Shared assessment</p>
      <p role="status" className="mt-3 text-ink-muted">
        Opening the shared assessment…
      </p>
    </div>
  );
}

function SharedAssessment({ hash }: { hash: string }) {
  const { payload, useCase } = readShareAddress(hash);
  const decoded = useMemo(() => decodeShareFragment(payload, content), [payload]);
  if (!decoded.ok) return <ShareLinkProblem error={decoded.error} />;
  return <SharedResults assessment={decoded.value} payload={payload} position={useCase} />;
}

/** The results of the shared assessment, as the results page shows them, with nothing to edit. */
function SharedResults({
  assessment,
  payload,
  position,
}: {
  assessment: Assessment;
  payload: string;
  /** 1-based position of the use case shown; null for the portfolio. */
  position: number | null;
}) {
  const useCase = position === null ? undefined : assessment.useCases[position - 1];
  const results = useMemo(
    () =>
      useCase
        ? evaluateOneUseCase(assessment, useCase.id, content)
        : evaluatePortfolio(assessment, content),
    [assessment, useCase],
  );
  const result = useCase ? results?.useCases[0] : undefined;

  const view = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // After a move between the portfolio and a use case, start reading at the top, as a new page.
    if (!moved.current) return;
    moved.current = false;
    window.scrollTo({ top: 0 });
    view.current?.focus({ preventScroll: true });
  }, [position]);

  const hrefFor = (n: number | null) =>
    `${window.location.pathname}${shareAddressHash(payload, n)}`;
  const positionOf = (link: HTMLAnchorElement): number | null | undefined => {
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname !== "/results/") return undefined;
    const id = url.searchParams.get("u");
    const index = id === null ? -1 : assessment.useCases.findIndex((u) => u.id === id);
    return index >= 0 ? index + 1 : null;
  };
  const onClickCapture = (event: ReactMouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (!link) return;
    const target = positionOf(link);
    if (target === undefined) return;
    event.preventDefault();
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      window.open(hrefFor(target), "_blank", "noopener");
      return;
    }
    moved.current = true;
    window.location.hash = shareAddressHash(payload, target);
  };

  let body: ReactNode;
  if (assessment.useCases.length === 0) {
    body = (
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-4xl 2xl:text-5xl">
          {assessment.title}
        </h1>
        <p className="mt-4 text-ink-muted">This assessment has no use cases yet.</p>
      </div>
    );
  } else if (useCase && results && result) {
    body = (
      <UseCaseView
        results={results}
        result={result}
        flips={<FlipsSection result={result} source={readOnlySource} />}
        source={readOnlySource}
        assessment={assessment}
      />
    );
  } else {
    body = results ? <PortfolioView results={results} source={readOnlySource} /> : null;
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6 sm:py-10 lg:px-8 2xl:py-14">
      <ReadOnlyBanner assessment={assessment} />
      <div
        ref={view}
        tabIndex={-1}
        onClickCapture={onClickCapture}
        onAuxClickCapture={onClickCapture}
        className="focus:outline-none"
        data-testid="shared-results"
      >
        {body}
      </div>
      <SharePanel assessment={assessment} className="mt-12" />
    </div>
  );
}

/** Says, before anything else, that this is someone else's assessment, and how to make it one's own. */
function ReadOnlyBanner({ assessment }: { assessment: Assessment }) {
  const store = useWorkspaceStore();
  const router = useRouter();
  // The copy goes into the saved workspace, so wait until it has been read.
  const hydrated = useWorkspace((s) => s.hydrated);
  const copy = () => {
    const localId = store.getState().addAssessment(assessment);
    router.push(resultsHref({ kind: "saved", localId }));
  };
  return (
    <section
      aria-label="Shared assessment — read-only"
      className="mb-10 flex flex-col gap-4 rounded-2xl border border-accent/40 bg-accent-soft p-5 sm:flex-row sm:items-center sm:justify-between sm:p-6"
      data-testid="read-only-banner"
    >
      <div className="min-w-0">
        <p className="flex items-center gap-2 font-semibold">
          <EyeIcon />
          <span>
            Shared assessment <span className="whitespace-nowrap">— read-only</span>
          </span>
        </p>
        <p className="mt-1 text-sm leading-6 text-ink sm:text-base sm:leading-7">
          <span className="font-medium break-words">“{assessment.title}”</span> was shared with you
          as a link. Everything here comes from the link; nothing is saved in this browser unless
          you make a copy.
        </p>
      </div>
      <div className="flex shrink-0 flex-col gap-1 sm:items-end">
        <button type="button" onClick={copy} disabled={!hydrated} className={primaryAction}>
          Make an editable copy
        </button>
        <p className="text-xs text-ink-muted sm:text-right">
          Added to My assessments; the others stay as they are.
        </p>
      </div>
    </section>
  );
}

function EyeIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="size-5 shrink-0 text-accent"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
    >
      <path d="M1.8 10S4.8 4.5 10 4.5 18.2 10 18.2 10 15.2 15.5 10 15.5 1.8 10 1.8 10Z" />
      <circle cx="10" cy="10" r="2.5" />
    </svg>
  );
}
