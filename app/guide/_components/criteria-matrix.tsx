import type { Content } from "@/content";

import { optionSwatch } from "./option-style";
import { RatingMeter } from "./rating-meter";

type Criterion = Content["criteria"][number];
type SourcingOption = Content["sourcingOptions"][number];

/** The criterion whose guide rating the engine replaces with one computed at the use case's volume. */
const costCriterionId: Criterion["id"] = "cost";

const captionText = "How the three sourcing options rate on each criterion, from 0 to 5";

/**
 * Criteria as rows, options as columns. A real table on wide screens; below `lg` the same
 * facts as one card per criterion with the options stacked, so a phone never scrolls sideways.
 */
export function CriteriaMatrix({
  criteria,
  sourcingOptions,
}: {
  criteria: readonly Criterion[];
  sourcingOptions: readonly SourcingOption[];
}) {
  return (
    <>
      <RatingLegend />
      <MatrixTable criteria={criteria} sourcingOptions={sourcingOptions} />
      <MatrixCards criteria={criteria} sourcingOptions={sourcingOptions} />
    </>
  );
}

function MatrixTable({
  criteria,
  sourcingOptions,
}: {
  criteria: readonly Criterion[];
  sourcingOptions: readonly SourcingOption[];
}) {
  return (
    <div className="hidden overflow-hidden rounded-xl border border-line bg-surface shadow-sm lg:block print:hidden">
      <table className="w-full table-fixed border-collapse text-left">
        <caption className="sr-only">{captionText}</caption>
        <colgroup>
          <col className="w-[34%]" />
          {sourcingOptions.map((option) => (
            <col key={option.id} />
          ))}
        </colgroup>
        <thead className="bg-surface-muted">
          <tr>
            <th
              scope="col"
              className="px-5 pt-5 pb-4 align-bottom text-sm font-semibold tracking-wide text-ink-muted uppercase 2xl:px-6 2xl:text-base"
            >
              Criterion
            </th>
            {sourcingOptions.map((option) => (
              <th
                key={option.id}
                scope="col"
                className="border-l border-line px-5 pt-5 pb-4 align-top 2xl:px-6"
              >
                <span
                  aria-hidden="true"
                  className={`block h-1.5 w-10 rounded-full ${optionSwatch[option.id]}`}
                />
                <span className="mt-2.5 block text-base leading-6 font-semibold text-balance 2xl:text-lg">
                  {option.name}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr key={criterion.id} className="border-t border-line align-top">
              <th scope="row" className="px-5 py-6 font-normal 2xl:px-6 2xl:py-7">
                <span className="block text-base font-semibold text-ink 2xl:text-lg">
                  {criterion.name}
                </span>
                <span className="mt-2 block text-sm leading-6 text-ink-muted 2xl:text-base 2xl:leading-7">
                  {criterion.explanation}
                </span>
                {criterion.id === costCriterionId ? <CostNote /> : null}
              </th>
              {sourcingOptions.map((option) => {
                const { rating, why } = option.ratings[criterion.id];
                return (
                  <td key={option.id} className="border-l border-line px-5 py-6 2xl:px-6 2xl:py-7">
                    <RatingMeter rating={rating} swatch={optionSwatch[option.id]} />
                    <p className="mt-3 text-sm leading-6 text-ink 2xl:text-base 2xl:leading-7">
                      {why}
                    </p>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixCards({
  criteria,
  sourcingOptions,
}: {
  criteria: readonly Criterion[];
  sourcingOptions: readonly SourcingOption[];
}) {
  return (
    <div className="lg:hidden print:block">
      <p className="sr-only">{captionText}.</p>
      <ol className="space-y-5">
        {criteria.map((criterion) => (
          <li
            key={criterion.id}
            className="break-inside-avoid rounded-xl border border-line bg-surface p-5 shadow-sm sm:p-6"
          >
            <h3 className="text-lg font-semibold tracking-tight">{criterion.name}</h3>
            <p className="mt-2 leading-7 text-ink-muted">{criterion.explanation}</p>
            {criterion.id === costCriterionId ? <CostNote /> : null}
            <ul className="mt-5 divide-y divide-line border-t border-line">
              {sourcingOptions.map((option) => {
                const { rating, why } = option.ratings[criterion.id];
                return (
                  <li key={option.id} className="flex gap-3 py-4 last:pb-0">
                    <span
                      aria-hidden="true"
                      className={`w-1 shrink-0 rounded-full ${optionSwatch[option.id]}`}
                    />
                    <div className="min-w-0">
                      <p className="font-semibold">{option.shortName}</p>
                      <p className="mt-1">
                        <RatingMeter rating={rating} swatch={optionSwatch[option.id]} />
                      </p>
                      <p className="mt-1.5 text-sm leading-6 text-ink">{why}</p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The one thing a reader can get backwards: a high rating is always the better fit. */
function RatingLegend() {
  return (
    <p className="mb-6 flex flex-col gap-2 rounded-lg border border-line bg-surface px-5 py-4 text-sm leading-6 text-ink-muted sm:flex-row sm:items-center sm:gap-5 2xl:text-base 2xl:leading-7">
      <span aria-hidden="true" className="shrink-0">
        <RatingMeter rating={4} swatch="bg-ink-muted" />
      </span>
      <span>
        <strong className="font-semibold text-ink">Higher is always the better fit.</strong> A 5 on
        operational burden means the lightest burden; a 5 on security responsibility, the least left
        to you.
      </span>
    </p>
  );
}

function CostNote() {
  return (
    <span className="mt-3 flex gap-2 rounded-md bg-accent-soft px-3 py-2 text-sm leading-6 text-ink 2xl:text-base 2xl:leading-7">
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="mt-0.5 size-5 shrink-0 text-accent 2xl:mt-1"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
      >
        <circle cx="10" cy="10" r="7.25" />
        <path d="M10 9v4.5M10 6.5v.01" />
      </svg>
      <span>
        This is the general picture. In an assessment, the cost rating is computed from each use
        case&apos;s own volume and token sizes.
      </span>
    </span>
  );
}
