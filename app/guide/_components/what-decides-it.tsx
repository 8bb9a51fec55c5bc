import type { ReactNode } from "react";

import type { Content } from "@/content";

import { describeAnswerEffects } from "./answer-effects";
import type { RatingShift, WeightChange } from "./answer-effects";
import { formatCount, formatDelta, formatFactor } from "./format";
import { optionSwatch } from "./option-style";
import type { OptionId } from "./option-style";

type Criterion = Content["criteria"][number];
type SourcingOption = Content["sourcingOptions"][number];
type Hybrid = Content["hybrid"];
type Question = Content["questions"][number];
type ChoiceQuestion = Extract<Question, { kind: "choice" }>;
type NumberQuestion = Extract<Question, { kind: "number" }>;
type HardConstraint = Content["hardConstraints"][number];
type Template = Content["templates"][number];

type OptionName = { id: OptionId; name: string; shortName: string };

/** The quick-path questions and how each answer moves the advice, then the hard constraints. */
export function WhatDecidesIt({
  questions,
  hardConstraints,
  criteria,
  sourcingOptions,
  hybrid,
  templates,
  costSectionId,
}: {
  questions: readonly Question[];
  hardConstraints: readonly HardConstraint[];
  criteria: readonly Criterion[];
  sourcingOptions: readonly SourcingOption[];
  hybrid: Hybrid;
  /** Give the number questions a sense of scale: what typical use cases run at. */
  templates: readonly Template[];
  /** Where the number questions' cost story is told. */
  costSectionId: string;
}) {
  const quickQuestions = questions.filter((question) => question.quick);
  const allOptions: OptionName[] = [...sourcingOptions, hybrid];

  return (
    <>
      <div className="rounded-lg border border-line bg-surface px-5 py-4 text-sm leading-6 text-ink-muted 2xl:text-base 2xl:leading-7">
        <p>
          <strong className="font-semibold text-ink">How to read the answers.</strong> An answer can
          make a criterion count more or less: <Factor>×2</Factor> means it counts twice as much in
          the score. It can also move an option&apos;s 0–5 rating on a criterion: <Delta>−1</Delta>{" "}
          lowers it by a point. Ratings measure fit, so higher is always better for that option:{" "}
          <Delta>+1</Delta> on operational burden means a lighter load.
        </p>
      </div>

      <ol className="mt-6 grid gap-5 lg:grid-cols-2 2xl:gap-6">
        {quickQuestions.map((question, index) => (
          <li key={question.id} className="break-inside-avoid">
            <QuickQuestionCard
              question={question}
              step={index + 1}
              criteria={criteria}
              sourcingOptions={sourcingOptions}
              hardConstraints={hardConstraints}
              allOptions={allOptions}
              templates={templates}
              costSectionId={costSectionId}
            />
          </li>
        ))}
      </ol>

      <HardConstraints
        hardConstraints={hardConstraints}
        questions={questions}
        allOptions={allOptions}
      />
    </>
  );
}

function QuickQuestionCard({
  question,
  step,
  criteria,
  sourcingOptions,
  hardConstraints,
  allOptions,
  templates,
  costSectionId,
}: {
  question: Question;
  step: number;
  criteria: readonly Criterion[];
  sourcingOptions: readonly SourcingOption[];
  hardConstraints: readonly HardConstraint[];
  allOptions: readonly OptionName[];
  templates: readonly Template[];
  costSectionId: string;
}) {
  const headingId = `question-${question.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="flex h-full flex-col rounded-xl border border-line bg-surface p-6 shadow-sm 2xl:p-7"
    >
      <p className="flex items-center gap-3 text-sm font-medium text-ink-muted 2xl:text-base">
        <span className="inline-flex size-7 items-center justify-center rounded-full bg-accent-soft font-semibold text-accent tabular-nums">
          {step}
        </span>
        {question.scope === "organization"
          ? "Asked once, for the organization"
          : "Asked for each use case"}
      </p>
      <h3
        id={headingId}
        className="mt-4 text-xl font-semibold tracking-tight text-balance 2xl:text-2xl"
      >
        {question.shortLabel}
      </h3>
      <p className="mt-1 leading-7 text-ink 2xl:text-lg 2xl:leading-8">“{question.label}”</p>
      <p className="mt-3 leading-7 text-ink-muted 2xl:text-lg 2xl:leading-8">{question.why}</p>

      {question.kind === "choice" ? (
        <ul className="mt-5 divide-y divide-line border-t border-line">
          {question.options.map((answer) => (
            <AnswerRow
              key={answer.value}
              question={question}
              answer={answer}
              criteria={criteria}
              sourcingOptions={sourcingOptions}
              hardConstraints={hardConstraints}
              allOptions={allOptions}
            />
          ))}
        </ul>
      ) : (
        <div className="mt-5 border-t border-line pt-4 leading-7 2xl:text-lg 2xl:leading-8">
          <p>
            There are no fixed answers to this one. The assessment computes each option&apos;s
            monthly cost at the volume you give, and the volume at which the cheapest option
            changes: see{" "}
            <a
              href={`#${costSectionId}`}
              className="font-medium text-accent underline underline-offset-4 hover:text-accent-strong"
            >
              the cost picture
            </a>
            .
          </p>
          <p className="mt-2 text-sm text-ink-muted 2xl:text-base">
            Left open, it assumes {formatCount(question.assumed)} {question.unit}.
          </p>
          <TypicalVolumes question={question} templates={templates} />
        </div>
      )}
    </article>
  );
}

/** The templates' typical values for a number question, smallest first, as a sense of scale. */
function TypicalVolumes({
  question,
  templates,
}: {
  question: NumberQuestion;
  templates: readonly Template[];
}) {
  const byValue = templates
    .map((template) => ({ template, value: template.answers[question.id] }))
    .sort((a, b) => a.value - b.value);
  if (byValue.length === 0) return null;
  return (
    <div className="mt-5">
      <h4 className="text-sm font-semibold tracking-wide text-ink uppercase 2xl:text-base">
        Typical use cases run at
      </h4>
      <table className="mt-2 w-full text-sm leading-6 2xl:text-base 2xl:leading-7">
        <caption className="sr-only">
          Typical {question.unit} of each use-case template, smallest first
        </caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Use case</th>
            <th scope="col">{capitalizeFirst(question.unit)}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {byValue.map(({ template, value }) => (
            <tr key={template.id}>
              <th scope="row" className="py-1.5 pr-4 text-left font-normal text-ink-muted">
                {template.name}
              </th>
              <td className="py-1.5 text-right font-medium whitespace-nowrap tabular-nums">
                {formatCount(value)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function AnswerRow({
  question,
  answer,
  criteria,
  sourcingOptions,
  hardConstraints,
  allOptions,
}: {
  question: ChoiceQuestion;
  answer: ChoiceQuestion["options"][number];
  criteria: readonly Criterion[];
  sourcingOptions: readonly SourcingOption[];
  hardConstraints: readonly HardConstraint[];
  allOptions: readonly OptionName[];
}) {
  const { weighsMore, weighsLess, ratingShifts } = describeAnswerEffects(
    answer.effects,
    criteria,
    sourcingOptions,
  );
  // Only constraints that this one answer triggers on its own belong beside it.
  const rulesOut = hardConstraints.filter(
    ({ when }) =>
      when.length === 1 && when[0]?.question === question.id && when[0].in.includes(answer.value),
  );
  const movesNothing =
    weighsMore.length === 0 &&
    weighsLess.length === 0 &&
    ratingShifts.length === 0 &&
    rulesOut.length === 0;

  return (
    <li className="py-4 last:pb-0">
      <p className="font-semibold 2xl:text-lg">{answer.label}</p>
      <p className="text-sm leading-6 text-ink-muted 2xl:text-base 2xl:leading-7">
        {answer.description}
      </p>
      <ul className="mt-2 space-y-1.5 text-sm leading-6 2xl:text-base 2xl:leading-7">
        {movesNothing ? (
          <li className="text-ink-muted">The neutral answer: nothing moves.</li>
        ) : null}
        {weighsMore.length > 0 ? (
          <EffectLine label="Counts more">
            <WeightList changes={weighsMore} />
          </EffectLine>
        ) : null}
        {weighsLess.length > 0 ? (
          <EffectLine label="Counts less">
            <WeightList changes={weighsLess} />
          </EffectLine>
        ) : null}
        {ratingShifts.map((shift) => (
          <EffectLine key={shift.options.map(({ id }) => id).join()} label={shiftLabel(shift)}>
            {shift.changes.map(({ criterion, delta }, index) => (
              <span key={criterion.id}>
                {index > 0 ? ", " : null}
                {criterion.name} <Delta>{formatDelta(delta)}</Delta>
              </span>
            ))}
          </EffectLine>
        ))}
        {rulesOut.map((constraint) => (
          <li key={constraint.id} className="flex flex-wrap items-center gap-x-2 gap-y-1.5 pt-1">
            <span className="font-semibold text-ink">Rules out</span>
            <OptionChips ids={constraint.excludes} allOptions={allOptions} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function EffectLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <li>
      <span className="font-semibold text-ink">{label}: </span>
      <span className="text-ink">{children}</span>
    </li>
  );
}

function WeightList({ changes }: { changes: readonly WeightChange[] }) {
  return changes.map(({ criterion, factor }, index) => (
    <span key={criterion.id}>
      {index > 0 ? ", " : null}
      {criterion.name} <Factor>{formatFactor(factor)}</Factor>
    </span>
  ));
}

function shiftLabel({ options, direction }: RatingShift): string {
  const names = joinWithAnd(options.map(({ shortName }) => shortName));
  const verb = options.length > 1 ? "rate" : "rates";
  if (direction === "up") return `${names} ${verb} higher`;
  if (direction === "down") return `${names} ${verb} lower`;
  return `${names}: ratings move`;
}

function Factor({ children }: { children: ReactNode }) {
  return (
    <span className="font-semibold whitespace-nowrap text-accent tabular-nums">{children}</span>
  );
}

function Delta({ children }: { children: ReactNode }) {
  return <span className="font-semibold whitespace-nowrap tabular-nums">{children}</span>;
}

function HardConstraints({
  hardConstraints,
  questions,
  allOptions,
}: {
  hardConstraints: readonly HardConstraint[];
  questions: readonly Question[];
  allOptions: readonly OptionName[];
}) {
  if (hardConstraints.length === 0) return null;
  return (
    <div className="mt-12 2xl:mt-16">
      <h3 className="text-xl font-semibold tracking-tight 2xl:text-2xl">
        Hard constraints: what rules an option out
      </h3>
      <p className="mt-2 max-w-3xl leading-7 text-ink-muted 2xl:text-lg 2xl:leading-8">
        Some answers are not weighed against the others. When one applies, the options it names are
        out, however well they score on everything else.
      </p>
      <ul className="mt-6 grid gap-5 lg:grid-cols-2 2xl:gap-6">
        {hardConstraints.map((constraint) => {
          const stillOpen = allOptions
            .filter(({ id }) => !constraint.excludes.includes(id))
            .map(({ id }) => id);
          return (
            <li
              key={constraint.id}
              className="break-inside-avoid rounded-xl border border-line bg-surface p-6 shadow-sm 2xl:p-7"
            >
              <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase 2xl:text-base">
                When
              </p>
              <p className="mt-1 text-lg leading-7 font-semibold 2xl:text-xl 2xl:leading-8">
                {constraint.when
                  .map((condition) => describeCondition(condition, questions))
                  .join(", and ")}
              </p>
              <dl className="mt-4 space-y-3">
                <div className="grid grid-cols-[5.5rem_1fr] items-baseline gap-x-3 2xl:grid-cols-[6.5rem_1fr]">
                  <dt className="text-sm font-semibold 2xl:text-base">Rules out</dt>
                  <dd>
                    <OptionChips ids={constraint.excludes} allOptions={allOptions} />
                  </dd>
                </div>
                {stillOpen.length > 0 ? (
                  <div className="grid grid-cols-[5.5rem_1fr] items-baseline gap-x-3 2xl:grid-cols-[6.5rem_1fr]">
                    <dt className="text-sm font-semibold 2xl:text-base">Leaves</dt>
                    <dd>
                      <OptionChips ids={stillOpen} allOptions={allOptions} />
                    </dd>
                  </div>
                ) : null}
              </dl>
              <p className="mt-4 border-t border-line pt-4 leading-7 text-ink-muted 2xl:text-lg 2xl:leading-8">
                {constraint.reason}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function OptionChips({
  ids,
  allOptions,
}: {
  ids: readonly OptionId[];
  allOptions: readonly OptionName[];
}) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {ids.map((id) => {
        const option = allOptions.find((candidate) => candidate.id === id);
        return (
          <span
            key={id}
            className="inline-flex items-center gap-1.5 rounded-full border border-line bg-surface-muted px-2.5 py-0.5 text-sm font-medium text-ink 2xl:text-base"
          >
            <span aria-hidden="true" className={`size-2 rounded-full ${optionSwatch[id]}`} />
            {option?.shortName ?? id}
          </span>
        );
      })}
    </span>
  );
}

/** "Data sensitivity is Restricted: must not leave our environment", from the question's labels. */
function describeCondition(
  condition: HardConstraint["when"][number],
  questions: readonly Question[],
): string {
  const question = questions.find(({ id }) => id === condition.question);
  if (!question) return condition.question;
  const answers = condition.in.map((value) =>
    question.kind === "choice"
      ? (question.options.find((option) => option.value === value)?.label ?? value)
      : value,
  );
  return `${question.shortLabel} is “${joinWithOr(answers)}”`;
}

function joinWithAnd(items: readonly string[]): string {
  return joinWith(items, "and");
}

function joinWithOr(items: readonly string[]): string {
  return joinWith(items, "or");
}

function joinWith(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1) ?? ""}`;
}
