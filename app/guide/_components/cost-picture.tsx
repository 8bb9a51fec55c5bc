import type { ReactNode } from "react";

import type { Content } from "@/content";

import { formatAsOf, formatAssumption, formatCount } from "./format";
import { optionSwatch } from "./option-style";

type Assumption = Content["assumptions"][number];
type AssumptionId = Assumption["id"];
type SourcingOption = Content["sourcingOptions"][number];

/** The figures a leader asks about first, in the order the story below tells them. */
const headlineFigureIds = [
  "apiMidInputPrice",
  "apiMidOutputPrice",
  "gpuHourPrice",
  "minReplicas",
  "averageUtilization",
  "engineerAnnualCost",
] as const satisfies readonly AssumptionId[];

/** Staffing assumptions from the best-placed team to the least, for the range in the text. */
const selfHostedStaffIds = [
  "selfHostedFtePlatform",
  "selfHostedFteMlTeam",
  "selfHostedFteGeneralist",
  "selfHostedFteNone",
] as const satisfies readonly AssumptionId[];

/** Where the money goes for each kind of option, in words, with the headline figures behind it. */
export function CostPicture({
  assumptions,
  sourcingOptions,
}: {
  assumptions: readonly Assumption[];
  sourcingOptions: readonly SourcingOption[];
}) {
  const figure = (id: AssumptionId) => formatAssumption(findAssumption(assumptions, id));
  const staff = selfHostedStaffIds.map((id) => findAssumption(assumptions, id).value);
  const perTokenOptions = sourcingOptions.filter(({ id }) => id !== "open_self_hosted");
  const selfHosted = sourcingOptions.filter(({ id }) => id === "open_self_hosted");

  return (
    <>
      <div className="grid gap-5 lg:grid-cols-2 2xl:gap-6">
        <CostStory title="Paying per token" options={perTokenOptions}>
          <p>
            A closed API and an open model on managed hosting charge for every token sent and
            received. The bill starts near zero and grows in a straight line with use: ten times the
            requests, ten times the bill.
          </p>
          <p>
            Long prompts and retrieved context add up, and each output token costs several times an
            input token. A mid-tier closed model costs about {figure("apiMidInputPrice").figure} per
            million tokens in and {figure("apiMidOutputPrice").figure} per million out.
          </p>
        </CostStory>
        <CostStory title="Paying for capacity, and the people" options={selfHosted}>
          <p>
            Running a model yourself is a mostly fixed cost. GPUs are rented at about{" "}
            {figure("gpuHourPrice").figure} an hour, for at least {figure("minReplicas").figure}{" "}
            replicas so that one can fail, billed whether busy or idle, with about{" "}
            {figure("gpuBillOverhead").figure} on top for storage, network and idle nodes. Sized for
            peaks, they are on average only {figure("averageUtilization").figure} busy.
          </p>
          <p>
            Then the people: from {formatCount(Math.min(...staff))} to{" "}
            {formatCount(Math.max(...staff))} engineers to patch, monitor and upgrade it, depending
            on the team you already have, at about {figure("engineerAnnualCost").figure} a year
            each, fully loaded.
          </p>
        </CostStory>
      </div>

      <div className="mt-5 rounded-xl border border-accent/30 bg-accent-soft p-6 2xl:mt-6 2xl:p-7">
        <h3 className="text-lg font-semibold tracking-tight 2xl:text-xl">Where the lines cross</h3>
        <p className="mt-2 max-w-4xl leading-7 2xl:text-lg 2xl:leading-8">
          Below some volume the per-token bill is the smaller one; above it the fixed cost is. That
          is the crossover volume. The assessment finds it for each use case from the use
          case&apos;s own volume and token sizes and the figures below, which you can inspect and
          override. For large models it often comes sooner than intuition suggests; for small ones,
          counting the engineers pushes it far out.
        </p>
      </div>

      <h3 className="mt-12 text-xl font-semibold tracking-tight 2xl:mt-16 2xl:text-2xl">
        The headline figures
      </h3>
      <p className="mt-2 max-w-3xl leading-7 text-ink-muted 2xl:text-lg 2xl:leading-8">
        A few of the sourced, dated assumptions behind the cost model. Prices move monthly: every
        figure can be overridden in an assessment.
      </p>
      <dl className="mt-6 grid gap-5 sm:grid-cols-2 xl:grid-cols-3 2xl:gap-6">
        {headlineFigureIds.map((id) => {
          const assumption = findAssumption(assumptions, id);
          const { figure: value, unit } = formatAssumption(assumption);
          return (
            <div
              key={id}
              className="flex break-inside-avoid flex-col rounded-xl border border-line bg-surface p-6 shadow-sm 2xl:p-7"
            >
              <dt className="text-sm leading-6 font-semibold text-ink-muted 2xl:text-base 2xl:leading-7">
                {assumption.label}
              </dt>
              <dd className="mt-2 flex flex-1 flex-col">
                <p className="flex flex-wrap items-baseline gap-x-2">
                  <span className="text-3xl font-semibold tracking-tight text-ink tabular-nums 2xl:text-4xl">
                    {value}
                  </span>
                  <span className="text-ink-muted 2xl:text-lg">{unit}</span>
                </p>
                <p className="mt-4 border-t border-line pt-3 text-sm leading-6 text-ink-muted 2xl:text-base 2xl:leading-7">
                  {assumption.source}
                </p>
                <p className="mt-2 text-sm font-medium text-ink 2xl:text-base">
                  As of {formatAsOf(assumption.asOf)}
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}

function CostStory({
  title,
  options,
  children,
}: {
  title: string;
  options: readonly SourcingOption[];
  children: ReactNode;
}) {
  return (
    <article className="break-inside-avoid rounded-xl border border-line bg-surface p-6 shadow-sm 2xl:p-7">
      <h3 className="text-lg font-semibold tracking-tight 2xl:text-xl">{title}</h3>
      <ul className="mt-3 flex flex-wrap gap-2" aria-label="Applies to">
        {options.map((option) => (
          <li
            key={option.id}
            className="inline-flex items-center gap-1.5 rounded-full border border-line bg-surface-muted px-2.5 py-0.5 text-sm font-medium 2xl:text-base"
          >
            <span aria-hidden="true" className={`size-2 rounded-full ${optionSwatch[option.id]}`} />
            {option.shortName}
          </li>
        ))}
      </ul>
      <div className="mt-4 space-y-3 leading-7 2xl:text-lg 2xl:leading-8">{children}</div>
    </article>
  );
}

/** A headline figure the guide names; a missing one fails the build rather than the reader. */
function findAssumption(assumptions: readonly Assumption[], id: AssumptionId): Assumption {
  const assumption = assumptions.find((candidate) => candidate.id === id);
  if (!assumption) throw new Error(`The guide needs the cost assumption "${id}" in content.`);
  return assumption;
}
