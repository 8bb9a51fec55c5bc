/**
 * The assessment file, `crossover.assessment/v1` (PRODUCT.md): the public contract shared by JSON
 * import/export, share links and the command line. Unknown fields, wrong types and out-of-range
 * numbers are rejected with the path of the bad value. Any answer may be missing while a
 * questionnaire is in progress.
 */
import { z } from "zod";
import { assumptionIds, criterionIds } from "@/content/ids";
import {
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
  strategicImportanceLevels,
  timeToValueLevels,
  useCaseNumbers,
} from "./vocabulary";

// The Content-Security-Policy forbids eval (docs/decisions/0004-content-security-policy.md): stop
// zod probing for it with `new Function`, which a browser would report as a violation. Every
// schema in the app is built after this module loads (content/schema.ts imports it).
z.config({ jitless: true });

const wholeNumber = (range: { min: number; max: number }) =>
  z.number().int().min(range.min).max(range.max);

export const organizationSchema = z.strictObject({
  aiTeam: z.enum(aiTeamLevels).optional(),
  securityMaturity: z.enum(securityMaturityLevels).optional(),
  infrastructure: z.enum(infrastructureKinds).optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const answersSchema = z.strictObject({
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
});
export type Answers = z.infer<typeof answersSchema>;

/** Every per-use-case answer given: what a template supplies. */
export const completeAnswersSchema = answersSchema.required();
export type CompleteAnswers = z.infer<typeof completeAnswersSchema>;

/** Use-case ids: short slugs, unique within an assessment. */
export const useCaseIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "expected a short id of lowercase letters, digits, - or _");

export const useCaseSchema = z.strictObject({
  id: useCaseIdSchema,
  name: z.string().trim().min(1).max(120),
  template: z.string().max(64).optional(),
  answers: answersSchema,
});
export type UseCase = z.infer<typeof useCaseSchema>;

/** Relative importance of a criterion, 0–10 (content's defaults are 0–5). */
export const weightSchema = z.number().min(0).max(10);

export const assessmentSchema = z
  .strictObject({
    schema: z.literal(ASSESSMENT_SCHEMA_V1),
    title: z.string().trim().min(1).max(200),
    organization: organizationSchema,
    useCases: z.array(useCaseSchema).max(100),
    weights: z.partialRecord(z.enum(criterionIds), weightSchema).optional(),
    assumptions: z.partialRecord(z.enum(assumptionIds), z.number().finite()).optional(),
  })
  .superRefine((assessment, ctx) => {
    const seen = new Set<string>();
    assessment.useCases.forEach((useCase, i) => {
      if (seen.has(useCase.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["useCases", i, "id"],
          message: `duplicate use case id "${useCase.id}"`,
        });
      }
      seen.add(useCase.id);
    });
  });
export type Assessment = z.infer<typeof assessmentSchema>;
