"use client";

import { Link } from "@/components/link";
import type { ReactNode } from "react";
import { content } from "@/content";
import type { Question } from "@/content/schema";
import { formatWholeNumber } from "@/components/questionnaire/numbers";
import type { UseCase } from "@/lib/assessment/schema";
import type { UseCaseResult } from "@/lib/engine";
import { assessHref, followInPage, resultsHref } from "./navigation";
import { RecommendationCard } from "./recommendation-card";
import { StepFrame } from "./step-frame";
import { accentLink, primaryButton, secondaryButton } from "./styles";

/** An answer as the user would read it: the option's label, or the number with its unit. */
export function describeValue(questionId: string, value: string | number): string {
  const question = content.questions.find((q) => q.id === questionId);
  if (typeof value === "number") return formatWholeNumber(value);
  if (question?.kind !== "choice") return value;
  return question.options.find((o) => o.value === value)?.label ?? value;
}

function shortLabel(questionId: string): string {
  return content.questions.find((q) => q.id === questionId)?.shortLabel ?? questionId;
}

interface SummaryStepProps {
  localId: string;
  useCase: UseCase;
  result: UseCaseResult | undefined;
  ready: boolean;
  /** Quick-path questions still open, the organization's included, with where to answer them. */
  stillNeeded: { question: Question; href: string }[];
  progress: string;
  fraction: number;
  context: ReactNode;
  back: ReactNode;
}

/** The first recommendation, straight after the quick path; the refinements come next. */
export function PreviewStep({
  localId,
  useCase,
  result,
  ready,
  stillNeeded,
  refinements,
  skipHref,
  skipLabel,
  onNext,
  ...frame
}: SummaryStepProps & {
  /** How many questions refine the recommendation. */
  refinements: number;
  /** Past the refinements: the next use case, or the use cases. */
  skipHref: string;
  skipLabel: string;
  onNext: () => void;
}) {
  return (
    <StepFrame
      {...frame}
      heading={<>First recommendation for “{useCase.name}”</>}
      onSubmit={onNext}
      actions={
        <>
          {frame.back}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:flex-wrap">
            <a href={skipHref} onClick={followInPage} className={secondaryButton}>
              {skipLabel}
            </a>
            {refinements > 0 ? (
              <button type="submit" className={primaryButton}>
                Refine the answers
              </button>
            ) : null}
          </div>
        </>
      }
    >
      <StillNeeded items={stillNeeded} />
      {result ? <RecommendationCard result={result} /> : null}
      <p className="mt-5 max-w-prose leading-7 text-ink-muted 2xl:text-xl 2xl:leading-9">
        {refinements > 0
          ? `${refinements} more question${refinements === 1 ? "" : "s"} refine it. ${
              useCase.template
                ? "They come pre-filled from the template: confirm or change each one, or leave them as assumed."
                : "Answer what you know; what you leave is assumed, and the results say so."
            }`
          : null}
      </p>
      {ready ? (
        <p className="mt-3">
          <Link
            href={resultsHref(localId, useCase.id)}
            className={`${accentLink} -ml-2.5 2xl:text-lg`}
          >
            See the full results for “{useCase.name}”
          </Link>
        </p>
      ) : null}
    </StepFrame>
  );
}

/** The recommendation once the refinements are done, and what it still assumes. */
export function ReviewStep({
  localId,
  useCase,
  result,
  ready,
  stillNeeded,
  nextUseCase,
  ...frame
}: SummaryStepProps & { nextUseCase: UseCase | undefined }) {
  const assumed = result?.assumed ?? [];
  return (
    <StepFrame
      {...frame}
      heading={<>Recommendation for “{useCase.name}”</>}
      actions={
        <>
          {frame.back}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:flex-wrap">
            {nextUseCase ? (
              <>
                <a
                  href={assessHref(localId, { step: "use-cases" })}
                  onClick={followInPage}
                  className={secondaryButton}
                >
                  All use cases
                </a>
                <a
                  href={assessHref(localId, { useCaseId: nextUseCase.id })}
                  onClick={followInPage}
                  className={primaryButton}
                >
                  Next use case: “{nextUseCase.name}”
                </a>
              </>
            ) : (
              <>
                <a
                  href={assessHref(localId, { step: "use-cases" })}
                  onClick={followInPage}
                  className={ready ? secondaryButton : primaryButton}
                >
                  Add or review use cases
                </a>
                {ready ? (
                  <Link href={resultsHref(localId)} className={primaryButton}>
                    See the results
                  </Link>
                ) : null}
              </>
            )}
          </div>
        </>
      }
    >
      <StillNeeded items={stillNeeded} />
      {result ? <RecommendationCard result={result} /> : null}
      <h2 className="mt-8 font-semibold text-ink 2xl:text-2xl">
        {assumed.length > 0 ? "Still assumed" : "Nothing assumed: every answer was given"}
      </h2>
      {assumed.length > 0 ? (
        <>
          <p className="mt-1 text-sm text-ink-muted 2xl:text-lg">
            These answers come from the template or from typical values. Change any that do not fit.
          </p>
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line">
            {assumed.map((item) => (
              <li
                key={item.question}
                className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2.5 2xl:py-4"
              >
                <span className="min-w-0 text-sm 2xl:text-lg">
                  <span className="font-medium text-ink">{shortLabel(item.question)}: </span>
                  <span className="text-ink-muted">
                    {describeValue(item.question, item.value)} (
                    {item.source === "template" ? "from the template" : "typical value"})
                  </span>
                </span>
                <a
                  href={assessHref(localId, { useCaseId: useCase.id, questionId: item.question })}
                  onClick={followInPage}
                  className={`${accentLink} max-sm:-ml-2.5`}
                >
                  Change<span className="sr-only"> {shortLabel(item.question)}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ready ? (
        <p className="mt-5">
          <Link
            href={resultsHref(localId, useCase.id)}
            className={`${accentLink} -ml-2.5 2xl:text-lg`}
          >
            See the full results for “{useCase.name}”
          </Link>
        </p>
      ) : null}
    </StepFrame>
  );
}

function StillNeeded({ items }: { items: { question: Question; href: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mb-5 rounded-xl border border-amber-600/40 bg-amber-50 px-4 py-3 text-sm text-amber-950 2xl:text-lg dark:bg-amber-950/40 dark:text-amber-100">
      <p className="font-semibold">Provisional: a quick-path question is still open</p>
      <p className="mt-1">
        Answer it, or choose “Not sure”, for a recommendation you can rely on:{" "}
        {items.map((item, i) => (
          <span key={item.question.id}>
            {i > 0 ? ", " : ""}
            <a
              href={item.href}
              onClick={followInPage}
              className="font-medium underline underline-offset-4"
            >
              {item.question.shortLabel}
            </a>
          </span>
        ))}
        .
      </p>
    </div>
  );
}
