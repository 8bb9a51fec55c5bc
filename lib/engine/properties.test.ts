/**
 * The engine's promises, as properties over random assessments (fast-check):
 * - more volume never makes the API relatively cheaper;
 * - more sensitive data never raises the API's score;
 * - a stronger team never lowers self-hosting's score;
 * - results are deterministic, scores stay within 0–100 and the recommendation is never excluded
 *   while another option remains.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { aiTeamLevels, criterionIds, dataSensitivityLevels } from "@/lib/vocabulary";
import type { Answers, Assessment, Organization } from "@/lib/assessment/schema";
import { answersArbitrary, organizationArbitrary } from "./arbitraries.test-helpers";
import { evaluateAssessment } from "./evaluate";

const organizationArb = organizationArbitrary();
const answersArb = answersArbitrary();

/**
 * Weights from content's defaults or any value a workshop could set (0–10), often with criteria
 * switched off: the extreme mixes are where a weighted mean can misbehave.
 */
const weightArb = fc.oneof(
  fc.constant(0),
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.constantFrom(0.5, 1, 5, 10),
);
const weightsArb = fc.option(
  fc.record(Object.fromEntries(criterionIds.map((c) => [c, weightArb]))),
  {
    nil: undefined,
  },
);

function evaluateOne(
  organization: Organization,
  answers: Answers,
  weights?: Record<string, number>,
) {
  const assessment: Assessment = {
    schema: "crossover.assessment/v1",
    title: "Property",
    organization,
    useCases: [{ id: "u", name: "U", answers }],
    ...(weights ? { weights } : {}),
  };
  const result = evaluateAssessment(assessment, content, { flips: false }).useCases[0];
  if (!result) throw new Error("no result");
  return result;
}

const EPSILON = 1e-6;

describe("engine invariants", () => {
  it("more volume never makes the API relatively cheaper", () => {
    fc.assert(
      fc.property(
        organizationArb,
        answersArb,
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 1e10 }),
        (org, answers, v1, v2) => {
          const [low, high] = v1 <= v2 ? [v1, v2] : [v2, v1];
          const a = evaluateOne(org, { ...answers, monthlyRequests: low }).cost.monthlyUsd;
          const b = evaluateOne(org, { ...answers, monthlyRequests: high }).cost.monthlyUsd;
          // The API's cost relative to each alternative never falls as volume grows (to within
          // the rounding of costs to the cent: 1 in 100,000 of the smallest, about $1,000).
          for (const other of ["open_self_hosted", "open_managed", "hybrid"] as const) {
            expect(b.closed_api / b[other]).toBeGreaterThanOrEqual(
              (a.closed_api / a[other]) * (1 - 1e-5) - EPSILON,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("more sensitive data never raises the API's score, closed or managed", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, weightsArb, (org, answers, weights) => {
        const previous = { closed_api: Infinity, open_managed: Infinity };
        for (const level of dataSensitivityLevels) {
          const { scores } = evaluateOne(org, { ...answers, dataSensitivity: level }, weights);
          for (const option of ["closed_api", "open_managed"] as const) {
            expect(scores[option].score, `${option} at ${level}`).toBeLessThanOrEqual(
              previous[option] + EPSILON,
            );
            previous[option] = scores[option].score;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a stronger team never lowers self-hosting's score", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, weightsArb, (org, answers, weights) => {
        let previous = -Infinity;
        for (const aiTeam of aiTeamLevels) {
          const score = evaluateOne({ ...org, aiTeam }, answers, weights).scores.open_self_hosted
            .score;
          expect(score).toBeGreaterThanOrEqual(previous - EPSILON);
          previous = score;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic and keeps scores within 0–100", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, weightsArb, (org, answers, weights) => {
        const assessment: Assessment = {
          schema: "crossover.assessment/v1",
          title: "Determinism",
          organization: org,
          useCases: [{ id: "u", name: "U", answers }],
          ...(weights ? { weights } : {}),
        };
        const a = evaluateAssessment(assessment, content);
        const b = evaluateAssessment(structuredClone(assessment), content);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        const u = a.useCases[0];
        if (!u) throw new Error("no result");
        for (const s of Object.values(u.scores)) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(100);
        }
        expect(u.excluded.map((e) => e.option)).not.toContain(u.recommendation);
        expect(u.confidence).toBeGreaterThan(0);
        expect(u.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it("the crossover, when there is one, is where self-hosting stops being dearer than the API", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, (org, answers) => {
        const u = evaluateOne(org, answers);
        const v = u.cost.crossoverMonthlyRequests;
        if (v === null || v < 10) return;
        const below = evaluateOne(org, { ...answers, monthlyRequests: Math.floor(v * 0.98) }).cost
          .monthlyUsd;
        const above = evaluateOne(org, { ...answers, monthlyRequests: Math.ceil(v * 1.02) }).cost
          .monthlyUsd;
        expect(below.open_self_hosted).toBeGreaterThan(below.closed_api);
        expect(above.open_self_hosted).toBeLessThanOrEqual(above.closed_api);
      }),
      { numRuns: 300 },
    );
  });
});
