import { content } from "@/content";
import type { UseCaseResult } from "@/lib/engine";
import { optionShortName } from "@/lib/view/options";
import { ResultSection, SubHeading } from "./section";

/** The risks to plan for with the recommended option, and the first steps. */
export function RisksSection({ result }: { result: UseCaseResult }) {
  return (
    <ResultSection
      id="risks"
      eyebrow="Plan"
      title="Risks to mitigate and first steps"
      intro={`For ${optionShortName(content, result.recommendation)}, as recommended.`}
    >
      <div className="grid gap-8 lg:grid-cols-2">
        <div>
          <SubHeading>Risks</SubHeading>
          {result.risks.length === 0 ? (
            <p className="mt-2 text-ink-muted">
              No particular risks for this option and these answers.
            </p>
          ) : (
            <ul className="mt-3 space-y-3" data-testid="risks">
              {result.risks.map((risk) => (
                <li
                  key={risk.id}
                  className="rounded-lg border border-line bg-surface p-4 text-sm leading-6 2xl:text-base 2xl:leading-7"
                >
                  <p className="font-semibold">{risk.title}</p>
                  <p className="mt-1 text-ink-muted">{risk.detail}</p>
                  <p className="mt-2">
                    <span className="font-medium">Mitigation: </span>
                    {risk.mitigation}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <SubHeading>Next steps</SubHeading>
          <ol className="mt-3 space-y-3" data-testid="next-steps">
            {result.nextSteps.map((step, i) => (
              <li
                key={step.id}
                className="flex gap-3 text-sm leading-6 2xl:text-base 2xl:leading-7"
              >
                <span
                  aria-hidden="true"
                  className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent"
                >
                  {i + 1}
                </span>
                <span>{step.text}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </ResultSection>
  );
}
