import { content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { formatCount, formatUsdPerMonth } from "@/lib/format";
import { assumptionRows, formatAssumptionValue } from "@/lib/view/assumptions";
import { describeMoney } from "@/lib/engine";
import {
  assumptionsUsed,
  costByVolumeRows,
  costRows,
  crossingSentences,
  likeForLikeSentence,
  modelsPricedSentence,
} from "@/lib/view/cost";
import { stalePrices, stalePriceSentence } from "@/lib/view/freshness";
import { formatAsOf, formatNumber, formatUsdAmount, formatUsdPerRequest } from "@/lib/view/format";
import { optionIds, optionShortName } from "@/lib/view/options";
import { CostChartPanel } from "./cost-chart-panel";
import { OptionName, Tag } from "./option-tag";
import { PathBlock } from "./path-block";
import { ResultSection, SubHeading } from "./section";
import { DataTable, td, tdNum, th, thNum, thOption } from "./table";

/** Cost: each option's monthly cost, the curve against volume with the crossover, and the assumptions behind it. */
export function CostSection({
  results,
  result,
  overrides,
  animate,
  today,
}: {
  results: Pick<AssessmentResults, "assumptions" | "organization">;
  result: UseCaseResult;
  /** The assessment's own assumption overrides, to mark changed values. */
  overrides: Readonly<Partial<Record<string, number>>> | undefined;
  animate: boolean;
  /** The date prices' ages are reckoned from. */
  today: Date;
}) {
  const { cost } = result;
  const rows = costRows(content, result);
  const byVolume = costByVolumeRows(cost);
  const usedIds = assumptionsUsed(result, results.organization, overrides);
  const used = new Set(usedIds);
  const stale = stalePrices(content, usedIds, overrides, today);
  const staleIds = new Set(stale.map((p) => p.id));
  const staleSentence = stalePriceSentence(stale);
  const assumptions = assumptionRows(content, results.assumptions, overrides).filter((a) =>
    used.has(a.id),
  );
  const volumeAssumed = result.assumed.some((a) => a.question === "monthlyRequests");
  const crossings = crossingSentences(content, result);
  const likeForLike = likeForLikeSentence(cost);

  return (
    <ResultSection
      id="cost"
      eyebrow="Cost"
      title="What it costs, and where the cost crosses over"
      intro={
        <p>
          Monthly cost of each option at {formatCount(cost.monthlyRequests)} requests a month (
          {formatCount(cost.monthlyTokens)} tokens), engineers&apos; time included.
        </p>
      }
    >
      <ul className="grid gap-3 sm:grid-cols-2" data-testid="cost-cards">
        {rows.map((row) => (
          <li
            key={row.option}
            data-option={row.option}
            className={`rounded-lg border p-4 ${row.recommended ? "border-accent bg-accent-soft" : "border-line bg-surface"}`}
          >
            <p className="flex flex-wrap items-center gap-2 text-sm 2xl:text-base">
              <OptionName option={row.option} name={row.name} />
              {row.recommended ? <Tag tone="accent">Recommended</Tag> : null}
              {row.excluded ? <Tag tone="muted">Ruled out</Tag> : null}
            </p>
            <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums 2xl:text-3xl">
              {formatUsdPerMonth(row.monthlyUsd)}
            </p>
          </li>
        ))}
      </ul>

      <div
        className="mt-6 space-y-2 text-sm leading-6 sm:text-base sm:leading-7 2xl:text-lg 2xl:leading-8"
        data-testid="crossover"
      >
        <p data-testid="cost-verdict" className="font-medium">
          {describeMoney(content, result, volumeAssumed)}
        </p>
        {crossings.length > 0 ? (
          <ul className="space-y-1" data-testid="crossings">
            {crossings.map((sentence) => (
              <li key={sentence}>
                <span className="font-semibold">Crossover. </span>
                {sentence}
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <span className="font-semibold">Crossover. </span>
            No other option&apos;s cost crosses the recommendation&apos;s between 100 and 10 billion
            requests a month: which is cheaper does not change with volume.
          </p>
        )}
        {likeForLike ? <p className="text-ink-muted">{likeForLike}</p> : null}
        <p className="text-ink-muted" data-testid="models-priced">
          {modelsPricedSentence(content, cost)}
        </p>
        {staleSentence ? <p data-testid="stale-prices">{staleSentence}</p> : null}
      </div>

      <div className="mt-6">
        <PathBlock result={result} heading={<SubHeading>Over the year</SubHeading>} />
      </div>

      <div className="mt-6">
        <CostChartPanel result={result} animate={animate} />
      </div>

      <div className="mt-6">
        <DataTable caption="Monthly cost by volume (USD per month)">
          <thead>
            <tr>
              <th scope="col" className={th}>
                Requests a month
              </th>
              {optionIds.map((option) => (
                <th key={option} scope="col" className={thOption}>
                  <OptionName option={option} name={optionShortName(content, option)} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {byVolume.map((row) => (
              <tr
                key={row.monthlyRequests}
                data-volume={row.monthlyRequests}
                className={row.own ? "bg-accent-soft font-semibold" : undefined}
              >
                <th
                  scope="row"
                  className={`${td} whitespace-nowrap ${row.own ? "font-semibold" : "font-medium"}`}
                >
                  {formatNumber(row.monthlyRequests)}
                  {row.own ? (
                    <span className="ml-2 text-xs font-semibold text-accent">your volume</span>
                  ) : null}
                </th>
                {optionIds.map((option) => (
                  <td key={option} className={tdNum} data-option={option} data-value={row[option]}>
                    {formatUsdAmount(row[option])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>

      <div className="mt-6">
        <DataTable
          caption={`What the cost is made of, at ${formatNumber(cost.monthlyRequests)} requests a month`}
        >
          <thead>
            <tr>
              <th scope="col" className={th}>
                Option
              </th>
              <th scope="col" className={thNum}>
                Tokens
              </th>
              <th scope="col" className={thNum}>
                GPUs
              </th>
              <th scope="col" className={thNum}>
                Staff
              </th>
              <th scope="col" className={thNum}>
                Total / month
              </th>
              <th scope="col" className={thNum}>
                Replicas
              </th>
              <th scope="col" className={thNum}>
                GPUs at peak
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.option} data-option={row.option}>
                <th scope="row" className={`${td} font-medium whitespace-nowrap`}>
                  <OptionName option={row.option} name={row.name} />
                </th>
                <td className={tdNum} data-value={row.tokensUsd}>
                  {formatUsdAmount(row.tokensUsd)}
                </td>
                <td className={tdNum} data-value={row.gpuUsd}>
                  {formatUsdAmount(row.gpuUsd)}
                </td>
                <td className={tdNum} data-value={row.staffUsd}>
                  {formatUsdAmount(row.staffUsd)}
                </td>
                <td className={`${tdNum} font-semibold`} data-value={row.monthlyUsd}>
                  {formatUsdAmount(row.monthlyUsd)}
                </td>
                <td className={tdNum} data-value={row.replicas}>
                  {formatNumber(row.replicas)}
                </td>
                <td className={tdNum} data-value={row.gpus}>
                  {formatNumber(row.gpus)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <p className="mt-2 text-sm text-ink-muted 2xl:text-base">
          Per request: {formatUsdPerRequest(cost.perRequestUsd.closed_api)} on the closed API,{" "}
          {formatUsdPerRequest(cost.perRequestUsd.open_managed)} on managed hosting. One self-hosted
          replica serves {formatCount(cost.replicaMonthlyRequests)} requests a month at the planned
          utilization, at {formatUsdAmount(cost.gpuHourPrice)} per GPU-hour. Closed API tier:{" "}
          {cost.tier.api}; open model size: {cost.tier.model}.
        </p>
      </div>

      <div className="mt-8">
        <SubHeading>The assumptions behind these figures</SubHeading>
        <p className="mt-1 text-sm text-ink-muted 2xl:text-base">
          Sourced and dated; change any of them under “What if” and every figure updates.
        </p>
        <div className="mt-3">
          <DataTable caption="Cost assumptions used for this use case" captionHidden>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Assumption
                </th>
                <th scope="col" className={thNum}>
                  Value
                </th>
              </tr>
            </thead>
            <tbody>
              {assumptions.map((a) => (
                <tr key={a.id} data-assumption={a.id}>
                  <th scope="row" className={`${td} font-medium`}>
                    <span className="inline-flex flex-wrap items-center gap-2">
                      {a.label}
                      {a.changed ? <Tag tone="accent">Changed</Tag> : null}
                      {staleIds.has(a.id) ? <Tag tone="muted">Over six months old</Tag> : null}
                    </span>
                    <span className="mt-0.5 block text-xs leading-5 font-normal text-ink-muted 2xl:text-sm">
                      {a.source} (as of {formatAsOf(a.asOf)})
                    </span>
                  </th>
                  <td className={`${tdNum} w-36 whitespace-normal`} data-value={a.value}>
                    <span className="whitespace-nowrap">{formatAssumptionValue(a, a.value)}</span>
                    {a.changed ? (
                      <span className="block text-xs text-ink-muted">
                        was {formatAssumptionValue(a, a.defaultValue)}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      </div>
    </ResultSection>
  );
}
