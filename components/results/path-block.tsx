import { content } from "@/content";
import type { UseCaseResult } from "@/lib/engine";
import { formatCount } from "@/lib/format";
import { formatUsdAmount } from "@/lib/view/format";
import { expectedVolumePhrase, pathRows, pathSentence } from "@/lib/view/path";
import { OptionName } from "./option-tag";
import { DataTable, td, tdNum, th, thNum } from "./table";

/**
 * The path over time: the volume expected in a year, where the recommendation moves as the volume
 * gets there (and beyond, to ten times it), when, and what each move saves. On the results page
 * and in the report.
 */
export function PathBlock({
  result,
  heading,
}: {
  result: UseCaseResult;
  /** The block's heading, at the level its page needs. */
  heading: React.ReactNode;
}) {
  const rows = pathRows(content, result);
  return (
    <div data-testid="path">
      {heading}
      <p className="mt-1 text-sm leading-6 sm:text-base sm:leading-7 2xl:text-lg 2xl:leading-8">
        Today {formatCount(result.path.monthlyRequests)} requests a month;{" "}
        {expectedVolumePhrase(result)}.
      </p>
      <p
        className="mt-1 text-sm leading-6 font-medium sm:text-base sm:leading-7 2xl:text-lg 2xl:leading-8"
        data-testid="path-sentence"
      >
        {pathSentence(content, result)}
      </p>
      {rows.length > 0 ? (
        <div className="mt-3">
          <DataTable caption="Moves as the volume changes" captionHidden>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  Move to
                </th>
                <th scope="col" className={thNum}>
                  At (requests a month)
                </th>
                <th scope="col" className={thNum}>
                  When
                </th>
                <th scope="col" className={thNum}>
                  Saving a year
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.monthlyRequests} data-option={row.option}>
                  <th scope="row" className={`${td} font-medium whitespace-nowrap`}>
                    <OptionName option={row.option} name={row.name} />
                  </th>
                  <td className={tdNum} data-value={row.monthlyRequests}>
                    {formatCount(row.monthlyRequests)}
                  </td>
                  <td className={tdNum}>{row.when}</td>
                  <td className={tdNum} data-value={row.annualSavingUsd}>
                    {formatUsdAmount(row.annualSavingUsd)}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p className="mt-2 text-sm text-ink-muted 2xl:text-base">
            A move within the year is valued at the volume expected in twelve months; a later move,
            just past its own volume. Each saving is against the option before it.
          </p>
        </div>
      ) : null}
    </div>
  );
}
