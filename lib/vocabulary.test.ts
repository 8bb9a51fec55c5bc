import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessmentSchemas } from "@/lib/assessment/schema";
import {
  choiceAnswerFrom,
  isUseCaseChoiceQuestionId,
  numberAnswerFrom,
  organizationAnswerFrom,
  organizationChoices,
  organizationQuestionIds,
  useCaseChoiceQuestionIds,
  useCaseChoices,
  useCaseNumberQuestionIds,
  useCaseNumbers,
} from "./vocabulary";

// The questionnaire checks one answer with these guards instead of the schema (zod stays out of
// the page until something is parsed): they must accept exactly what the schema accepts.
describe("a questionnaire answer is accepted exactly when the assessment schema accepts it", () => {
  const { organization, answers } = assessmentSchemas();

  it("for the organization's choices", () => {
    for (const id of organizationQuestionIds) {
      const candidates = [...organizationChoices[id], "", "ML_TEAM", "other", "none "];
      for (const value of candidates) {
        const accepted = organizationAnswerFrom(id, value);
        expect(accepted !== undefined, `${id}=${value}`).toBe(
          organization.safeParse({ [id]: value }).success,
        );
        if (accepted !== undefined) expect(accepted).toBe(value);
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...organizationQuestionIds), fc.string(), (id, value) => {
        expect(organizationAnswerFrom(id, value) !== undefined).toBe(
          organization.safeParse({ [id]: value }).success,
        );
      }),
    );
  });

  it("for a use case's choices", () => {
    for (const id of useCaseChoiceQuestionIds) {
      for (const value of [...useCaseChoices[id], "", "Public", "secret"]) {
        expect(choiceAnswerFrom(id, value) !== undefined, `${id}=${value}`).toBe(
          answers.safeParse({ [id]: value }).success,
        );
      }
    }
    fc.assert(
      fc.property(fc.constantFrom(...useCaseChoiceQuestionIds), fc.string(), (id, value) => {
        expect(choiceAnswerFrom(id, value) !== undefined).toBe(
          answers.safeParse({ [id]: value }).success,
        );
      }),
    );
  });

  it("for the numbers: whole, within the format's range", () => {
    for (const id of useCaseNumberQuestionIds) {
      const { min, max } = useCaseNumbers[id];
      for (const value of [min, max, min - 1, max + 1, 1.5, Number.NaN, Infinity, -0]) {
        expect(numberAnswerFrom(id, value) !== undefined, `${id}=${value}`).toBe(
          answers.safeParse({ [id]: value }).success,
        );
      }
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...useCaseNumberQuestionIds),
        fc.oneof(fc.integer({ min: -10, max: 3_000_000 }), fc.double()),
        (id, value) => {
          expect(numberAnswerFrom(id, value) !== undefined).toBe(
            answers.safeParse({ [id]: value }).success,
          );
        },
      ),
    );
  });

  it("tells a choice question from a number question", () => {
    expect(isUseCaseChoiceQuestionId("dataSensitivity")).toBe(true);
    expect(isUseCaseChoiceQuestionId("monthlyRequests")).toBe(false);
    expect(isUseCaseChoiceQuestionId("aiTeam")).toBe(false);
  });
});
