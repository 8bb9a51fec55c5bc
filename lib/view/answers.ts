/**
 * The answers behind a use case's result, each marked as given or assumed (from its template or
 * from content's default), with the question it links back to.
 */
import type { Content } from "@/content";
import type { AssessmentResults, UseCaseResult } from "@/lib/engine";
import { organizationQuestionIds, useCaseQuestionIds, type QuestionId } from "@/lib/vocabulary";
import { answerLabel, findQuestion } from "./questions";

export type AnswerStatus = "given" | "template" | "default";

export interface AnswerRow {
  question: QuestionId;
  label: string;
  shortLabel: string;
  answer: string;
  status: AnswerStatus;
  scope: "organization" | "useCase";
}

export function answerRows(
  content: Content,
  results: Pick<AssessmentResults, "organization" | "assumedOrganization">,
  useCase: Pick<UseCaseResult, "answers" | "assumed">,
): AnswerRow[] {
  const statusOf = (
    question: QuestionId,
    assumed: readonly { question: QuestionId; source: "template" | "default" }[],
  ): AnswerStatus => assumed.find((a) => a.question === question)?.source ?? "given";
  const row = (
    question: QuestionId,
    value: string | number,
    status: AnswerStatus,
    scope: AnswerRow["scope"],
  ): AnswerRow => {
    const q = findQuestion(content, question);
    return {
      question,
      label: q?.label ?? question,
      shortLabel: q?.shortLabel ?? question,
      answer: answerLabel(content, question, value),
      status,
      scope,
    };
  };
  return [
    ...organizationQuestionIds.map((q) =>
      row(q, results.organization[q], statusOf(q, results.assumedOrganization), "organization"),
    ),
    ...useCaseQuestionIds.map((q) =>
      row(q, useCase.answers[q], statusOf(q, useCase.assumed), "useCase"),
    ),
  ];
}

/** "Given", "Assumed from the template", "Assumed (typical value)". */
export function answerStatusLabel(status: AnswerStatus): string {
  switch (status) {
    case "given":
      return "Answered";
    case "template":
      return "Assumed from the template";
    case "default":
      return "Not answered: typical value assumed";
  }
}
