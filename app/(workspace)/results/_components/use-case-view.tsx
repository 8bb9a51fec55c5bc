import { Link } from "@/components/link";
import { useState, type ReactNode } from "react";

import { AnswersSection } from "@/components/results/answers-section";
import { RevealInTurn } from "@/components/results/progressive";
import { CostSection } from "@/components/results/cost-section";
import { DriversSection } from "@/components/results/drivers-section";
import { FitSection } from "@/components/results/fit-section";
import { RecommendationCard } from "@/components/results/recommendation";
import { RisksSection } from "@/components/results/risks-section";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { resultsHref, type ResultsSource } from "@/lib/view/links";

const contents = [
  { id: "why", label: "Why" },
  { id: "fit", label: "Fit" },
  { id: "cost", label: "Cost" },
  { id: "what-would-change-it", label: "What would change it" },
  { id: "risks", label: "Risks and steps" },
  { id: "answers", label: "Answers" },
] as const;

/** One use case: the recommendation first, then why, fit, cost, what would change it, the plan and the answers. */
export function UseCaseView({
  results,
  result,
  flips,
  source,
  assessment,
  actions,
}: {
  results: AssessmentResults;
  result: UseCaseResult;
  /**
   * The section on what would change the answer: `FlipsSection` for a result with its flips, or
   * `DeferredFlipsSection`, which works them out after the rest has painted.
   */
  flips: ReactNode;
  source: ResultsSource;
  assessment: Assessment;
  /** Controls shown at the top right (the what-if toggle). */
  actions?: ReactNode;
}) {
  // Prices' ages are reckoned from when the page was opened.
  const [today] = useState(() => new Date());
  // The neighbours come from the assessment: the results hold this use case alone.
  const { useCases } = assessment;
  const index = useCases.findIndex((u) => u.id === result.id);
  const previous = useCases[index - 1];
  const next = useCases[index + 1];
  const template = result.template
    ? content.templates.find((t) => t.id === result.template)
    : undefined;
  return (
    <div className="space-y-10">
      <header>
        <div className="flex items-start justify-between gap-4">
          <nav aria-label="Breadcrumb" className="text-sm 2xl:text-base">
            <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-ink-muted">
              <li>
                <Link
                  href={resultsHref(source)}
                  className="font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
                >
                  {results.title}
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li aria-current="page">
                Use case {index + 1} of {useCases.length}
              </li>
            </ol>
          </nav>
          {actions}
        </div>
        <h1 className="mt-3 text-3xl font-semibold tracking-tight text-balance sm:text-4xl 2xl:text-5xl">
          {result.name}
        </h1>
        {template ? (
          <p className="mt-2 text-sm text-ink-muted sm:text-base 2xl:text-lg">
            From the template “{template.name}”
          </p>
        ) : null}
        <div className="mt-6">
          <RecommendationCard result={result} />
        </div>
        <nav aria-label="On this page" className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {contents.map(({ id, label }) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  className="inline-flex min-h-10 items-center rounded-full border border-line bg-surface px-3.5 text-sm font-medium hover:border-accent hover:bg-accent-soft hover:text-accent 2xl:text-base"
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <div className="space-y-10">
        <RevealInTurn>
          <DriversSection results={results} result={result} source={source} animate={false} />
          <FitSection results={results} result={result} animate={false} />
          <CostSection
            results={results}
            result={result}
            overrides={assessment.assumptions}
            animate={false}
            today={today}
          />
          {flips}
          <RisksSection result={result} />
          <AnswersSection results={results} result={result} source={source} />
        </RevealInTurn>
      </div>

      <nav
        aria-label="Other use cases"
        className="flex flex-col gap-3 border-t border-line pt-8 sm:flex-row sm:justify-between"
      >
        {previous ? (
          <Link
            href={resultsHref(source, previous.id)}
            className="group rounded-lg border border-line bg-surface p-4 hover:border-accent sm:max-w-[48%]"
          >
            <span className="block text-xs text-ink-muted">Previous use case</span>
            <span className="font-semibold text-accent">← {previous.name}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link
            href={resultsHref(source, next.id)}
            className="group rounded-lg border border-line bg-surface p-4 text-right hover:border-accent sm:max-w-[48%]"
          >
            <span className="block text-xs text-ink-muted">Next use case</span>
            <span className="font-semibold text-accent">{next.name} →</span>
          </Link>
        ) : (
          <Link
            href={resultsHref(source)}
            className="rounded-lg border border-line bg-surface p-4 text-right hover:border-accent"
          >
            <span className="block text-xs text-ink-muted">All use cases</span>
            <span className="font-semibold text-accent">Back to the portfolio →</span>
          </Link>
        )}
      </nav>
    </div>
  );
}
