"use client";

import type { ReactNode } from "react";
import type { Question } from "@/content/schema";
import type { AnswerState } from "@/components/questionnaire/progress";
import { RadioCards } from "@/components/questionnaire/radio-cards";
import { FacilitatorNotes, WhyWeAsk } from "./question-help";
import { StepFrame, STEP_HEADING_ID } from "./step-frame";
import { primaryButton } from "./styles";

type ChoiceQuestion = Extract<Question, { kind: "choice" }>;

/** The radio value of "Not sure"; no answer in the format looks like it. */
export const NOT_SURE = "crossover:not-sure";

interface ChoiceStepProps {
  question: ChoiceQuestion;
  /** Unique per question and use case, so that a new step is a new radio group. */
  name: string;
  state: AnswerState;
  /** The answer given, if any. */
  answer: string | undefined;
  /** The template's value, pre-selected until the user confirms or changes it. */
  fromTemplate: string | undefined;
  progress: string;
  fraction: number;
  context: ReactNode;
  onChoose: (value: string) => void;
  onNotSure: () => void;
  /** Moves on; called after a pre-selected template answer has been confirmed. */
  onNext: () => void;
  back: ReactNode;
}

/** One question answered by choosing an option, with "Not sure" always available. */
export function ChoiceStep({
  question,
  name,
  state,
  answer,
  fromTemplate,
  progress,
  fraction,
  context,
  onChoose,
  onNotSure,
  onNext,
  back,
}: ChoiceStepProps) {
  const checked =
    state === "answered"
      ? answer
      : state === "not-sure"
        ? NOT_SURE
        : state === "template"
          ? fromTemplate
          : undefined;
  const assumedValue = fromTemplate ?? question.assumed;
  const assumedLabel =
    question.options.find((o) => o.value === assumedValue)?.label ?? assumedValue;
  const whyId = `${name}-why`;

  return (
    <StepFrame
      progress={progress}
      fraction={fraction}
      context={context}
      heading={question.label}
      onSubmit={() => {
        // Moving on from a pre-selected template answer confirms it.
        if (state === "template" && fromTemplate !== undefined) onChoose(fromTemplate);
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
      <WhyWeAsk id={whyId} text={question.why} />
      <div className="mt-6 2xl:mt-8">
        <RadioCards
          name={name}
          labelledBy={STEP_HEADING_ID}
          describedBy={whyId}
          checked={checked}
          onChoose={(value) => (value === NOT_SURE ? onNotSure() : onChoose(value))}
          options={question.options.map((option) => ({
            value: option.value,
            label: option.label,
            description: option.description,
            note:
              state === "template" && option.value === fromTemplate
                ? "From the template — confirm or change"
                : undefined,
          }))}
          extra={[
            {
              value: NOT_SURE,
              label: "Not sure",
              description:
                fromTemplate !== undefined
                  ? `We'll go by the template's answer, “${assumedLabel}”, and say so in the results.`
                  : `We'll assume “${assumedLabel}” and say so in the results.`,
            },
          ]}
        />
      </div>
      <FacilitatorNotes facilitator={question.facilitator} />
    </StepFrame>
  );
}
