import { content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { formatPercent } from "@/lib/format";
import { fitChartData, fitRows, rankedOptions } from "@/lib/view/fit";
import { formatNumber, formatScore } from "@/lib/view/format";
import { optionIds, optionShortName, optionSwatchClass } from "@/lib/view/options";
import { ChartLegend } from "./chart-legend";
import { LazyChart } from "./lazy-chart";
import { OptionName, Tag } from "./option-tag";
import { ResultSection } from "./section";
import { DataTable, td, tdNum, th, thNum, thOption } from "./table";

/** Fit: each option's score, and its rating on every criterion (chart and table). */
export function FitSection({
  results,
  result,
  animate,
}: {
  results: Pick<AssessmentResults, "criterionWeights">;
  result: UseCaseResult;
  animate: boolean;
}) {
  const rows = fitRows(content, result, results);
  const excluded = new Set(result.excluded.map((e) => e.option));
  const ranked = rankedOptions(result);
  const series = optionIds.map((option) => ({
    option,
    name: `${optionShortName(content, option)}${excluded.has(option) ? " (ruled out)" : ""}`,
  }));
  return (
    <ResultSection
      id="fit"
      eyebrow="Fit"
      title="How each option fits, criterion by criterion"
      intro="The fit score (0–100, higher fits better) is each option's rating on every criterion (0–5, higher fits better), weighted by how much the criterion counts in this use case: your weight, multiplied by what your answers make of it and, for cost, by the money at stake."
    >
      <ul className="space-y-3" aria-label="Fit scores" data-testid="fit-scores">
        {ranked.map((option) => {
          const score = result.scores[option].score;
          return (
            <li key={option} data-option={option} data-value={score}>
              <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-sm sm:text-base 2xl:text-lg">
                <span className="flex flex-wrap items-center gap-2">
                  <OptionName
                    option={option}
                    name={optionShortName(content, option)}
                    strong={option === result.recommendation}
                  />
                  {option === result.recommendation ? <Tag tone="accent">Recommended</Tag> : null}
                  {excluded.has(option) ? <Tag tone="muted">Ruled out</Tag> : null}
                </span>
                <span className="font-semibold tabular-nums">{formatScore(score)}</span>
              </div>
              <div
                aria-hidden="true"
                className="mt-1.5 h-2.5 overflow-hidden rounded-full bg-surface-muted"
              >
                <div
                  className={`h-full rounded-full ${optionSwatchClass[option]} ${excluded.has(option) ? "opacity-40" : ""}`}
                  style={{ width: `${Math.max(0, Math.min(100, score))}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>

      <div className="mt-8">
        <ChartLegend series={series} />
        <LazyChart
          label={`Bar chart of each option's rating from 0 to 5 on each of the ${rows.length} criteria for ${result.name}. The same figures are in the table below.`}
          heightClass="h-[40rem] sm:h-[44rem]"
          render={({ FitChart }) => (
            <FitChart
              data={fitChartData(rows)}
              series={series}
              min={0}
              labelWidth={128}
              animate={animate}
            />
          )}
        />
      </div>

      <div className="mt-6">
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
              <tr key={row.criterion} data-criterion={row.criterion}>
                <th scope="row" className={`${td} min-w-44 font-medium`}>
                  {row.name}
                </th>
                <td className={tdNum} data-value={row.weight}>
                  {formatNumber(row.weight)}
                </td>
                <td className={tdNum} data-value={row.share}>
                  {formatPercent(row.share)}
                </td>
                {optionIds.map((option) => (
                  <td
                    key={option}
                    className={tdNum}
                    data-option={option}
                    data-value={row.ratings[option]}
                  >
                    {formatNumber(row.ratings[option])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="fit-score-row">
              <th scope="row" colSpan={3} className={`${td} border-b-0 font-semibold`}>
                Fit score (0–100)
              </th>
              {optionIds.map((option) => (
                <td
                  key={option}
                  className={`${tdNum} border-b-0 font-semibold`}
                  data-option={option}
                  data-value={result.scores[option].score}
                >
                  {formatNumber(result.scores[option].score)}
                  {excluded.has(option) ? (
                    <span className="block text-xs font-normal text-ink-muted">ruled out</span>
                  ) : null}
                </td>
              ))}
            </tr>
          </tfoot>
        </DataTable>
      </div>
    </ResultSection>
  );
}
