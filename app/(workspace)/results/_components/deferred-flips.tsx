"use client";

import { startTransition, useEffect, useMemo, useState } from "react";

import { FlipsSection } from "@/components/results/flips-section";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import type { ResultsSource } from "@/lib/view/links";
import { evaluateOneUseCase } from "@/lib/view/evaluate";

/**
 * What would change the answer, worked out in a task of its own after the rest of the use case
 * has rendered: the flips are the costliest part of a use case's results (each is a
 * re-evaluation) and their section is far below the answer, so a phone's main thread never does
 * both in one stretch. Then they follow every change of the assessment, as the rest does.
 */
export function DeferredFlipsSection({
  assessment,
  useCaseId,
  source,
}: {
  assessment: Assessment;
  useCaseId: string;
  source: ResultsSource;
}) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const timer = window.setTimeout(() => startTransition(() => setWanted(true)), 0);
    return () => window.clearTimeout(timer);
  }, [wanted]);
  const result = useMemo(
    () =>
      wanted ? (evaluateOneUseCase(assessment, useCaseId, content)?.useCases[0] ?? null) : null,
    [wanted, assessment, useCaseId],
  );
  return <FlipsSection result={result} source={source} />;
}
