/**
 * The assessment file as Crossover writes it: the format of PRODUCT.md (`crossover.assessment/v1`),
 * pretty-printed, keys in the format's own order so that two exports of the same assessment are
 * byte-identical and a diff between two versions of a file reads naturally. Parsing the text with
 * `parseAssessmentJson` gives back the same assessment.
 */
import {
  assumptionIds,
  criterionIds,
  organizationQuestionIds,
  useCaseQuestionIds,
} from "@/lib/vocabulary";
import type { Answers, Assessment, Organization, UseCase } from "@/lib/assessment/schema";

/** MIME type of the file; `.crossover.json` is plain JSON to every tool. */
export const ASSESSMENT_FILE_TYPE = "application/json";

/**
 * `record` with its keys in `order` (the format's frozen lists, which name every key the schema
 * allows; json.test.ts checks that nothing is dropped).
 */
function ordered<T extends object>(record: T, order: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of order) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

function useCaseForFile(useCase: UseCase): UseCase {
  const answers: Answers = ordered(useCase.answers, useCaseQuestionIds);
  return useCase.template === undefined
    ? { id: useCase.id, name: useCase.name, answers }
    : { id: useCase.id, name: useCase.name, template: useCase.template, answers };
}

/**
 * The file's text: two-space indentation and a final newline, as editors and `git diff` expect.
 * Weights and assumption overrides are written only when the assessment has them.
 */
export function assessmentJson(assessment: Assessment): string {
  const organization: Organization = ordered(assessment.organization, organizationQuestionIds);
  const file: Assessment = {
    schema: assessment.schema,
    title: assessment.title,
    organization,
    useCases: assessment.useCases.map(useCaseForFile),
  };
  if (assessment.weights !== undefined) file.weights = ordered(assessment.weights, criterionIds);
  if (assessment.assumptions !== undefined)
    file.assumptions = ordered(assessment.assumptions, assumptionIds);
  return `${JSON.stringify(file, null, 2)}\n`;
}
