/**
 * The argument holds together, as properties over random assessments (fast-check):
 * - every rating is on the 0–5 scale its label states, every score on 0–100;
 * - the first reason favours the recommendation over the runner-up, and every reason against it
 *   favours the runner-up;
 * - the option stated as the cheapest allowed is the cheapest in the cost table, and the premium
 *   or saving is the difference the table shows;
 * - confidence never rises when an answer is removed, or when a template's answer gives way to
 *   content's default (the answer gets worse);
 * - a forced option that may not meet the quality need is less certain than one that does;
 * - a crossing is where the two options' costs meet, and its band holds the crossing at any
 *   prices within the ranges sources give.
 * And of the cost over time and across workloads: a path's moves are in volume order and each
 * saves money; cost never falls as volume rises; batch never costs more than interactive work for
 * the same tokens; more staff or higher prices never make an option cheaper.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import type { Answers, Assessment, Organization, UseCase } from "@/lib/assessment/schema";
import { optionIds, organizationQuestionIds, useCaseQuestionIds } from "@/lib/vocabulary";
import { answersArbitrary, organizationArbitrary } from "./arbitraries.test-helpers";
import { plausibleVolume } from "./confidence";
import { evaluateAssessment } from "./evaluate";
import type { UseCaseResult } from "./types";

const organizationArb = organizationArbitrary({ partial: true });
const fullOrganizationArb = organizationArbitrary();

/** Volumes as leaders enter them: mostly realistic, sometimes zero or absurd. */
const volumeArb = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1_000, max: 100_000_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 50, 5_000_000_000) },
);
const tokens = {
  inputTokens: fc.integer({ min: 50, max: 50_000 }),
  outputTokens: fc.integer({ min: 10, max: 5_000 }),
};
const answersArb = answersArbitrary({ partial: true, volume: volumeArb, ...tokens });
const fullAnswersArb = answersArbitrary({
  volume: fc.integer({ min: 1_000, max: 100_000_000 }),
  ...tokens,
});

const templateArb = fc.option(fc.constantFrom(...content.templates.map((t) => t.id)), {
  nil: undefined,
});

function assessmentOf(
  organization: Organization,
  answers: Answers,
  template: string | undefined,
): Assessment {
  const useCase: UseCase = { id: "u", name: "U", answers, ...(template ? { template } : {}) };
  return {
    schema: "crossover.assessment/v1",
    title: "Property",
    organization,
    useCases: [useCase],
  };
}

function evaluate(assessment: Assessment): UseCaseResult {
  const result = evaluateAssessment(assessment, content, { flips: false }).useCases[0];
  if (!result) throw new Error("no result");
  return result;
}

const allowedOf = (u: UseCaseResult) =>
  optionIds.filter((o) => !u.excluded.some((e) => e.option === o));

describe("the argument holds together", () => {
  it("every rating is within 0–5 and every score within 0–100", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, templateArb, (org, answers, template) => {
        const u = evaluate(assessmentOf(org, answers, template));
        for (const o of optionIds) {
          expect(u.scores[o].score).toBeGreaterThanOrEqual(0);
          expect(u.scores[o].score).toBeLessThanOrEqual(100);
          for (const rating of Object.values(u.scores[o].ratings)) {
            expect(rating).toBeGreaterThanOrEqual(0);
            expect(rating).toBeLessThanOrEqual(5);
          }
        }
        expect(u.cost.costWeightMultiplier).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("the first reason favours the recommendation over the runner-up; reasons against favour the runner-up", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, templateArb, (org, answers, template) => {
        const u = evaluate(assessmentOf(org, answers, template));
        if (u.runnerUp) expect(u.reasons.comparedWith).toBe(u.runnerUp);
        const rival = u.reasons.comparedWith;
        if (!rival) return;
        const first = u.reasons.for[0];
        if (first) {
          expect(first.points).toBeGreaterThan(0);
          // The same answer's effect on the two options, as the drivers report it.
          const driver = u.drivers.find((d) => d.question === first.question);
          if (driver)
            expect(driver.effects[u.recommendation]).toBeGreaterThan(driver.effects[rival]);
        }
        for (const r of u.reasons.against) expect(r.points).toBeLessThan(0);
        const points = u.reasons.for.map((r) => r.points);
        expect(points).toEqual([...points].sort((a, b) => b - a));
      }),
      { numRuns: 300 },
    );
  });

  it("the cheapest option stated is the cheapest allowed in the cost table, and the premium or saving is the table's difference", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, templateArb, (org, answers, template) => {
        const u = evaluate(assessmentOf(org, answers, template));
        const allowed = allowedOf(u);
        const monthly = u.cost.monthlyUsd;
        const least = Math.min(...allowed.map((o) => monthly[o]));
        expect(allowed).toContain(u.cost.cheapestAllowed);
        expect(monthly[u.cost.cheapestAllowed]).toBe(least);
        const own = monthly[u.recommendation];
        if (u.cost.premium) {
          expect(u.cost.premium.against).toBe(u.cost.cheapestAllowed);
          expect(u.cost.premium.monthlyUsd).toBeCloseTo(own - least, 1);
          expect(u.cost.premium.monthlyUsd).toBeGreaterThan(0);
          expect(u.cost.premium.annualUsd).toBeCloseTo(12 * (own - least), 0);
          expect(u.cost.saving).toBeNull();
          expect(u.summary).toMatch(/a year more than|about the same as/);
        } else {
          expect(own).toBe(least);
          expect(u.cost.cheapestAllowed).toBe(u.recommendation);
          if (u.cost.saving) {
            // Against the runner-up, the option it was chosen over (or the next cheapest).
            expect(u.cost.saving.monthlyUsd).toBeGreaterThanOrEqual(0);
            expect(u.cost.saving.against).toBe(
              u.runnerUp ??
                allowed
                  .filter((o) => o !== u.recommendation)
                  .sort((a, b) => monthly[a] - monthly[b])[0],
            );
            expect(u.cost.saving.monthlyUsd).toBeCloseTo(monthly[u.cost.saving.against] - own, 1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("confidence never rises when an answer is removed", () => {
    const questions = [...organizationQuestionIds, ...useCaseQuestionIds];
    fc.assert(
      fc.property(
        organizationArb,
        answersArb,
        templateArb,
        fc.subarray(questions, { minLength: 1 }),
        (org, answers, template, removed) => {
          const before = evaluate(assessmentOf(org, answers, template));
          const lessOrg: Organization = { ...org };
          const lessAnswers: Answers = { ...answers };
          for (const q of removed) {
            if (q === "aiTeam" || q === "securityMaturity" || q === "infrastructure")
              delete lessOrg[q];
            else delete lessAnswers[q];
          }
          const after = evaluate(assessmentOf(lessOrg, lessAnswers, template));
          expect(
            after.confidence,
            `${before.recommendation} -> ${after.recommendation}`,
          ).toBeLessThanOrEqual(before.confidence);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("confidence never rises when a template's answers give way to content's defaults", () => {
    // The template also bounds the volumes it could plausibly serve (a separate rule, tested
    // below): here volumes within both bounds, so that only the answers' provenance changes.
    fc.assert(
      fc.property(
        organizationArb,
        answersArb,
        fc.constantFrom(...content.templates.map((t) => t.id)),
        (org, answers, template) => {
          const { min, max } = plausibleVolume(content, template);
          fc.pre(
            answers.monthlyRequests === undefined ||
              (answers.monthlyRequests >= min && answers.monthlyRequests <= max),
          );
          const withTemplate = evaluate(assessmentOf(org, answers, template));
          const without = evaluate(assessmentOf(org, answers, undefined));
          expect(without.confidence).toBeLessThanOrEqual(withTemplate.confidence);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a forced option that may not meet the quality need is less certain than one that does", () => {
    // Every answer given and the volume plausible: what is unknown or implausible already holds
    // both below the quality caveat.
    fc.assert(
      fc.property(
        fullOrganizationArb,
        fullAnswersArb,
        fc.constantFrom("standard", "advanced"),
        (org, answers, enough) => {
          const restricted = { ...answers, dataSensitivity: "restricted" } as const;
          const frontier = evaluate(
            assessmentOf(org, { ...restricted, capabilityNeed: "frontier" }, undefined),
          );
          const met = evaluate(
            assessmentOf(org, { ...restricted, capabilityNeed: enough }, undefined),
          );
          expect(frontier.recommendation).toBe("open_self_hosted");
          expect(frontier.confidence).toBeLessThan(met.confidence);
          expect(frontier.confidenceReasons.join(" ")).toMatch(/frontier quality/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("regulated data sent to an outside provider is never high confidence, and the summary says on what condition", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, templateArb, (org, answers, template) => {
        const u = evaluate(
          assessmentOf(org, { ...answers, dataSensitivity: "regulated" }, template),
        );
        if (u.recommendation === "open_self_hosted") return;
        expect(u.confidenceLabel).not.toBe("high");
        expect(u.summary).toMatch(/provided the provider signs a data-processing agreement/);
      }),
      { numRuns: 200 },
    );
  });

  it("a volume of zero, or beyond what the use case could serve, never gives more than low-to-medium confidence", () => {
    fc.assert(
      fc.property(
        organizationArb,
        answersArb,
        templateArb,
        fc.constantFrom(0, 10, 10_000_000_000),
        (org, answers, template, volume) => {
          const u = evaluate(assessmentOf(org, { ...answers, monthlyRequests: volume }, template));
          expect(u.confidence).toBeLessThanOrEqual(content.scoring.plausibleVolume.cap);
          expect(u.confidenceReasons.join(" ")).toMatch(/volume/);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("a crossing is where the two options' monthly costs meet", () => {
    fc.assert(
      fc.property(organizationArb, answersArb, templateArb, (org, answers, template) => {
        const assessment = assessmentOf(org, answers, template);
        const resolved = evaluateAssessment(assessment, content, { flips: false });
        const u = resolved.useCases[0];
        if (!u) throw new Error("no result");
        for (const crossing of u.cost.crossings) {
          const [a, b] = crossing.options;
          expect([a, b]).toContain(u.recommendation);
          const at = (v: number) =>
            evaluate(
              assessmentOf(
                resolved.organization,
                { ...u.answers, monthlyRequests: Math.round(v) },
                template,
              ),
            ).cost.monthlyUsd;
          const below = at(crossing.monthlyRequests * 0.995);
          const above = at(crossing.monthlyRequests * 1.005);
          const other = crossing.cheaperAbove === a ? b : a;
          expect(above[crossing.cheaperAbove]).toBeLessThanOrEqual(above[other] * 1.0001);
          expect(below[crossing.cheaperAbove]).toBeGreaterThanOrEqual(below[other] * 0.9999);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("crossovers as ranges", () => {
  const ranged = content.assumptions.flatMap((a) => (a.range ? [{ id: a.id, ...a.range }] : []));
  // A point within each range: 0 is its low end, 1 its high end.
  const pricesArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
    minLength: ranged.length,
    maxLength: ranged.length,
  });

  it("each band contains its crossing, and the crossing at any prices within the ranges", () => {
    fc.assert(
      fc.property(fullOrganizationArb, fullAnswersArb, pricesArb, (org, answers, at) => {
        const base = assessmentOf(org, answers, undefined);
        const u = evaluate(base);
        const prices = Object.fromEntries(
          ranged.map((r, i) => [r.id, r.low + (at[i] ?? 0) * (r.high - r.low)]),
        );
        for (const c of u.cost.crossings) {
          expect(c.low).toBeLessThanOrEqual(c.monthlyRequests);
          if (c.high !== null) expect(c.high).toBeGreaterThanOrEqual(c.monthlyRequests);
          // The same two options' costs at these prices, at the band's ends (just outside them,
          // for the rounding to the request): the option cheaper above the crossing is cheaper
          // beyond the band's top, and dearer below its bottom.
          const costsAt = (v: number) =>
            evaluate({
              ...assessmentOf(org, { ...answers, monthlyRequests: Math.round(v) }, undefined),
              assumptions: prices,
            }).cost.monthlyUsd;
          const other = c.options[0] === c.cheaperAbove ? c.options[1] : c.options[0];
          if (c.high !== null && c.high < 1e9) {
            const beyond = costsAt(c.high * 1.02);
            expect(beyond[c.cheaperAbove]).toBeLessThanOrEqual(beyond[other] * 1.0001 + 0.01);
          }
          if (c.low > 100) {
            const before = costsAt(c.low * 0.98);
            expect(before[c.cheaperAbove]).toBeGreaterThanOrEqual(before[other] * 0.9999 - 0.01);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("the cost over time and across workloads", () => {
  const growingArb = fc.record({
    today: fc.integer({ min: 1_000, max: 50_000_000 }),
    growth: fc.double({ min: 0.1, max: 50, noNaN: true }),
  });

  it("a path's moves come in volume order, each when the recommendation moves, and each saves money", () => {
    fc.assert(
      fc.property(fullOrganizationArb, fullAnswersArb, growingArb, (org, answers, g) => {
        const inAYear = Math.min(1e10, Math.round(g.today * g.growth));
        const u = evaluate(
          assessmentOf(
            org,
            { ...answers, monthlyRequests: g.today, monthlyRequestsIn12Months: inAYear },
            undefined,
          ),
        );
        const { steps } = u.path;
        expect(u.path.start).toBe(u.recommendation);
        const volumes = steps.map((s) => s.monthlyRequests);
        const growing = inAYear >= g.today;
        expect(volumes).toEqual([...volumes].sort((a, b) => (growing ? a - b : b - a)));
        const months = steps.flatMap((s) => (s.month === null ? [] : [s.month]));
        expect(months).toEqual([...months].sort((a, b) => a - b));
        let previous = u.recommendation;
        for (const step of steps) {
          expect(step.annualSavingUsd).toBeGreaterThan(0);
          expect(step.option).not.toBe(previous);
          previous = step.option;
          // Within 10% of the move (its volume is given to two figures), the option moved to is
          // recommended: sampled every 1%, as an option may lead for only a few percent of volume.
          const around = Array.from({ length: 21 }, (_, k) => 0.9 + k / 100).map(
            (f) =>
              evaluate(
                assessmentOf(
                  org,
                  {
                    ...answers,
                    monthlyRequests: Math.round(step.monthlyRequests * f),
                    monthlyRequestsIn12Months: inAYear,
                  },
                  undefined,
                ),
              ).recommendation,
          );
          expect(around).toContain(step.option);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("cost never falls as volume rises, for any option, pattern or split", () => {
    fc.assert(
      fc.property(
        fullOrganizationArb,
        fullAnswersArb,
        fc.integer({ min: 0, max: 1e9 }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (org, answers, low, factor) => {
          const a = evaluate(assessmentOf(org, { ...answers, monthlyRequests: low }, undefined));
          const b = evaluate(
            assessmentOf(
              org,
              { ...answers, monthlyRequests: Math.min(1e10, Math.round(low * factor)) },
              undefined,
            ),
          );
          for (const o of optionIds)
            expect(b.cost.monthlyUsd[o]).toBeGreaterThanOrEqual(a.cost.monthlyUsd[o] - 0.01);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("batch never costs more than work someone waits for, for the same tokens", () => {
    fc.assert(
      fc.property(fullOrganizationArb, fullAnswersArb, (org, answers) => {
        const interactive = evaluate(
          assessmentOf(org, { ...answers, servingPattern: "interactive" }, undefined),
        );
        const batch = evaluate(
          assessmentOf(org, { ...answers, servingPattern: "batch" }, undefined),
        );
        const mixed = evaluate(
          assessmentOf(org, { ...answers, servingPattern: "mixed" }, undefined),
        );
        for (const o of optionIds) {
          expect(batch.cost.monthlyUsd[o]).toBeLessThanOrEqual(mixed.cost.monthlyUsd[o] + 0.01);
          expect(mixed.cost.monthlyUsd[o]).toBeLessThanOrEqual(
            interactive.cost.monthlyUsd[o] + 0.01,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("more staff or higher prices never make an option cheaper", () => {
    const dearer = fc.constantFrom(
      "engineerAnnualCost",
      "gpuHourPrice",
      "apiMidInputPrice",
      "apiFrontierOutputPrice",
      "managedMediumOutputPrice",
      "managedLargeInputPrice",
      "selfHostedFteMlTeam",
      "gpuBillOverhead",
    );
    fc.assert(
      fc.property(
        fullOrganizationArb,
        fullAnswersArb,
        dearer,
        fc.double({ min: 1, max: 3, noNaN: true }),
        (org, answers, id, factor) => {
          const base = assessmentOf(org, answers, undefined);
          const value = content.assumptions.find((a) => a.id === id);
          if (!value) throw new Error(id);
          const raised = Math.min(value.max, value.value * factor);
          const a = evaluate(base);
          const b = evaluate({ ...base, assumptions: { [id]: raised } });
          for (const o of optionIds)
            expect(b.cost.monthlyUsd[o]).toBeGreaterThanOrEqual(a.cost.monthlyUsd[o] - 0.01);
        },
      ),
      { numRuns: 200 },
    );
  });
});
