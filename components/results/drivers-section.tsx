import { content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { driverChartData, driverRows, reasonRows, type ReasonRow } from "@/lib/view/drivers";
import { formatPoints } from "@/lib/view/format";
import type { ResultsSource } from "@/lib/view/links";
import { optionIds, optionShortName } from "@/lib/view/options";
import { ChartLegend } from "./chart-legend";
import { LazyChart } from "./lazy-chart";
import { OptionName, Tag } from "./option-tag";
import { QuestionLink } from "./question-link";
import { ResultSection, SubHeading } from "./section";
import { DataTable, td, tdNum, th, thNum, thOption } from "./table";

/** Why: the answers that moved the result, largest first, as a list, a chart and a table. */
export function DriversSection({
  results,
  result,
  source,
  animate,
}: {
  results: Pick<AssessmentResults, "assumedOrganization">;
  result: UseCaseResult;
  source: ResultsSource;
  animate: boolean;
}) {
  const rows = driverRows(content, result, results.assumedOrganization);
  const reasons = reasonRows(content, result, results.assumedOrganization);
  const recName = optionShortName(content, result.recommendation);
  const otherName = reasons.comparedWith ? optionShortName(content, reasons.comparedWith) : "";
  const excluded = new Set(result.excluded.map((e) => e.option));
  const series = optionIds.map((option) => ({
    option,
    name: `${optionShortName(content, option)}${excluded.has(option) ? " (ruled out)" : ""}`,
  }));
  return (
    <ResultSection
      id="why"
      eyebrow="Why"
      title="The answers that decided it"
      intro={
        reasons.comparedWith
          ? `Each answer weighed by how far it moves ${recName} ahead of ${otherName}, the ${result.runnerUp ? "runner-up" : "best option ruled out"}, in fit-score points. Follow a link to change an answer.`
          : "No other option is left to weigh the recommendation against."
      }
    >
      {reasons.for.length === 0 && reasons.against.length === 0 ? (
        <p className="text-ink-muted">
          No single answer moved the scores by more than a fraction of a point.
        </p>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-2">
            <ReasonList
              title={`What favours ${recName}`}
              empty={`None of your answers favours ${recName} over ${otherName}: it leads on what the options are, not on your answers.`}
              rows={reasons.for}
              result={result}
              source={source}
              testId="reasons-for"
            />
            <ReasonList
              title={`What speaks for ${otherName} instead`}
              empty={`No answer speaks for ${otherName} instead.`}
              rows={reasons.against}
              result={result}
              source={source}
              testId="reasons-against"
            />
          </div>

          <div className="mt-8">
            <SubHeading>Every answer&apos;s effect on each option</SubHeading>
          </div>
          <p className="mt-1 text-sm text-ink-muted 2xl:text-base">
            Measured by taking each answer away, in fit-score points, for all four options.
          </p>
          <div className="mt-6">
            <ChartLegend series={series} />
            <LazyChart
              label={`Bar chart of how far each answer moved each option's score for ${result.name}. The same figures are in the table below.`}
              heightClass={rows.length > 5 ? "h-[30rem] sm:h-[34rem]" : "h-80 sm:h-96"}
              render={({ DriversChart }) => (
                <DriversChart
                  data={driverChartData(rows)}
                  series={series}
                  labelWidth={118}
                  animate={animate}
                />
              )}
            />
          </div>

          <div className="mt-6">
            <DataTable caption="Effect of each answer on each option's score, in points">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    Answer
                  </th>
                  {optionIds.map((option) => (
                    <th key={option} scope="col" className={thOption}>
                      <OptionName option={option} name={optionShortName(content, option)} />
                      {excluded.has(option) ? (
                        <span className="block font-normal">ruled out</span>
                      ) : null}
                    </th>
                  ))}
                  <th scope="col" className={thNum}>
                    Spread
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.question} data-question={row.question}>
                    <th scope="row" className={`${td} min-w-44 font-medium`}>
                      {row.questionLabel}:{" "}
                      <span className="font-normal text-ink-muted">{row.answer}</span>
                    </th>
                    {optionIds.map((option) => (
                      <td
                        key={option}
                        className={tdNum}
                        data-option={option}
                        data-value={row.effects[option]}
                      >
                        {formatPoints(row.effects[option])}
                      </td>
                    ))}
                    <td className={tdNum} data-value={row.size}>
                      {formatPoints(row.size).replace("+", "")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </div>
        </>
      )}
    </ResultSection>
  );
}

/** One side of the argument: the answers for the recommendation, or those against it. */
function ReasonList({
  title,
  empty,
  rows,
  result,
  source,
  testId,
}: {
  title: string;
  empty: string;
  rows: readonly ReasonRow[];
  result: UseCaseResult;
  source: ResultsSource;
  testId: string;
}) {
  return (
    <div>
      <SubHeading>{title}</SubHeading>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted 2xl:text-base">{empty}</p>
      ) : (
        <ol className="mt-2 space-y-2" data-testid={testId}>
          {rows.map((row) => (
            <li
              key={row.question}
              data-question={row.question}
              data-value={row.points}
              className="flex gap-3 rounded-lg border border-line bg-surface p-3 sm:p-4"
            >
              <span
                aria-hidden="true"
                className={`mt-0.5 w-12 shrink-0 text-right font-semibold tabular-nums ${row.points >= 0 ? "text-accent" : "text-ink-muted"}`}
              >
                {formatPoints(row.points)}
              </span>
              <div className="min-w-0 text-sm leading-6 sm:text-base 2xl:text-lg 2xl:leading-8">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="font-semibold">{row.questionLabel}:</span>
                  <QuestionLink source={source} useCaseId={result.id} question={row.question}>
                    {row.answer}
                  </QuestionLink>
                  {row.assumed ? <Tag tone="muted">Assumed</Tag> : null}
                </p>
                <p className="sr-only">{row.sentence}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
