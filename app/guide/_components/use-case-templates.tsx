import type { Content } from "@/content";

import { formatCount } from "./format";

type Template = Content["templates"][number];
type Question = Content["questions"][number];
type TemplateAnswerId = keyof Template["answers"];

/** The typical answers shown for each template: the ones that most often decide the case. */
const shownAnswers = [
  "dataSensitivity",
  "monthlyRequests",
  "strategicImportance",
  "capabilityNeed",
  "customization",
] as const satisfies readonly TemplateAnswerId[];

/**
 * The use-case templates with what each typically needs, as content states it. No recommendation
 * is computed here: that depends on the organization and the answers, and is the engine's job.
 */
export function UseCaseTemplates({
  templates,
  questions,
}: {
  templates: readonly Template[];
  questions: readonly Question[];
}) {
  return (
    <ul className="grid gap-5 md:grid-cols-2 2xl:gap-6">
      {templates.map((template, index) => {
        // An odd last card spans both columns, its facts beside the description, so the grid
        // ends square instead of with one card alone.
        const spansRow = index === templates.length - 1 && templates.length % 2 === 1;
        return (
          <li
            key={template.id}
            className={`break-inside-avoid rounded-xl border border-line bg-surface p-6 shadow-sm 2xl:p-7 ${
              spansRow ? "md:col-span-2 md:grid md:grid-cols-2 md:gap-x-10" : "flex flex-col"
            }`}
          >
            <div>
              <h3 className="text-lg font-semibold tracking-tight text-balance 2xl:text-xl">
                {template.name}
              </h3>
              <p className="mt-2 leading-7 text-ink-muted 2xl:text-lg 2xl:leading-8">
                {template.description}
              </p>
            </div>
            <div className={spansRow ? "pt-5 md:pt-0" : "mt-auto pt-5"}>
              <dl
                className={`grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 border-t border-line pt-4 text-sm leading-6 2xl:text-base 2xl:leading-7 ${
                  spansRow ? "md:border-t-0 md:border-l md:pt-0 md:pl-10" : ""
                }`}
              >
                {shownAnswers.map((answerId) => {
                  const question = questions.find(({ id }) => id === answerId);
                  if (!question) return null;
                  return (
                    <div key={answerId} className="contents">
                      <dt className="text-ink-muted">{question.shortLabel}</dt>
                      <dd className="font-medium text-ink">
                        {describeAnswer(question, template.answers[answerId])}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** A template's answer in the question's own words: the option's label, or the number with its unit. */
function describeAnswer(question: Question, answer: string | number): string {
  if (question.kind === "number") {
    // The term says "monthly"; the count only needs its noun: "200,000 requests".
    const noun = question.unit.split(" ")[0] ?? "";
    return typeof answer === "number" ? `${formatCount(answer)} ${noun}`.trim() : String(answer);
  }
  return question.options.find(({ value }) => value === answer)?.label ?? String(answer);
}
