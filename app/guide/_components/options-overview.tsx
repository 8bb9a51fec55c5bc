import type { Content } from "@/content";

import { optionSwatch } from "./option-style";

type Criterion = Content["criteria"][number];
type SourcingOption = Content["sourcingOptions"][number];
type Hybrid = Content["hybrid"];
type RatingRule = Hybrid["ratingRules"][Criterion["id"]]["rule"];

/** How the hybrid's rating follows from its two components', in words, in reading order. */
const ruleGroups: ReadonlyArray<{ rule: RatingRule; title: string }> = [
  { rule: "best", title: "Takes the stronger side" },
  { rule: "mean", title: "Lands between the two" },
  { rule: "worst", title: "Carries the weaker side" },
];

/** The three sourcing options side by side, then the hybrid that combines two of them. */
export function OptionsOverview({
  sourcingOptions,
  hybrid,
  criteria,
}: {
  sourcingOptions: readonly SourcingOption[];
  hybrid: Hybrid;
  criteria: readonly Criterion[];
}) {
  return (
    <>
      <ul className="grid gap-5 lg:grid-cols-3 2xl:gap-6">
        {sourcingOptions.map((option) => (
          <li key={option.id} className="break-inside-avoid">
            <OptionCard option={option} />
          </li>
        ))}
      </ul>
      <HybridPanel hybrid={hybrid} sourcingOptions={sourcingOptions} criteria={criteria} />
    </>
  );
}

function OptionCard({ option }: { option: SourcingOption }) {
  return (
    <article
      aria-labelledby={`option-${option.id}`}
      className="flex h-full flex-col overflow-hidden rounded-xl border border-line bg-surface shadow-sm"
    >
      <span aria-hidden="true" className={`h-1.5 ${optionSwatch[option.id]}`} />
      <div className="flex flex-1 flex-col p-6 2xl:p-7">
        <h3
          id={`option-${option.id}`}
          className="text-lg font-semibold tracking-tight text-balance 2xl:text-xl"
        >
          {option.name}
        </h3>
        <p className="mt-3 leading-7 text-ink-muted 2xl:text-lg 2xl:leading-8">{option.summary}</p>
        <p className="mt-4 text-sm leading-6 2xl:text-base 2xl:leading-7">
          <span className="font-semibold text-ink">For example: </span>
          <span className="text-ink-muted">{option.examples}</span>
        </p>
        <div className="mt-auto pt-6">
          <h4 className="text-sm font-semibold tracking-wide text-ink uppercase 2xl:text-base">
            Wins when
          </h4>
          <ul className="mt-3 space-y-2.5">
            {option.winsWhen.map((situation) => (
              <li key={situation} className="flex gap-3 leading-6 2xl:text-lg 2xl:leading-7">
                <CheckIcon />
                <span>{situation}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </article>
  );
}

function HybridPanel({
  hybrid,
  sourcingOptions,
  criteria,
}: {
  hybrid: Hybrid;
  sourcingOptions: readonly SourcingOption[];
  criteria: readonly Criterion[];
}) {
  const components = hybrid.components.map((id) => sourcingOptions.find((o) => o.id === id));
  return (
    <article
      aria-labelledby="option-hybrid"
      className="mt-6 overflow-hidden rounded-xl border border-line bg-surface shadow-sm 2xl:mt-8"
    >
      <span aria-hidden="true" className={`block h-1.5 ${optionSwatch.hybrid}`} />
      <div className="grid gap-8 p-6 lg:grid-cols-[1fr_1.1fr] lg:gap-12 2xl:p-8">
        <div>
          <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase 2xl:text-base">
            And the fourth answer
          </p>
          <h3
            id="option-hybrid"
            className="mt-1 text-lg font-semibold tracking-tight text-balance 2xl:text-xl"
          >
            {hybrid.name}
          </h3>
          <p className="mt-3 leading-7 text-ink-muted 2xl:text-lg 2xl:leading-8">
            {hybrid.summary}
          </p>
          <p className="mt-4 text-sm font-semibold text-ink 2xl:text-base">Combines</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {components.map((component) =>
              component ? (
                <li
                  key={component.id}
                  className="inline-flex items-center gap-2 rounded-full border border-line bg-surface-muted px-3 py-1 text-sm font-medium 2xl:text-base"
                >
                  <span
                    aria-hidden="true"
                    className={`size-2.5 rounded-full ${optionSwatch[component.id]}`}
                  />
                  {component.name}
                </li>
              ) : null,
            )}
          </ul>
          <h4 className="mt-6 text-sm font-semibold tracking-wide text-ink uppercase 2xl:text-base">
            Wins when
          </h4>
          <ul className="mt-3 space-y-2.5">
            {hybrid.winsWhen.map((situation) => (
              <li key={situation} className="flex gap-3 leading-6 2xl:text-lg 2xl:leading-7">
                <CheckIcon />
                <span>{situation}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="space-y-6">
          <div className="rounded-lg bg-surface-muted p-5">
            <h4 className="text-sm font-semibold tracking-wide text-ink uppercase 2xl:text-base">
              How the traffic splits
            </h4>
            <p className="mt-2 leading-7 2xl:text-lg 2xl:leading-8">{hybrid.split}</p>
          </div>
          <div>
            <h4 className="text-sm font-semibold tracking-wide text-ink uppercase 2xl:text-base">
              How it rates, criterion by criterion
            </h4>
            <dl className="mt-3 grid gap-4 sm:grid-cols-3">
              {ruleGroups.map(({ rule, title }) => {
                const members = criteria.filter(
                  (criterion) => hybrid.ratingRules[criterion.id].rule === rule,
                );
                if (members.length === 0) return null;
                return (
                  <div key={rule}>
                    <dt className="text-sm font-semibold 2xl:text-base">{title}</dt>
                    <dd className="mt-1.5">
                      <ul className="space-y-1 text-sm leading-6 text-ink-muted 2xl:text-base 2xl:leading-7">
                        {members.map((criterion) => (
                          <li key={criterion.id}>{criterion.name}</li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        </div>
      </div>
    </article>
  );
}

function CheckIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="mt-0.5 size-5 shrink-0 text-accent 2xl:mt-1"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="m5 10.5 3.25 3.25L15 7" />
    </svg>
  );
}
