/**
 * fast-check generators of valid assessments, for property tests here and elsewhere: every value
 * generated passes `parseAssessment` unchanged (titles and names already trimmed, ids unique,
 * numbers within the schema's and content's ranges). They lean on the corners that break codecs:
 * absent answers, fractional and boundary numbers, `-0`, emoji, CJK, right-to-left text,
 * combining marks and lone surrogates.
 */
import fc from "fast-check";
import { content } from "@/content";
import {
  assumptionIds,
  criterionIds,
  ASSESSMENT_SCHEMA_V1,
  organizationChoices,
  useCaseChoices,
  useCaseNumbers,
} from "@/lib/vocabulary";
import type { Answers, Assessment, Organization, UseCase } from "@/lib/assessment/schema";
import { positionalId, slugOfName } from "./body";
import { linkTemplateIds } from "./template-codes";

/** Single characters (as strings) from every part of Unicode that text fields meet. */
const textUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "—",
      "é",
      "e\u0301",
      "保险",
      "理赔",
      "تأمين",
      "ביטוח",
      "👩‍💻",
      "🇩🇪",
      "🧾",
      "\u200f",
      " ",
      "\u00a0",
    ),
  },
  // A lone surrogate: valid in a JavaScript string (and in JSON), lost by plain UTF-8.
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  },
);

/** Text as zod's `.trim().min(1).max(maxLength)` leaves it. */
export function trimmedText(maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(textUnit, { minLength: 1, maxLength: Math.min(maxLength, 40) })
    .map((units) => units.join("").trim().slice(0, maxLength))
    .filter((text) => text.length > 0 && text === text.trim());
}

/** Any string of up to 64 UTF-16 units, as `template` allows. */
const anyTemplate: fc.Arbitrary<string> = fc
  .array(textUnit, { maxLength: 20 })
  .map((units) => units.join("").slice(0, 64));

export const templateArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...linkTemplateIds) },
  { weight: 1, arbitrary: fc.constantFrom(...content.templates.map((t) => t.id)) },
  { weight: 1, arbitrary: anyTemplate },
);

function choice<T extends readonly string[]>(values: T): fc.Arbitrary<T[number]> {
  return fc.constantFrom(...values);
}

/** Whole numbers in [min, max], often round (as people type them) and at the bounds. */
function wholeNumber(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(min, max),
    fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 10 }))
      .map(([m, e]) => m * 10 ** e)
      .filter((n) => n >= min && n <= max),
    fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number),
  );
}

/** Any number in [min, max], often a short decimal (2.35), sometimes a full double or `-0`. */
export function realNumber(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constantFrom(min, max),
    fc
      .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([m, e]) => Number(`${m}e-${e}`))
      .filter((n) => n >= min && n <= max),
    fc.double({ min, max, noNaN: true }),
    ...(min <= 0 ? [fc.constant(-0)] : []),
  );
}

export const organizationArbitrary: fc.Arbitrary<Organization> = fc.record(
  {
    aiTeam: choice(organizationChoices.aiTeam),
    securityMaturity: choice(organizationChoices.securityMaturity),
    infrastructure: choice(organizationChoices.infrastructure),
  },
  { requiredKeys: [], noNullPrototype: true },
);

export const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  {
    dataSensitivity: choice(useCaseChoices.dataSensitivity),
    monthlyRequests: wholeNumber(
      useCaseNumbers.monthlyRequests.min,
      useCaseNumbers.monthlyRequests.max,
    ),
    inputTokens: wholeNumber(useCaseNumbers.inputTokens.min, useCaseNumbers.inputTokens.max),
    outputTokens: wholeNumber(useCaseNumbers.outputTokens.min, useCaseNumbers.outputTokens.max),
    strategicImportance: choice(useCaseChoices.strategicImportance),
    auditability: choice(useCaseChoices.auditability),
    customization: choice(useCaseChoices.customization),
    capabilityNeed: choice(useCaseChoices.capabilityNeed),
    timeToValue: choice(useCaseChoices.timeToValue),
    exposure: choice(useCaseChoices.exposure),
    lockInTolerance: choice(useCaseChoices.lockInTolerance),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const literalId = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,63}$/);

/** How a use case's id was chosen: each takes a different path through the codec. */
type IdKind =
  | { kind: "positional" }
  | { kind: "slug"; length: number }
  | { kind: "template" }
  | { kind: "literal"; id: string };

const idKind: fc.Arbitrary<IdKind> = fc.oneof(
  fc.constant({ kind: "positional" as const }),
  fc.integer({ min: 1, max: 64 }).map((length) => ({ kind: "slug" as const, length })),
  fc.constant({ kind: "template" as const }),
  literalId.map((id) => ({ kind: "literal" as const, id })),
);

function resolveId(
  kind: IdKind,
  index: number,
  name: string,
  template: string | undefined,
  literal: string,
): string {
  const slug = slugOfName(name);
  const templateIsId = template !== undefined && /^[a-z0-9][a-z0-9_-]{0,63}$/.test(template);
  if (kind.kind === "positional") return positionalId(index);
  if (kind.kind === "slug" && slug !== "") return slug.slice(0, kind.length);
  if (kind.kind === "template" && templateIsId) return template;
  return kind.kind === "literal" ? kind.id : literal;
}

const useCaseDraft = fc.record({
  idKind,
  fallbackId: literalId,
  name: trimmedText(120),
  template: fc.option(templateArbitrary, { nil: undefined }),
  answers: answersArbitrary,
});

/** A portfolio of use cases with unique ids, chosen every way the codec tells apart. */
export function portfolioArbitrary(maxLength = 12): fc.Arbitrary<UseCase[]> {
  return fc
    .array(useCaseDraft, { maxLength })
    .map((drafts) =>
      drafts.map((draft, index): UseCase => {
        const useCase: UseCase = {
          id: resolveId(draft.idKind, index, draft.name, draft.template, draft.fallbackId),
          name: draft.name,
          answers: draft.answers,
        };
        if (draft.template !== undefined) useCase.template = draft.template;
        return useCase;
      }),
    )
    .filter((useCases) => new Set(useCases.map((u) => u.id)).size === useCases.length);
}

export const weightsArbitrary: fc.Arbitrary<NonNullable<Assessment["weights"]>> = fc.record(
  Object.fromEntries(criterionIds.map((id) => [id, realNumber(0, 10)])),
  { requiredKeys: [], noNullPrototype: true },
);

export const assumptionsArbitrary: fc.Arbitrary<NonNullable<Assessment["assumptions"]>> = fc.record(
  Object.fromEntries(
    assumptionIds.map((id) => {
      const assumption = content.assumptions.find((a) => a.id === id);
      return [
        id,
        assumption
          ? realNumber(assumption.min, assumption.max)
          : fc.double({ noNaN: true, noDefaultInfinity: true }),
      ];
    }),
  ),
  { requiredKeys: [], noNullPrototype: true },
);

/** Valid assessments of up to `maxUseCases` use cases, in the form `parseAssessment` returns. */
export function assessmentArbitrary(maxUseCases = 12): fc.Arbitrary<Assessment> {
  return fc
    .record({
      title: trimmedText(200),
      organization: organizationArbitrary,
      useCases: portfolioArbitrary(maxUseCases),
      weights: fc.option(weightsArbitrary, { nil: undefined }),
      assumptions: fc.option(assumptionsArbitrary, { nil: undefined }),
    })
    .map(({ title, organization, useCases, weights, assumptions }) => {
      const assessment: Assessment = {
        schema: ASSESSMENT_SCHEMA_V1,
        title,
        organization,
        useCases,
      };
      if (weights !== undefined) assessment.weights = weights;
      if (assumptions !== undefined) assessment.assumptions = assumptions;
      return assessment;
    });
}
