import { content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { driverChartData, driverRows } from "@/lib/view/drivers";
import { formatPoints } from "@/lib/view/format";
import type { ResultsSource } from "@/lib/view/links";
import { optionIds, optionShortName } from "@/lib/view/options";
import { ChartLegend } from "./chart-legend";
import { LazyChart } from "./lazy-chart";
import { OptionName, Tag } from "./option-tag";
import { QuestionLink } from "./question-link";
import { ResultSection } from "./section";
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
      intro="Each answer's effect on every option's fit score, in points, measured by taking the answer away. Follow a link to change an answer."
    >
      {rows.length === 0 ? (
        <p className="text-ink-muted">
          No single answer moved the scores by more than a fraction of a point.
        </p>
      ) : (
        <>
          <ol className="space-y-3" data-testid="drivers-list">
            {rows.map((row, i) => (
              <li
                key={row.question}
                className="flex gap-3 rounded-lg border border-line bg-surface p-3 sm:p-4"
              >
                <span
                  aria-hidden="true"
                  className="mt-0.5 w-5 shrink-0 text-right font-semibold text-ink-muted tabular-nums"
                >
                  {i + 1}
                </span>
                <div className="min-w-0 text-sm leading-6 sm:text-base 2xl:text-lg 2xl:leading-8">
                  <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-semibold">{row.questionLabel}:</span>
                    <QuestionLink source={source} useCaseId={result.id} question={row.question}>
                      {row.answer}
                    </QuestionLink>
                    {row.assumed ? <Tag tone="muted">Assumed</Tag> : null}
                  </p>
                  <p className="text-ink-muted">{row.sentence}</p>
                </div>
              </li>
            ))}
          </ol>

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
