"use client";

import { Link } from "@/components/link";
import { useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import {
  compareGroups,
  comparedUseCaseIds,
  MAX_COMPARED,
  MIN_COMPARED,
} from "@/components/workshop/compare";
import { PresentLink } from "@/components/workshop/present-link";
import { compareHref } from "@/components/workshop/links";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment } from "@/lib/engine";
import { answerLabel } from "@/lib/view/questions";
import { useWorkspace } from "@/state/workspace-provider";
import { CompareCards, CompareTable, type CompareColumn } from "./compare-table";

/**
 * Reads the assessment and the use cases to compare from the address, runs the engine on just
 * those (without flips, which a comparison does not show) and lays them side by side.
 */
export function CompareScreen() {
  const params = useSearchParams();
  const localId = params.get("a");
  const hydrated = useWorkspace((s) => s.hydrated);
  const saved = useWorkspace((s) =>
    localId === null ? undefined : s.assessments.find((a) => a.localId === localId),
  );

  if (!hydrated) return <CompareLoading />;
  if (!saved || localId === null) return <NothingToCompare missing={localId !== null} />;
  return (
    <Comparison
      localId={localId}
      assessment={saved.assessment}
      requested={params.getAll("u").join("\n")}
    />
  );
}

function Comparison({
  localId,
  assessment,
  requested,
}: {
  localId: string;
  assessment: Assessment;
  /** The ids of the use cases asked for (`u=`), one per line. */
  requested: string;
}) {
  const [onlyDifferences, setOnlyDifferences] = useState(true);
  // What the picker chose, ahead of the address catching up, so that a box ticks at once.
  const [picked, setPicked] = useState<string | null>(null);
  const selection = picked ?? requested;
  const chosen = useMemo(
    () => comparedUseCaseIds(assessment, selection === "" ? [] : selection.split("\n")),
    [assessment, selection],
  );
  const results = useMemo(() => {
    const useCases = chosen.flatMap((id) => assessment.useCases.filter((u) => u.id === id));
    return evaluateAssessment({ ...assessment, useCases }, content, { flips: false });
  }, [assessment, chosen]);
  const groups = useMemo(() => compareGroups(content, results), [results]);

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    // Keep the assessment's order, so columns do not jump about as they are picked.
    const ordered = assessment.useCases.map((u) => u.id).filter((u) => next.includes(u));
    setPicked(ordered.join("\n"));
    window.history.replaceState(null, "", compareHref(localId, ordered));
  };

  const columns: CompareColumn[] = results.useCases.map((u) => ({
    id: u.id,
    name: u.name,
    href: `/results/?${new URLSearchParams({ a: localId, u: u.id }).toString()}`,
  }));
  const shownGroups = groups.map((group) =>
    group.id === "answers" && onlyDifferences
      ? { ...group, rows: group.rows.filter((r) => r.differs) }
      : group,
  );
  const hiddenAnswers =
    (groups.find((g) => g.id === "answers")?.rows.length ?? 0) -
    (shownGroups.find((g) => g.id === "answers")?.rows.length ?? 0);
  const profile = [
    answerLabel(content, "aiTeam", results.organization.aiTeam),
    `${answerLabel(content, "securityMaturity", results.organization.securityMaturity).toLowerCase()} security`,
    answerLabel(content, "infrastructure", results.organization.infrastructure).toLowerCase(),
  ].join(" · ");

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6 sm:py-10 lg:px-8 2xl:max-w-[100rem] 2xl:py-14">
      <header className="flex flex-wrap items-end justify-between gap-x-6 gap-y-4">
        <div className="min-w-0">
          <p className="text-sm font-semibold tracking-wide text-accent uppercase 2xl:text-base">
            Compare
          </p>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-4xl 2xl:text-5xl">
            Why they came out differently
          </h1>
          <p className="mt-3 text-sm leading-6 text-ink-muted sm:text-base 2xl:text-lg">
            <span className="font-semibold text-ink">{assessment.title}</span> · shared by every use
            case: {profile}
            {results.assumedOrganization.length > 0 ? " (partly assumed)" : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link
            href={`/results/?${new URLSearchParams({ a: localId }).toString()}`}
            className="inline-flex min-h-11 items-center rounded-lg border border-line-strong bg-surface px-4 font-semibold hover:bg-surface-muted 2xl:text-lg"
          >
            Portfolio results
          </Link>
          <PresentLink localId={localId} />
        </div>
      </header>

      {assessment.useCases.length < MIN_COMPARED ? (
        <div className="mt-10 rounded-2xl border border-line bg-surface p-6 sm:p-8">
          <h2 className="text-xl font-semibold">Two use cases are needed to compare</h2>
          <p className="mt-2 text-ink-muted">
            This assessment has {assessment.useCases.length === 0 ? "none" : "one"} so far.
          </p>
          <Link
            href={`/assess/?${new URLSearchParams({ a: localId, step: "use-cases" }).toString()}`}
            className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-accent px-5 font-semibold text-accent-ink hover:bg-accent-strong"
          >
            Add a use case
          </Link>
        </div>
      ) : (
        <>
          <fieldset className="mt-8 2xl:mt-10">
            <legend className="text-sm font-semibold 2xl:text-lg">
              Use cases to compare{" "}
              <span className="font-normal text-ink-muted">
                ({MIN_COMPARED} to {MAX_COMPARED})
              </span>
            </legend>
            <div className="mt-3 flex flex-wrap gap-2">
              {assessment.useCases.map((useCase) => {
                const on = chosen.includes(useCase.id);
                const full = !on && chosen.length >= MAX_COMPARED;
                // The last one stays: a comparison of nothing would fall back to the first three.
                const last = on && chosen.length === 1;
                return (
                  <label
                    key={useCase.id}
                    className={`inline-flex min-h-11 items-center gap-2.5 rounded-full border px-4 text-sm font-medium transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent 2xl:text-lg ${
                      on
                        ? "border-accent bg-accent-soft text-ink"
                        : full
                          ? "cursor-not-allowed border-line text-ink-muted"
                          : "cursor-pointer border-line-strong bg-surface hover:bg-surface-muted"
                    }`}
                  >
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={full || last}
                      onChange={(event) => toggle(useCase.id, event.target.checked)}
                      className="size-4 accent-accent"
                    />
                    {useCase.name}
                  </label>
                );
              })}
            </div>
            <p aria-live="polite" className="mt-2 text-sm text-ink-muted 2xl:text-base">
              {chosen.length < MIN_COMPARED
                ? "Choose one more use case to compare."
                : chosen.length >= MAX_COMPARED
                  ? `${MAX_COMPARED} at most, to stay readable: untick one to swap it for another.`
                  : `${chosen.length} side by side.`}
            </p>
          </fieldset>

          <label className="mt-5 inline-flex cursor-pointer items-center gap-2.5 text-sm 2xl:text-lg">
            <input
              type="checkbox"
              checked={onlyDifferences}
              onChange={(event) => setOnlyDifferences(event.target.checked)}
              className="size-4 accent-accent"
            />
            Show only the answers that differ
            {onlyDifferences && hiddenAnswers > 0 ? (
              <span className="text-ink-muted">
                ({hiddenAnswers} shared answer{hiddenAnswers === 1 ? "" : "s"} hidden)
              </span>
            ) : null}
          </label>

          {columns.length > 0 ? (
            <div className="mt-5">
              <CompareTable columns={columns} groups={shownGroups} />
              <CompareCards columns={columns} groups={shownGroups} />
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}

export function CompareLoading() {
  return (
    <div
      role="status"
      className="mx-auto min-h-[100dvh] w-full max-w-6xl px-4 py-12 sm:px-6 lg:px-8"
    >
      <p className="flex items-center gap-3 text-ink-muted">
        <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-accent" />
        Opening the comparison…
      </p>
      <div aria-hidden="true" className="mt-8 h-96 animate-pulse rounded-2xl bg-surface-muted" />
    </div>
  );
}

function NothingToCompare({ missing }: { missing: boolean }) {
  return (
    <div className="mx-auto w-full max-w-2xl px-4 py-16 text-center sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Compare</p>
      <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance">
        {missing
          ? "This assessment is not saved in this browser"
          : "Choose an assessment to compare its use cases"}
      </h1>
      <p className="mt-4 leading-7 text-ink-muted">
        Open an assessment from your assessments, then press C, or choose “Compare use cases”.
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
