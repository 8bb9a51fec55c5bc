/**
 * The assessment file, `crossover.assessment/v1` (PRODUCT.md): the public contract shared by JSON
 * import/export, share links and the command line. Unknown fields, wrong types and out-of-range
 * numbers are rejected with the path of the bad value. Any answer may be missing while a
 * questionnaire is in progress.
 */
import { z } from "zod";
import { builtOnFirstUse } from "@/lib/zod";
import {
  assumptionIds,
  criterionIds,
  ASSESSMENT_SCHEMA_V1,
  aiTeamLevels,
  auditabilityLevels,
  capabilityNeedLevels,
  customizationLevels,
  dataSensitivityLevels,
  exposureLevels,
  infrastructureKinds,
  lockInToleranceLevels,
  securityMaturityLevels,
  servingPatternLevels,
  strategicImportanceLevels,
  timeToValueLevels,
  useCaseNumbers,
} from "@/lib/vocabulary";

const wholeNumber = (range: { min: number; max: number }) =>
  z.number().int().min(range.min).max(range.max);

/** Builds the format's schemas; see `assessmentSchemas`. */
function buildSchemas() {
  const organization = z.strictObject({
    aiTeam: z.enum(aiTeamLevels).optional(),
    securityMaturity: z.enum(securityMaturityLevels).optional(),
    infrastructure: z.enum(infrastructureKinds).optional(),
  });

  const answers = z.strictObject({
    dataSensitivity: z.enum(dataSensitivityLevels).optional(),
    monthlyRequests: wholeNumber(useCaseNumbers.monthlyRequests).optional(),
    inputTokens: wholeNumber(useCaseNumbers.inputTokens).optional(),
    outputTokens: wholeNumber(useCaseNumbers.outputTokens).optional(),
    strategicImportance: z.enum(strategicImportanceLevels).optional(),
    auditability: z.enum(auditabilityLevels).optional(),
    customization: z.enum(customizationLevels).optional(),
    capabilityNeed: z.enum(capabilityNeedLevels).optional(),
    timeToValue: z.enum(timeToValueLevels).optional(),
    exposure: z.enum(exposureLevels).optional(),
    lockInTolerance: z.enum(lockInToleranceLevels).optional(),
    servingPattern: z.enum(servingPatternLevels).optional(),
    selfHostedShare: wholeNumber(useCaseNumbers.selfHostedShare).optional(),
    monthlyRequestsIn12Months: wholeNumber(useCaseNumbers.monthlyRequestsIn12Months).optional(),
  });

  /** Every per-use-case answer given: what a template supplies. */
  const completeAnswers = answers.required();

  /** Use-case ids: short slugs, unique within an assessment. */
  const useCaseId = z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9_-]{0,63}$/,
      "expected a short id of lowercase letters, digits, - or _",
    );

  const useCase = z.strictObject({
    id: useCaseId,
    name: z.string().trim().min(1).max(120),
    template: z.string().max(64).optional(),
    answers,
  });

  /** Relative importance of a criterion, 0–10 (content's defaults are 0–5). */
  const weight = z.number().min(0).max(10);

  const assessment = z
    .strictObject({
      schema: z.literal(ASSESSMENT_SCHEMA_V1),
      title: z.string().trim().min(1).max(200),
      organization,
      useCases: z.array(useCase).max(100),
      weights: z.partialRecord(z.enum(criterionIds), weight).optional(),
      assumptions: z.partialRecord(z.enum(assumptionIds), z.number().finite()).optional(),
    })
    .superRefine((value, ctx) => {
      const seen = new Set<string>();
      value.useCases.forEach((u, i) => {
        if (seen.has(u.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["useCases", i, "id"],
            message: `duplicate use case id "${u.id}"`,
          });
        }
        seen.add(u.id);
      });
    });

  return { organization, answers, completeAnswers, useCaseId, useCase, weight, assessment };
}

type AssessmentSchemas = ReturnType<typeof buildSchemas>;

/** The format's zod schemas, built on first use rather than when the module loads. */
export const assessmentSchemas = builtOnFirstUse(buildSchemas);

export type Organization = z.infer<AssessmentSchemas["organization"]>;
export type Answers = z.infer<AssessmentSchemas["answers"]>;
export type CompleteAnswers = z.infer<AssessmentSchemas["completeAnswers"]>;
export type UseCase = z.infer<AssessmentSchemas["useCase"]>;
export type Assessment = z.infer<AssessmentSchemas["assessment"]>;
