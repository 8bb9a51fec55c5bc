import type { ReactNode } from "react";

import { CrossoverMark } from "@/components/crossover-mark";
import { OptionName, Tag } from "@/components/results/option-tag";
import { PathBlock } from "@/components/results/path-block";
import { RecommendationCard } from "@/components/results/recommendation";
import { DataTable, td, tdNum, th, thNum, thOption } from "@/components/results/table";
import { content } from "@/content";
import type { Assessment } from "@/lib/assessment/schema";
import { organizationQuestionIds } from "@/lib/vocabulary";
import { describeMoney, type AssessmentResults, type UseCaseResult } from "@/lib/engine";
import { formatCount, formatPercent, formatUsdPerMonth } from "@/lib/format";
import { answerRows, answerStatusLabel } from "@/lib/view/answers";
import {
  assumptionRows,
  formatAssumptionValue,
  groupAssumptions,
  weightRows,
} from "@/lib/view/assumptions";
import {
  assumptionsUsed,
  costByVolumeRows,
  costRows,
  crossingSentences,
  likeForLikeSentence,
  modelsPricedSentence,
} from "@/lib/view/cost";
import { reasonRows, type ReasonRow } from "@/lib/view/drivers";
import { fitRows, rankedOptions } from "@/lib/view/fit";
import { noFlipSentence, rankedFlips } from "@/lib/view/flips";
import { formatLongDate } from "@/lib/view/date";
import { stalePrices, stalePriceSentence } from "@/lib/view/freshness";
import {
  formatAsOf,
  formatNumber,
  formatPoints,
  formatScore,
  formatUsdAmount,
} from "@/lib/view/format";
import { optionIds, optionShortName } from "@/lib/view/options";
import { portfolioReadout, portfolioRows } from "@/lib/view/portfolio";
import { answerLabel, questionShortLabel } from "@/lib/view/questions";

import { CostChartFigure, FitChartFigure, PortfolioChartFigure } from "./report-charts";

/** Whole dollars for the report's tables ("$23,731"): cents are noise on paper. */
function usd(amount: number): string {
  return formatUsdAmount(Math.round(amount));
}

/** Drivers listed per use case; the rest moved the scores less. */
const SHOWN_DRIVERS = 5;

/**
 * The report as a document: a cover, the portfolio, one part per use case (each starting on a new
 * page in print), then the assumptions with their sources. Every figure and sentence comes from
 * the engine's results through lib/view, the same as on the results page.
 */
export function ReportDocument({
  assessment,
  results,
  preparedOn,
}: {
  assessment: Assessment;
  /** From `evaluateAssessment` with flips: the report shows what would change each answer. */
  results: AssessmentResults;
  preparedOn: Date;
}) {
  return (
    <article className="report mx-auto w-full max-w-[680px]" data-testid="report">
      <Cover results={results} preparedOn={preparedOn} />
      {results.useCases.length > 0 ? <PortfolioPart results={results} /> : null}
      {results.useCases.map((result, i) => (
        <UseCasePart
          key={result.id}
          results={results}
          result={result}
          number={i + 1}
          count={results.useCases.length}
          overrides={assessment.assumptions}
          preparedOn={preparedOn}
        />
      ))}
      <AssumptionsPart assessment={assessment} results={results} />
    </article>
  );
}

function PartHeading({
  id,
  eyebrow,
  children,
}: {
  id: string;
  eyebrow: string;
  children: ReactNode;
}) {
  return (
    <header className="border-b-2 border-ink pb-3">
      <p className="text-xs font-semibold tracking-wide text-accent uppercase">{eyebrow}</p>
      <h2 id={id} className="mt-1 text-2xl font-semibold tracking-tight text-balance">
        {children}
      </h2>
    </header>
  );
}

function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="mt-7 text-lg font-semibold tracking-tight">{children}</h3>;
}

function Cover({ results, preparedOn }: { results: AssessmentResults; preparedOn: Date }) {
  const n = results.useCases.length;
  const assumed = new Set(results.assumedOrganization.map((a) => a.question));
  return (
    <section
      className="report-cover flex min-h-[36rem] flex-col py-6 print:min-h-[240mm]"
      aria-labelledby="report-title"
    >
      <p className="flex items-center gap-2.5 text-sm font-semibold text-ink-muted">
        <CrossoverMark className="size-7" />
        Prepared with Crossover
      </p>
      <div className="mt-16 print:mt-[45mm]">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">
          AI sourcing assessment
        </p>
        <h1
          id="report-title"
          className="mt-3 text-3xl leading-tight font-semibold tracking-tight text-balance break-words sm:text-4xl"
        >
          {results.title}
        </h1>
        <p className="mt-4 text-lg text-ink-muted">
          A recommendation for {n === 1 ? "one use case" : `each of ${n} use cases`}: closed model
          API, open weights on managed hosting, self-hosted open weights, or a hybrid.
        </p>
      </div>
      <dl className="mt-12 grid gap-x-8 gap-y-4 border-t border-line pt-6 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-ink-muted">Prepared on</dt>
          <dd className="mt-0.5 font-medium" data-testid="prepared-on">
            {formatLongDate(preparedOn)}
          </dd>
        </div>
        <div>
          <dt className="text-ink-muted">Use cases</dt>
          <dd className="mt-0.5 font-medium">{n}</dd>
        </div>
        {organizationQuestionIds.map((question) => (
          <div key={question}>
            <dt className="text-ink-muted">{questionShortLabel(content, question)}</dt>
            <dd className="mt-0.5 font-medium">
              {answerLabel(content, question, results.organization[question])}
              {assumed.has(question) ? (
                <span className="font-normal text-ink-muted"> (assumed: not answered)</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-auto pt-10 text-xs leading-5 text-ink-muted">
        Scores, costs and crossovers are computed by Crossover from the answers in this assessment
        and the sourced, dated cost assumptions listed at the end. They support a decision; they do
        not replace a quote from a provider.
      </p>
    </section>
  );
}

function PortfolioPart({ results }: { results: AssessmentResults }) {
  const readout = portfolioReadout(content, results);
  const rows = portfolioRows(content, results);
  return (
    <section className="report-page pt-10 print:pt-0" aria-labelledby="report-portfolio">
      <PartHeading id="report-portfolio" eyebrow="Summary">
        The portfolio
      </PartHeading>
      <div className="report-keep mt-5 space-y-2 text-base leading-7">
        <p className="text-lg font-medium" data-testid="report-counts">
          {readout.countsSentence}
        </p>
        <p>{readout.totalSentence}</p>
        {readout.premiumSentence ? <p>{readout.premiumSentence}</p> : null}
        {readout.leastCertainSentence ? <p>{readout.leastCertainSentence}</p> : null}
      </div>
      <div className="mt-5">
        <DataTable caption="Use cases and their recommendations">
          <thead>
            <tr>
              <th scope="col" className={thNum}>
                #
              </th>
              <th scope="col" className={th}>
                Use case
              </th>
              <th scope="col" className={th}>
                Recommendation
              </th>
              <th scope="col" className={thNum}>
                Confidence
              </th>
              <th scope="col" className={thNum}>
                Monthly cost
              </th>
              <th scope="col" className={thNum}>
                Requests / month
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.id} data-use-case={row.id}>
                <td className={`${tdNum} text-ink-muted`}>{i + 1}</td>
                <th scope="row" className={`${td} font-medium`}>
                  {row.name}
                </th>
                <td className={`${td} whitespace-nowrap`}>
                  <OptionName option={row.recommendation} name={row.recommendationName} />
                </td>
                <td className={tdNum}>{formatPercent(row.confidence)}</td>
                <td className={tdNum}>{usd(row.monthlyUsd)}</td>
                <td className={tdNum}>{formatCount(row.monthlyRequests)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
      <PortfolioChartFigure results={results} />
    </section>
  );
}

function UseCasePart({
  results,
  result,
  number,
  count,
  overrides,
  preparedOn,
}: {
  results: AssessmentResults;
  result: UseCaseResult;
  number: number;
  count: number;
  overrides: Assessment["assumptions"];
  preparedOn: Date;
}) {
  const headingId = `report-use-case-${number}`;
  const template = result.template
    ? content.templates.find((t) => t.id === result.template)
    : undefined;
  return (
    <section
      className="report-page pt-14 print:pt-0"
      aria-labelledby={headingId}
      data-testid="report-use-case"
    >
      <PartHeading id={headingId} eyebrow={`Use case ${number} of ${count}`}>
        {result.name}
      </PartHeading>
      {template ? (
        <p className="mt-2 text-sm text-ink-muted">From the template “{template.name}”</p>
      ) : null}
      <div className="report-keep mt-5">
        <RecommendationCard result={result} />
      </div>
      <Drivers results={results} result={result} />
      <Flips result={result} />
      <AssumedAnswers results={results} result={result} />
      <Fit results={results} result={result} />
      <Cost
        result={result}
        stale={stalePriceSentence(
          stalePrices(
            content,
            assumptionsUsed(result, results.organization, overrides),
            overrides,
            preparedOn,
          ),
        )}
      />
      <RisksAndSteps result={result} />
    </section>
  );
}

function Drivers({ results, result }: { results: AssessmentResults; result: UseCaseResult }) {
  const reasons = reasonRows(content, result, results.assumedOrganization);
  const rec = optionShortName(content, result.recommendation);
  const other = reasons.comparedWith ? optionShortName(content, reasons.comparedWith) : null;
  const side = (title: string, rows: ReasonRow[], testId: string) =>
    rows.length === 0 ? null : (
      <div>
        <p className="mt-3 text-sm font-semibold">{title}</p>
        <ol className="mt-1.5 space-y-1.5 text-sm leading-6" data-testid={testId}>
          {rows.slice(0, SHOWN_DRIVERS).map((row) => (
            <li key={row.question} className="flex gap-3">
              <span className="w-10 shrink-0 text-right font-semibold text-ink-muted tabular-nums">
                {formatPoints(row.points)}
              </span>
              <span>
                <span className="font-semibold">{row.questionLabel}:</span> {row.answer}
                {row.assumed ? <span className="text-ink-muted"> (assumed)</span> : null}.
              </span>
            </li>
          ))}
        </ol>
        {rows.length > SHOWN_DRIVERS ? (
          <p className="mt-1 pl-13 text-xs text-ink-muted">
            {rows.length - SHOWN_DRIVERS} more weigh{rows.length - SHOWN_DRIVERS === 1 ? "s" : ""}{" "}
            less.
          </p>
        ) : null}
      </div>
    );
  return (
    <>
      <SubHeading>Why: the answers that decided it</SubHeading>
      {other === null ? (
        <p className="mt-2 text-sm text-ink-muted">
          No other option is left to weigh the recommendation against.
        </p>
      ) : reasons.for.length === 0 && reasons.against.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">
          No single answer moved the scores by more than a fraction of a point.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm leading-6 text-ink-muted">
            Fit-score points each answer moves {rec} ahead of {other}, the{" "}
            {result.runnerUp ? "runner-up" : "best option ruled out"}.
          </p>
          <div className="report-keep grid gap-x-8 sm:grid-cols-2" data-testid="report-drivers">
            {side(`What favours ${rec}`, reasons.for, "report-reasons-for")}
            {side(`What speaks for ${other} instead`, reasons.against, "report-reasons-against")}
          </div>
        </>
      )}
    </>
  );
}

function Fit({
  results,
  result,
}: {
  results: Pick<AssessmentResults, "criterionWeights">;
  result: UseCaseResult;
}) {
  const rows = fitRows(content, result, results);
  const excluded = new Set(result.excluded.map((e) => e.option));
  return (
    <>
      <SubHeading>How each option fits</SubHeading>
      <p className="mt-1 text-sm leading-6 text-ink-muted">
        Fit score 0–100, higher fits better: each option&apos;s rating on every criterion (0–5),
        weighted by the share of the score the criterion carries in this use case (your weight,
        multiplied by what your answers make of it and, for cost, by the money at stake).
      </p>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-1.5 text-sm" aria-label="Fit scores">
        {rankedOptions(result).map((option) => (
          <li key={option} className="inline-flex items-center gap-2">
            <OptionName
              option={option}
              name={optionShortName(content, option)}
              strong={option === result.recommendation}
            />
            <span className="font-semibold tabular-nums">
              {formatScore(result.scores[option].score)}
            </span>
            {excluded.has(option) ? <Tag tone="muted">Ruled out</Tag> : null}
          </li>
        ))}
      </ul>
      <FitChartFigure result={result} rows={rows} />
      <div className="mt-3">
        <DataTable caption="Ratings (0–5) by criterion, with your weight and the share of the score the criterion carries here">
          <thead>
            <tr>
              <th scope="col" className={th}>
                Criterion
              </th>
              <th scope="col" className={thNum}>
                Your weight
              </th>
              <th scope="col" className={thNum}>
                Share of score
              </th>
              {optionIds.map((option) => (
                <th key={option} scope="col" className={thOption}>
                  <OptionName option={option} name={optionShortName(content, option)} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.criterion}>
                <th scope="row" className={`${td} font-medium`}>
                  {row.name}
                </th>
                <td className={tdNum}>{formatNumber(row.weight)}</td>
                <td className={tdNum}>{formatPercent(row.share)}</td>
                {optionIds.map((option) => (
                  <td key={option} className={tdNum}>
                    {formatNumber(row.ratings[option])}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" colSpan={3} className={`${td} border-b-0 font-semibold`}>
                Fit score (0–100)
              </th>
              {optionIds.map((option) => (
                <td key={option} className={`${tdNum} border-b-0 font-semibold`}>
                  {formatNumber(result.scores[option].score)}
                </td>
              ))}
            </tr>
          </tbody>
        </DataTable>
      </div>
    </>
  );
}

function Cost({ result, stale }: { result: UseCaseResult; stale: string | null }) {
  const { cost } = result;
  const rows = costRows(content, result);
  const byVolume = costByVolumeRows(cost);
  return (
    <>
      <SubHeading>What it costs</SubHeading>
      <p className="mt-1 text-sm leading-6 text-ink-muted">
        At {formatCount(cost.monthlyRequests)} requests a month ({formatCount(cost.monthlyTokens)}{" "}
        tokens), engineers&apos; time included.
      </p>
      <div className="mt-3">
        <DataTable caption="What each option costs a month (USD)">
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
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.option} data-option={row.option}>
                <th scope="row" className={`${td} font-medium`}>
                  <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
                    <OptionName option={row.option} name={row.name} strong={row.recommended} />
                    {row.recommended ? <Tag tone="accent">Recommended</Tag> : null}
                    {row.excluded ? <Tag tone="muted">Ruled out</Tag> : null}
                  </span>
                </th>
                <td className={tdNum}>{usd(row.tokensUsd)}</td>
                <td className={tdNum}>{usd(row.gpuUsd)}</td>
                <td className={tdNum}>{usd(row.staffUsd)}</td>
                <td className={`${tdNum} font-semibold`}>{usd(row.monthlyUsd)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
      <div className="report-keep mt-4 space-y-1.5 text-sm leading-6">
        <p className="font-medium">
          {describeMoney(
            content,
            result,
            result.assumed.some((a) => a.question === "monthlyRequests"),
          )}
        </p>
        {crossingSentences(content, result).map((sentence) => (
          <p key={sentence}>
            <span className="font-semibold">Crossover. </span>
            {sentence}
          </p>
        ))}
        {likeForLikeSentence(cost) ? (
          <p className="text-ink-muted">{likeForLikeSentence(cost)}</p>
        ) : null}
        <p className="text-ink-muted" data-testid="models-priced">
          {modelsPricedSentence(content, cost)}
        </p>
        {stale ? <p data-testid="stale-prices">{stale}</p> : null}
      </div>
      <div className="report-keep mt-4">
        <PathBlock
          result={result}
          heading={<h4 className="text-base font-semibold tracking-tight">Over the year</h4>}
        />
      </div>
      <CostChartFigure result={result} />
      <div className="mt-3">
        <DataTable caption="Monthly cost by volume (USD per month)">
          <thead>
            <tr>
              <th scope="col" className={th}>
                Requests / month
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
              <tr key={row.monthlyRequests} className={row.own ? "font-semibold" : undefined}>
                <th scope="row" className={`${td} ${row.own ? "font-semibold" : "font-medium"}`}>
                  {formatCount(row.monthlyRequests)}
                  {row.own ? " (this use case)" : ""}
                </th>
                {optionIds.map((option) => (
                  <td key={option} className={tdNum}>
                    {formatUsdPerMonth(row[option]).replace(" / month", "")}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>
      </div>
    </>
  );
}

/** The report lists the nearest changes; the rest are further away and counted. */
const REPORT_FLIPS = 5;

function Flips({ result }: { result: UseCaseResult }) {
  const all = rankedFlips(content, result);
  const lines = all.slice(0, REPORT_FLIPS);
  return (
    <>
      <SubHeading>What would change the answer</SubHeading>
      {lines.length === 0 ? (
        <p className="mt-2 text-sm leading-6">{noFlipSentence(content, result)}</p>
      ) : (
        <>
          <p className="mt-1 text-sm leading-6 text-ink-muted">
            One change at a time, the smallest first.
          </p>
          <ol
            className="mt-2 list-decimal space-y-1 pl-5 text-sm leading-6"
            data-testid="report-flips"
          >
            {lines.map(({ sentence }) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ol>
          {all.length > lines.length ? (
            <p className="mt-1 pl-5 text-xs text-ink-muted">
              {all.length - lines.length} more change{all.length - lines.length === 1 ? "" : "s"}{" "}
              would also turn it, each further from these answers; the results on screen list them
              all.
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

function RisksAndSteps({ result }: { result: UseCaseResult }) {
  return (
    <div className="grid gap-x-8 sm:grid-cols-2">
      <div>
        <SubHeading>Risks to mitigate</SubHeading>
        {result.risks.length === 0 ? (
          <p className="mt-2 text-sm text-ink-muted">
            No particular risks for this option and these answers.
          </p>
        ) : (
          <ul className="mt-2 space-y-3 text-sm leading-6">
            {result.risks.map((risk) => (
              <li key={risk.id}>
                <p className="font-semibold">{risk.title}</p>
                <p className="text-ink-muted">{risk.detail}</p>
                <p>
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
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm leading-6">
          {result.nextSteps.map((step) => (
            <li key={step.id}>{step.text}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}

/** The answers the engine had to assume, in one line: what to confirm first. */
function AssumedAnswers({
  results,
  result,
}: {
  results: AssessmentResults;
  result: UseCaseResult;
}) {
  const assumed = answerRows(content, results, result).filter((row) => row.status !== "given");
  return (
    <p className="mt-4 text-sm leading-6">
      <span className="font-semibold">Assumed answers: </span>
      {assumed.length === 0 ? (
        "none — every question was answered."
      ) : (
        <span className="text-ink-muted">
          {assumed
            .map(
              (row) =>
                `${row.shortLabel} (${row.answer}, ${answerStatusLabel(row.status).toLowerCase()})`,
            )
            .join("; ")}
          .
        </span>
      )}
    </p>
  );
}

function AssumptionsPart({
  assessment,
  results,
}: {
  assessment: Assessment;
  results: AssessmentResults;
}) {
  const groups = groupAssumptions(
    assumptionRows(content, results.assumptions, assessment.assumptions),
  );
  const weights = weightRows(content, assessment.weights);
  const changedWeights = weights.filter((w) => w.changed).length;
  return (
    <section className="report-page pt-14 print:pt-0" aria-labelledby="report-assumptions">
      <PartHeading id="report-assumptions" eyebrow="Sources">
        Assumptions, sources and dates
      </PartHeading>
      <p className="mt-4 text-sm leading-6 text-ink-muted">
        Every cost in this report comes from these figures. Values changed for this assessment are
        marked, with the sourced value they replace.
      </p>
      <div className="mt-4 space-y-5">
        {groups.map((group) => (
          <DataTable key={group.group} caption={group.title}>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Assumption
                </th>
                <th scope="col" className={thNum}>
                  Value used
                </th>
                <th scope="col" className={th}>
                  Source
                </th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.id} data-assumption={row.id}>
                  <th scope="row" className={`${td} font-medium`}>
                    {row.label}
                    {row.changed ? (
                      <span className="ml-2 inline-block">
                        <Tag tone="accent">Changed</Tag>
                      </span>
                    ) : null}
                  </th>
                  <td className={`${tdNum} whitespace-normal`}>
                    {formatAssumptionValue(row, row.value)}
                    {row.changed ? (
                      <span className="block text-xs text-ink-muted">
                        sourced: {formatAssumptionValue(row, row.defaultValue)}
                      </span>
                    ) : null}
                  </td>
                  <td className={`${td} text-xs leading-5 text-ink-muted`}>
                    {row.source} (as of {formatAsOf(row.asOf)})
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ))}
      </div>
      <div className="report-keep">
        <SubHeading>Criterion weights</SubHeading>
        <p className="mt-1 text-sm leading-6 text-ink-muted">
          How much each criterion counts, 0–10, before each use case&apos;s answers adjust it.{" "}
          {changedWeights === 0
            ? "All at Crossover's defaults."
            : `${changedWeights} changed for this assessment.`}
        </p>
        <div className="mt-3">
          <DataTable caption="Criterion weights" captionHidden>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Criterion
                </th>
                <th scope="col" className={thNum}>
                  Weight
                </th>
                <th scope="col" className={thNum}>
                  Default
                </th>
              </tr>
            </thead>
            <tbody>
              {weights.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className={`${td} font-medium`}>
                    {row.name}
                    {row.changed ? (
                      <span className="ml-2 inline-block">
                        <Tag tone="accent">Changed</Tag>
                      </span>
                    ) : null}
                  </th>
                  <td className={tdNum}>{formatNumber(row.value)}</td>
                  <td className={`${tdNum} text-ink-muted`}>{formatNumber(row.defaultValue)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </div>
      </div>
    </section>
  );
}
