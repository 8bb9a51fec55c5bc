"use client";

import { useEffect, useRef } from "react";

import { AssumptionsPanel } from "@/components/results/assumptions-panel";
import { WeightsPanel } from "@/components/results/weights-panel";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import type { AssessmentResults } from "@/lib/engine";
import { assumptionRows, weightRows } from "@/lib/view/assumptions";
import type { ResultsSource } from "@/lib/view/links";
import { useWorkspaceStore } from "@/state/workspace-provider";

/**
 * The workshop's what-if: criterion weights and cost assumptions, written to the assessment as they
 * change (they travel with it). Beside the results on a wide screen, so a room sees both at once;
 * below them on a phone, where opening it scrolls to it.
 */
export function WhatIf({
  assessment,
  results,
  source,
  onClose,
}: {
  assessment: Assessment;
  results: AssessmentResults;
  source: ResultsSource;
  onClose: () => void;
}) {
  const store = useWorkspaceStore();
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    // Beside the results there is nothing to scroll to; below them, bring the panel into view.
    if (!window.matchMedia("(min-width: 64rem)").matches)
      element.scrollIntoView({ block: "start" });
    element.focus({ preventScroll: true });
  }, []);

  return (
    <aside
      ref={panel}
      id="what-if"
      tabIndex={-1}
      aria-labelledby="what-if-heading"
      className="scroll-mt-4 self-start rounded-2xl border border-line bg-surface-muted p-4 focus:outline-none sm:p-5 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id="what-if-heading" className="text-lg font-semibold tracking-tight 2xl:text-xl">
          What if…
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="-mt-1 -mr-1 inline-flex min-h-9 items-center rounded-md px-2 text-sm font-medium text-ink-muted hover:bg-surface hover:text-ink"
        >
          Close
        </button>
      </div>
      {source.kind === "sample" ? (
        <p className="mt-2 text-sm leading-6 text-ink-muted">
          Weights and cost assumptions can be changed on your own copy of the sample: use “Make an
          editable copy” above.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm leading-6 text-ink-muted">
            Every result updates as you change these. They are saved with the assessment.
          </p>
          <div className="mt-5 space-y-8">
            <WeightsPanel
              rows={weightRows(content, assessment.weights)}
              onChange={(criterion, value) =>
                store.getState().setWeight(source.localId, criterion, value)
              }
              onReset={() => store.getState().resetWeights(source.localId)}
            />
            <AssumptionsPanel
              rows={assumptionRows(content, results.assumptions, assessment.assumptions)}
              onChange={(id, value) => store.getState().setAssumption(source.localId, id, value)}
              onReset={() => store.getState().resetAssumptions(source.localId)}
            />
          </div>
        </>
      )}
    </aside>
  );
}
