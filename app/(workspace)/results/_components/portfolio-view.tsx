import { Link } from "@/components/link";
import type { ReactNode } from "react";

import { PortfolioSection } from "@/components/results/portfolio-section";
import { compareHref } from "@/components/workshop/links";
import { PresentLink } from "@/components/workshop/present-link";
import { content } from "@/content";
import type { AssessmentResults } from "@/lib/engine";
import type { ResultsSource } from "@/lib/view/links";
import { answerLabel } from "@/lib/view/questions";

/** The portfolio: the assessment's title, its organization profile, and every use case at once. */
export function PortfolioView({
  results,
  source,
  actions,
}: {
  results: AssessmentResults;
  source: ResultsSource;
  /** Controls shown at the top right (the what-if toggle). */
  actions?: ReactNode;
}) {
  const { organization, useCases } = results;
  const profile = [
    answerLabel(content, "aiTeam", organization.aiTeam),
    `${answerLabel(content, "securityMaturity", organization.securityMaturity).toLowerCase()} security`,
    answerLabel(content, "infrastructure", organization.infrastructure).toLowerCase(),
  ].join(" · ");
  return (
    <div className="space-y-10">
      <header>
        <div className="flex items-start justify-between gap-4">
          <p className="pt-2 text-sm font-semibold tracking-wide text-accent uppercase 2xl:text-base">
            Portfolio results
          </p>
          {actions}
        </div>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-4xl 2xl:text-5xl">
          {results.title}
        </h1>
        <p className="mt-3 text-sm leading-6 text-ink-muted sm:text-base 2xl:text-lg">
          {useCases.length} use case{useCases.length === 1 ? "" : "s"} · {profile}
          {results.assumedOrganization.length > 0 ? " (partly assumed)" : ""}
          {source.kind === "saved" ? (
            <>
              {" · "}
              <Link
                href={`/assess/?a=${encodeURIComponent(source.localId)}`}
                className="font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
              >
                Edit answers
              </Link>
              {useCases.length >= 2 ? (
                <>
                  {" · "}
                  <Link
                    href={compareHref(source.localId)}
                    className="font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
                  >
                    Compare use cases
                  </Link>
                </>
              ) : null}
              {" · "}
              <PresentLink
                localId={source.localId}
                className="inline-flex items-center gap-1 font-medium text-accent underline decoration-accent/40 underline-offset-4 hover:decoration-accent"
              />
            </>
          ) : null}
        </p>
      </header>
      <PortfolioSection results={results} source={source} animate={false} />
    </div>
  );
}
