import { content } from "@/content";
import type { AssessmentResults } from "@/lib/engine";
import { formatCount, formatUsdPerMonth } from "@/lib/format";
import type { ResultsSource } from "@/lib/view/links";
import { optionColor, optionIds, optionShortName } from "@/lib/view/options";
import {
  portfolioAxes,
  portfolioPoints,
  portfolioReadout,
  portfolioRows,
} from "@/lib/view/portfolio";
import { LazyChart } from "./lazy-chart";
import { RevealInTurn } from "./progressive";
import { OptionName, OptionSwatch } from "./option-tag";
import { PortfolioTable } from "./portfolio-table";
import { ResultSection } from "./section";
import { DataTable, td, tdNum, th, thNum } from "./table";

/** The whole portfolio: the summary to read out, the table, and the chart of all use cases. */
export function PortfolioSection({
  results,
  source,
  animate,
}: {
  results: AssessmentResults;
  source: ResultsSource;
  animate: boolean;
}) {
  const readout = portfolioReadout(content, results);
  const rows = portfolioRows(content, results);
  const series = optionIds.map((option) => ({ option, name: optionShortName(content, option) }));
  const points = portfolioPoints(content, results);
  return (
    <>
      <div
        className="rounded-2xl border border-line bg-surface p-5 shadow-sm sm:p-7 2xl:p-9"
        data-testid="portfolio-readout"
      >
        <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase 2xl:text-base">
          Summary
        </p>
        <p className="mt-2 text-xl leading-8 font-medium tracking-tight text-balance sm:text-2xl sm:leading-9 2xl:text-3xl 2xl:leading-[2.75rem]">
          {readout.countsSentence}
        </p>
        <ul className="mt-4 flex flex-wrap gap-2" aria-label="Use cases by recommendation">
          {readout.counts.map((c) => (
            <li
              key={c.option}
              className="inline-flex items-center gap-2 rounded-full border border-line bg-canvas px-3 py-1 text-sm 2xl:text-base"
              data-option={c.option}
              data-value={c.count}
            >
              <OptionSwatch option={c.option} />
              <span>
                {c.name}: <span className="font-semibold tabular-nums">{c.count}</span>
              </span>
            </li>
          ))}
        </ul>
        <dl className="mt-6 grid gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-ink-muted 2xl:text-base">
              Total monthly cost, recommended options
            </dt>
            <dd
              className="text-2xl font-semibold tracking-tight tabular-nums 2xl:text-3xl"
              data-value={results.portfolio.totalMonthlyUsd}
            >
              {formatUsdPerMonth(results.portfolio.totalMonthlyUsd)}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-ink-muted 2xl:text-base">
              If each used its cheapest option allowed
            </dt>
            <dd
              className="text-2xl font-semibold tracking-tight text-ink-muted tabular-nums 2xl:text-3xl"
              data-value={results.portfolio.cheapestAllowedMonthlyUsd}
            >
              {formatUsdPerMonth(results.portfolio.cheapestAllowedMonthlyUsd)}
            </dd>
          </div>
        </dl>
        <ul className="mt-5 space-y-1.5 text-sm leading-6 sm:text-base sm:leading-7 2xl:text-lg 2xl:leading-8">
          <li data-testid="portfolio-total">{readout.totalSentence}</li>
          {readout.premiumSentence ? (
            <li data-testid="largest-premium">{readout.premiumSentence}</li>
          ) : null}
          {readout.leastCertainSentence ? (
            <li data-testid="least-certain">{readout.leastCertainSentence}</li>
          ) : null}
        </ul>
      </div>

      <div className="space-y-10">
        <RevealInTurn>
          <ResultSection
            id="use-cases"
            title="Use cases"
            intro="Open a use case for its reasons, costs and what would change it. Sort by any column."
          >
            <PortfolioTable rows={rows} source={source} />
          </ResultSection>

          <ResultSection
            id="portfolio-chart"
            title="The portfolio on one chart"
            intro="Each use case by how sensitive its data is and how strategic it is; the bigger the mark, the higher the volume. Numbers match the table above."
          >
            <ul
              aria-label="Legend"
              className="mb-2 flex flex-wrap gap-x-5 gap-y-1.5 text-sm 2xl:text-base"
            >
              {series.map(({ option, name }) => (
                <li key={option} className="inline-flex items-center gap-2">
                  <ShapeSwatch option={option} />
                  {name}
                </li>
              ))}
            </ul>
            <LazyChart
              label={`Scatter chart of the ${results.useCases.length} use cases by data sensitivity and strategic importance, sized by volume and coloured by recommendation. The same facts are in the use-case table.`}
              heightClass="h-[24rem] sm:h-[30rem] 2xl:h-[34rem]"
              render={({ PortfolioChart }) => (
                <PortfolioChart
                  points={points}
                  series={series}
                  axes={portfolioAxes()}
                  animate={animate}
                />
              )}
            />
            <div className="mt-6">
              <DataTable caption="Where each use case sits on the chart">
                <thead>
                  <tr>
                    <th scope="col" className={thNum}>
                      #
                    </th>
                    <th scope="col" className={th}>
                      Use case
                    </th>
                    <th scope="col" className={th}>
                      Data sensitivity
                    </th>
                    <th scope="col" className={th}>
                      Strategic importance
                    </th>
                    <th scope="col" className={thNum}>
                      Requests / month
                    </th>
                    <th scope="col" className={th}>
                      Recommendation
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.id} data-use-case={p.id}>
                      <td className={`${tdNum} text-ink-muted`}>{p.number}</td>
                      <th scope="row" className={`${td} min-w-40 font-medium`}>
                        {p.name}
                      </th>
                      <td className={td}>{p.sensitivityLabel}</td>
                      <td className={td}>{p.importanceLabel}</td>
                      <td className={tdNum} data-value={p.monthlyRequests}>
                        {formatCount(p.monthlyRequests)}
                      </td>
                      <td className={`${td} whitespace-nowrap`} data-option={p.recommendation}>
                        <OptionName
                          option={p.recommendation}
                          name={optionShortName(content, p.recommendation)}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </div>
          </ResultSection>
        </RevealInTurn>
      </div>
    </>
  );
}

/** The option's marker shape in its colour, as drawn on the portfolio chart. */
function ShapeSwatch({ option }: { option: (typeof optionIds)[number] }) {
  const fill = optionColor[option];
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3.5 shrink-0">
      {option === "closed_api" ? <circle cx="6" cy="6" r="5" fill={fill} /> : null}
      {option === "open_managed" ? <rect x="1.5" y="1.5" width="9" height="9" fill={fill} /> : null}
      {option === "open_self_hosted" ? <path d="M6 1 11 10.5H1z" fill={fill} /> : null}
      {option === "hybrid" ? <path d="M6 .8 11.2 6 6 11.2.8 6z" fill={fill} /> : null}
    </svg>
  );
}
