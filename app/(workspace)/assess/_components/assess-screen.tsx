"use client";

import { Link } from "@/components/link";
import { useSearchParams } from "next/navigation";
import { lazy, Suspense, useEffect } from "react";
import { useWorkspace, useWorkspaceStore } from "@/state/workspace-provider";
import { AssessmentsList } from "./assessments-list";
import { eyebrow, primaryButton } from "./styles";

/**
 * The questionnaire, with the content and the engine it brings, loads when an assessment is
 * opened: the list of assessments, where most visits start, needs neither.
 */
const Questionnaire = lazy(() =>
  import("./questionnaire").then((module) => ({ default: module.Questionnaire })),
);

const steps = ["use-cases", "preview", "review"] as const;
type NamedStep = (typeof steps)[number];
const isNamedStep = (value: string | null): value is NamedStep => steps.some((s) => s === value);

/**
 * /assess/ reads its address in the browser (the page is static): no `a`, the list of
 * assessments; `a`, that assessment's questionnaire, at the use case, question or step named.
 */
export function AssessScreen() {
  const params = useSearchParams();
  const store = useWorkspaceStore();
  const hydrated = useWorkspace((s) => s.hydrated);
  const localId = params.get("a");
  const saved = useWorkspace((s) =>
    localId === null ? undefined : s.assessments.find((a) => a.localId === localId),
  );
  const found = saved !== undefined;

  useEffect(() => {
    if (localId !== null && found && store.getState().activeId !== localId)
      store.getState().setActive(localId);
  }, [localId, found, store]);

  if (!hydrated) return <AssessLoading />;
  if (localId === null) return <AssessmentsList />;
  if (!saved) return <MissingAssessment />;
  const step = params.get("step");
  return (
    <Suspense fallback={<AssessLoading />}>
      <Questionnaire
        saved={saved}
        address={{
          useCaseId: params.get("u") ?? undefined,
          questionId: params.get("q") ?? undefined,
          step: isNamedStep(step) ? step : undefined,
        }}
      />
    </Suspense>
  );
}

/**
 * Shown until the saved work has been read: calm, never "no assessments" by mistake, and as tall
 * as a screen, so the footer does not show and then jump away when the list arrives.
 */
export function AssessLoading() {
  return (
    <div
      role="status"
      className="mx-auto min-h-[100dvh] w-full max-w-4xl px-4 py-12 sm:px-6 lg:py-16"
    >
      <p className="flex items-center gap-3 text-ink-muted">
        <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-accent" />
        Opening your saved assessments…
      </p>
      <noscript>
        <p className="mt-4 max-w-prose text-ink">
          The questionnaire runs in your browser and keeps your answers there, which needs
          JavaScript. Turn it on for this site, or read the guide in the meantime.
        </p>
      </noscript>
      <div aria-hidden="true" className="mt-8 grid gap-3">
        <div className="h-28 animate-pulse rounded-2xl bg-surface-muted" />
        <div className="h-16 animate-pulse rounded-2xl bg-surface-muted/70" />
        <div className="h-16 animate-pulse rounded-2xl bg-surface-muted/50" />
      </div>
    </div>
  );
}

function MissingAssessment() {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 text-center sm:px-6">
      <p className={eyebrow}>Not in this browser</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight">
        This assessment is not saved here
      </h1>
      <p className="mt-4 leading-7 text-ink-muted">
        Assessments are kept in the browser where they were made, and nowhere else. It may have been
        deleted, or made in another browser or on another device. If someone shared it with you,
        open the link they sent.
      </p>
      <Link href="/assess/" className={`${primaryButton} mt-8`}>
        Go to my assessments
      </Link>
    </div>
  );
}
