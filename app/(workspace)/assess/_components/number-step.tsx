"use client";

import { useRef, useState, type ReactNode } from "react";
import type { Question, Template } from "@/content/schema";
import { NumberField } from "@/components/questionnaire/number-field";
import {
  formatWholeNumber,
  fromMonthly,
  rangeFor,
  toMonthly,
  type VolumePeriod,
} from "@/components/questionnaire/numbers";
import type { AnswerState, QuestionSection } from "@/components/questionnaire/progress";
import { useCaseNumbers, type UseCaseNumberQuestionId } from "@/lib/vocabulary";
import { content } from "@/content";
import { implausibleVolumeReason, plausibleVolume, type UseCaseResult } from "@/lib/engine";
import { formatCount } from "@/lib/format";
import { FacilitatorNotes, WhyWeAsk } from "./question-help";
import { StepFrame } from "./step-frame";
import { primaryButton, quietButton } from "./styles";

type NumberQuestion = Extract<Question, { kind: "number" }>;

function isNumberQuestion(question: Question): question is NumberQuestion {
  return question.kind === "number";
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface NumberStepProps {
  section: QuestionSection;
  /** Unique per use case, for the fields' ids. */
  name: string;
  states: Readonly<Record<string, AnswerState>>;
  /** The answers given for the section's questions. */
  answers: Partial<Record<UseCaseNumberQuestionId, number>>;
  template: Template | undefined;
  /** The engine's result, for the tokens a month the answers add up to. */
  result: UseCaseResult | undefined;
  /** Per day or per month; kept by the questionnaire so that it holds from use case to use case. */
  period: VolumePeriod;
  onPeriodChange: (period: VolumePeriod) => void;
  progress: string;
  fraction: number;
  context: ReactNode;
  onSet: (questionId: UseCaseNumberQuestionId, value: number) => void;
  onNotSure: (questionId: UseCaseNumberQuestionId) => void;
  onNext: () => void;
  back: ReactNode;
}

/**
 * A question answered with a number, and the numbers asked with it. The volume is asked in the
 * user's terms — per day or per month, with the template's typical volumes one click away — and
 * the request sizes beside it, for those who know them, with the tokens a month they add up to.
 */
export function NumberStep({
  section,
  name,
  states,
  answers,
  template,
  result,
  period,
  onPeriodChange,
  progress,
  fraction,
  context,
  onSet,
  onNotSure,
  onNext,
  back,
}: NumberStepProps) {
  const [primary, ...others] = section.questions.filter(isNumberQuestion);
  const [invalid, setInvalid] = useState<Readonly<Record<string, boolean>>>({});
  /** Bumped to show the held value again after a preset or "not sure" replaced what was typed. */
  const [resets, setResets] = useState(0);
  const fieldRefs = useRef<Record<string, HTMLInputElement | null>>({});
  if (!primary) return null;

  const primaryId = primary.id;
  const isVolume = primaryId === "monthlyRequests";
  const shownPeriod: VolumePeriod = isVolume ? period : "month";
  const state = states[primaryId] ?? "open";
  const fromTemplate = template?.answers[primaryId];
  const held =
    state === "answered" ? answers[primaryId] : state === "template" ? fromTemplate : undefined;
  // What the engine assumes when not sure: its own resolved value (the volume in a year, for one,
  // follows today's), else the template's or content's.
  const assumed =
    (state === "not-sure" && result ? result.answers[primaryId] : undefined) ??
    fromTemplate ??
    primary.assumed;
  const unit = isVolume ? `requests per ${shownPeriod}` : primary.unit;
  const fieldId = `${name}-${primaryId}`;
  const markInvalid = (id: string) => (value: boolean) =>
    setInvalid((current) => (current[id] === value ? current : { ...current, [id]: value }));

  const valueNote =
    state === "template" ? (
      <span className="inline-flex items-center rounded-md bg-surface px-2 py-0.5 text-xs font-medium text-accent ring-1 ring-accent/30 2xl:text-sm">
        From the template — confirm or change
      </span>
    ) : state === "not-sure" ? (
      <span>
        Not sure: we assume{" "}
        {formatWholeNumber(isVolume ? fromMonthly(assumed, shownPeriod) : assumed)} {unit} and say
        so in the results.
      </span>
    ) : null;

  // A volume outside what the use case could plausibly serve: said as it is typed, as the results
  // will say it beside a confidence held down.
  const plausible = plausibleVolume(content, template?.id);
  const volumeWarning =
    isVolume &&
    held !== undefined &&
    !invalid[primaryId] &&
    (held < plausible.min || held > plausible.max) ? (
      <span role="status" className="font-medium text-amber-800 dark:text-amber-300">
        {implausibleVolumeReason(held, plausible)}
      </span>
    ) : null;

  // Tokens a month from the engine, once there is a volume to count them at.
  const volumeLine =
    result && isVolume && !invalid[primaryId] && (held !== undefined || state === "not-sure") ? (
      <span>
        {shownPeriod === "day" && held !== undefined
          ? `That is ${formatWholeNumber(held)} requests a month and`
          : "That is"}{" "}
        about{" "}
        <strong className="font-semibold text-ink">
          {formatCount(result.cost.monthlyTokens)} tokens a month
        </strong>{" "}
        with the request sizes below.
      </span>
    ) : null;

  return (
    <StepFrame
      progress={progress}
      fraction={fraction}
      context={context}
      heading={primary.label}
      onSubmit={() => {
        const bad = [primaryId, ...others.map((q) => q.id)].find((id) => invalid[id]);
        if (bad !== undefined) {
          fieldRefs.current[bad]?.focus();
          return;
        }
        if (state === "template" && fromTemplate !== undefined) onSet(primaryId, fromTemplate);
        // The request sizes were on screen and kept: an answer seen and accepted is an answer.
        for (const question of others) {
          const questionState = states[question.id] ?? "open";
          if (questionState === "answered" || questionState === "not-sure") continue;
          onSet(question.id, template?.answers[question.id] ?? question.assumed);
        }
        onNext();
      }}
      actions={
        <>
          {back}
          <button type="submit" className={primaryButton}>
            Next
          </button>
        </>
      }
    >
      <WhyWeAsk id={`${fieldId}-why`} text={primary.why} />

      {isVolume ? (
        <div
          role="radiogroup"
          aria-label="Count requests"
          className="mt-6 inline-flex rounded-lg border border-line-strong bg-surface-muted p-1 2xl:mt-8"
        >
          {(["day", "month"] as const).map((option) => (
            <label
              key={option}
              className="relative inline-flex min-h-10 cursor-pointer items-center rounded-md px-4 text-sm font-medium text-ink-muted has-checked:bg-surface has-checked:text-ink has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent 2xl:min-h-12 2xl:px-6 2xl:text-lg"
            >
              <input
                type="radio"
                name={`${name}-period`}
                value={option}
                checked={period === option}
                onChange={() => onPeriodChange(option)}
                className="sr-only"
              />
              Per {option}
            </label>
          ))}
        </div>
      ) : null}

      <div className="mt-5">
        <NumberField
          key={`${shownPeriod}-${resets}`}
          id={fieldId}
          size="lg"
          label={capitalize(unit)}
          value={held === undefined ? undefined : isVolume ? fromMonthly(held, shownPeriod) : held}
          placeholder={`e.g. ${formatWholeNumber(isVolume ? fromMonthly(assumed, shownPeriod) : assumed)}`}
          range={
            isVolume
              ? rangeFor(useCaseNumbers.monthlyRequests, shownPeriod)
              : useCaseNumbers[primaryId]
          }
          onValidChange={(value) =>
            onSet(primaryId, isVolume ? toMonthly(value, shownPeriod) : value)
          }
          onInvalidChange={markInvalid(primaryId)}
          inputRef={(element) => {
            fieldRefs.current[primaryId] = element;
          }}
          after={
            <button
              type="button"
              aria-pressed={state === "not-sure"}
              onClick={() => {
                onNotSure(primaryId);
                setResets((n) => n + 1);
                markInvalid(primaryId)(false);
              }}
              className={`${quietButton} min-h-12 border border-dashed border-line-strong px-4 aria-pressed:border-solid aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-ink 2xl:min-h-16 2xl:px-6 2xl:text-lg`}
            >
              Not sure
            </button>
          }
          hint={
            valueNote || volumeLine || volumeWarning ? (
              <span className="flex flex-col items-start gap-1.5">
                {valueNote}
                {volumeWarning}
                {volumeLine}
              </span>
            ) : undefined
          }
        />
      </div>

      {isVolume && template ? (
        <div className="mt-5">
          <div
            role="group"
            aria-label={`Typical volumes for “${template.name}”`}
            className="flex w-full flex-col gap-2"
          >
            <p aria-hidden="true" className="text-sm font-medium text-ink-muted 2xl:text-lg">
              Typical volumes for this kind of use case
            </p>
            <div className="flex flex-wrap gap-2">
              {template.volumePresets.map((preset) => {
                const pressed = held === preset.monthlyRequests;
                return (
                  <button
                    key={preset.label}
                    type="button"
                    aria-pressed={pressed}
                    onClick={() => {
                      onSet(primaryId, preset.monthlyRequests);
                      setResets((n) => n + 1);
                      markInvalid(primaryId)(false);
                    }}
                    className="inline-flex min-h-10 flex-col items-start rounded-lg border border-line bg-surface px-3 py-1.5 text-left text-sm transition-colors hover:border-line-strong aria-pressed:border-accent aria-pressed:bg-accent-soft 2xl:px-4 2xl:py-2.5 2xl:text-lg"
                  >
                    <span className="font-medium text-ink">{preset.label}</span>
                    <span className="text-ink-muted">
                      {shownPeriod === "day"
                        ? `about ${formatCount(fromMonthly(preset.monthlyRequests, "day"))} a day`
                        : `${formatCount(preset.monthlyRequests)} a month`}
                    </span>
                  </button>
                );
              })}
            </div>
          </div>
        </div>
      ) : null}

      {others.length > 0 ? (
        <fieldset className="mt-8 rounded-xl border border-line p-4 sm:p-5 2xl:p-7">
          <legend className="float-left w-full text-sm font-semibold text-ink 2xl:text-lg">
            Size of each request, if you know it
          </legend>
          <p className="clear-left pt-1 text-sm leading-6 text-ink-muted 2xl:text-lg 2xl:leading-8">
            They start from {template ? "the template's typical sizes" : "typical sizes"}: keep
            them, or change them if you know better. What you keep counts as your answer. A page of
            text is about 500 to 750 tokens.
          </p>
          <div className="mt-4 grid gap-5 md:grid-cols-2">
            {others.map((question) => {
              const id = question.id;
              const questionState = states[id] ?? "open";
              const value = answers[id] ?? template?.answers[id] ?? question.assumed;
              return (
                <NumberField
                  key={`${id}-${resets}`}
                  id={`${name}-${id}`}
                  label={question.label}
                  labelClassName={others.length > 1 ? "md:min-h-12 2xl:min-h-16" : ""}
                  suffix={question.unit}
                  value={value}
                  range={useCaseNumbers[id]}
                  onValidChange={(next) => onSet(id, next)}
                  onInvalidChange={markInvalid(id)}
                  inputRef={(element) => {
                    fieldRefs.current[id] = element;
                  }}
                  hint={
                    questionState === "template"
                      ? "From the template: kept as your answer when you go on."
                      : questionState === "answered"
                        ? undefined
                        : "A typical value: kept as your answer when you go on."
                  }
                />
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <FacilitatorNotes facilitator={primary.facilitator} />
    </StepFrame>
  );
}
