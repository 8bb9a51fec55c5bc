import { content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { answerRows, answerStatusLabel } from "@/lib/view/answers";
import type { ResultsSource } from "@/lib/view/links";
import { Tag } from "./option-tag";
import { QuestionLink } from "./question-link";
import { ResultSection } from "./section";
import { DataTable, td, th } from "./table";

/** The answers behind the result, with the assumed ones marked and a link to each question. */
export function AnswersSection({
  results,
  result,
  source,
}: {
  results: Pick<AssessmentResults, "organization" | "assumedOrganization">;
  result: UseCaseResult;
  source: ResultsSource;
}) {
  const rows = answerRows(content, results, result);
  const assumed = rows.filter((r) => r.status !== "given").length;
  return (
    <ResultSection
      id="answers"
      eyebrow="Answers"
      title="The answers behind this result"
      intro={
        assumed === 0
          ? "Every question was answered."
          : `${assumed} of ${rows.length} answers were assumed. Each assumed answer lowers the confidence a little; answer them to firm the recommendation up.`
      }
    >
      <DataTable caption="Answers, given and assumed" captionHidden>
        <thead>
          <tr>
            <th scope="col" className={th}>
              Question
            </th>
            <th scope="col" className={th}>
              Answer
            </th>
            <th scope="col" className={th}>
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.question} data-question={row.question} data-status={row.status}>
              <th scope="row" className={`${td} font-medium`}>
                {row.shortLabel}
                {row.scope === "organization" ? (
                  <span className="block text-xs font-normal text-ink-muted">Organization</span>
                ) : null}
              </th>
              <td className={td}>
                <QuestionLink source={source} useCaseId={result.id} question={row.question}>
                  {row.answer}
                </QuestionLink>
              </td>
              <td className={td}>
                {row.status === "given" ? (
                  <span className="text-ink-muted">{answerStatusLabel(row.status)}</span>
                ) : (
                  <Tag tone="muted">{answerStatusLabel(row.status)}</Tag>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </ResultSection>
  );
}
