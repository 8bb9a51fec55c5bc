import { describe, expect, it } from "vitest";
import { content } from "@/content";
import type { Assessment, Answers, Organization } from "@/lib/assessment/schema";
import { optionIds } from "@/lib/vocabulary";
import { realisticCases } from "./cases";
import { evaluateAssessment } from "./evaluate";

function single(
  organization: Organization,
  answers: Answers,
  extra: Partial<Assessment> = {},
): Assessment {
  return {
    schema: "crossover.assessment/v1",
    title: "Test",
    organization,
    useCases: [{ id: "case", name: "Case", answers }],
    ...extra,
  };
}

function first(assessment: Assessment) {
  const result = evaluateAssessment(assessment, content).useCases[0];
  if (!result) throw new Error("no result");
  return result;
}

describe("realistic cases (expectations justified from PRODUCT.md in cases.ts)", () => {
  for (const c of realisticCases) {
    it(c.name, () => {
      const result = first(single(c.organization, c.answers));
      const why = `${c.because}\n${result.summary}`;
      expect(c.expected, why).toContain(result.recommendation);
      const also = c.also ?? {};
      if (also.notHighConfidence) expect(result.confidenceLabel, why).not.toBe("high");
      for (const pattern of also.summaryMatches ?? []) expect(result.summary).toMatch(pattern);
      for (const pattern of also.summaryAvoids ?? []) expect(result.summary).not.toMatch(pattern);
      for (const pattern of also.confidenceReasonMatches ?? [])
        expect(result.confidenceReasons.join(" ")).toMatch(pattern);
      if (also.cheapestAllowed) expect(result.cost.cheapestAllowed).toBe(also.cheapestAllowed);
    });
  }
});

describe("result structure", () => {
  const base = realisticCases[4];
  if (!base) throw new Error("missing case");
  const result = first(single(base.organization, base.answers));

  it("scores every option 0–100, with contributions that add up to the score", () => {
    for (const option of optionIds) {
      const s = result.scores[option];
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
      const sum = Object.values(s.contributions).reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(s.score, 1);
      for (const r of Object.values(s.ratings)) {
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(5);
      }
    }
  });

  it("recommends the best-scoring option that is not excluded", () => {
    const open = optionIds.filter((o) => !result.excluded.some((e) => e.option === o));
    const best = Math.max(...open.map((o) => result.scores[o].score));
    expect(result.scores[result.recommendation].score).toBe(best);
  });

  it("gives a confidence between 0 and 1 with a label, and risks and next steps for the option", () => {
    expect(result.confidence).toBeGreaterThan(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    expect(["high", "medium", "low"]).toContain(result.confidenceLabel);
    expect(result.risks.length).toBeGreaterThan(0);
    expect(result.nextSteps.length).toBeGreaterThan(0);
    const ids = content.risks
      .filter((r) => r.options.includes(result.recommendation))
      .map((r) => r.id);
    for (const r of result.risks) expect(ids).toContain(r.id);
  });

  it("lists drivers strongest first, each with a direction", () => {
    expect(result.drivers.length).toBeGreaterThan(2);
    const sizes = result.drivers.map((d) => d.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    for (const d of result.drivers)
      expect(d.effects[d.towards]).toBeGreaterThanOrEqual(d.effects[d.against]);
  });

  it("says the recommendation in one sentence with the option's headline", () => {
    expect(result.summary).toMatch(/^Self-host an open-weights model: .+\.$/);
    expect(result.summary).toContain("5M requests a month");
  });

  it("gives cost curves that span the use case's volume and the crossover", () => {
    const volumes = result.cost.curve.map((p) => p.monthlyRequests);
    expect(Math.min(...volumes)).toBeLessThan(result.cost.monthlyRequests);
    expect(Math.max(...volumes)).toBeGreaterThan(result.cost.crossoverMonthlyRequests ?? 0);
  });
});

describe("hard constraints and confidence", () => {
  const restricted: Answers = { dataSensitivity: "restricted", monthlyRequests: 50_000 };

  it("rules out every option where data leaves, with the reason shown", () => {
    const result = first(
      single(
        { aiTeam: "platform", securityMaturity: "advanced", infrastructure: "on_prem_gpu" },
        restricted,
      ),
    );
    expect(result.recommendation).toBe("open_self_hosted");
    expect(result.excluded.map((e) => e.option).sort()).toEqual([
      "closed_api",
      "hybrid",
      "open_managed",
    ]);
    for (const e of result.excluded) expect(e.reason).toMatch(/must not leave/);
  });

  it("lowers confidence when a constraint forces an option the organization is poorly placed to run", () => {
    // Every answer given, so that nothing unknown holds both down alike.
    const answered: Answers = { ...realisticCases[1]?.answers, ...restricted };
    const able = first(
      single(
        { aiTeam: "platform", securityMaturity: "advanced", infrastructure: "on_prem_gpu" },
        answered,
      ),
    );
    const unable = first(
      single({ aiTeam: "none", securityMaturity: "basic", infrastructure: "saas_only" }, answered),
    );
    expect(unable.recommendation).toBe("open_self_hosted");
    expect(unable.confidence).toBeLessThan(able.confidence);
    expect(unable.confidenceReasons.join(" ")).toMatch(/does not yet have the engineers/);
    expect(unable.risks.map((r) => r.id)).toContain("self-team-gap");
  });

  it("says which answers it assumed and lowers its confidence for them", () => {
    const c = realisticCases[0];
    if (!c) throw new Error("missing case");
    const complete = first(single(c.organization, c.answers));
    const partial = first(
      single(
        { aiTeam: c.organization.aiTeam },
        { dataSensitivity: "public", monthlyRequests: 20_000 },
      ),
    );
    expect(complete.assumed).toEqual([]);
    expect(partial.assumed.map((a) => a.question)).toEqual([
      "inputTokens",
      "outputTokens",
      "strategicImportance",
      "auditability",
      "customization",
      "capabilityNeed",
      "timeToValue",
      "exposure",
      "lockInTolerance",
      "servingPattern",
      "selfHostedShare",
      "monthlyRequestsIn12Months",
    ]);
    expect(partial.assumed.every((a) => a.source === "default")).toBe(true);
    expect(partial.confidence).toBeLessThan(complete.confidence);
  });

  it("takes missing answers from the use case's template first", () => {
    const assessment: Assessment = {
      schema: "crossover.assessment/v1",
      title: "T",
      organization: {},
      useCases: [
        { id: "a", name: "A", template: "coding-assistant", answers: { monthlyRequests: 1000 } },
      ],
    };
    const result = evaluateAssessment(assessment, content);
    const u = result.useCases[0];
    expect(u?.answers.inputTokens).toBe(20000);
    expect(u?.assumed.find((a) => a.question === "capabilityNeed")).toEqual({
      question: "capabilityNeed",
      value: "frontier",
      source: "template",
    });
    expect(result.assumedOrganization.map((a) => a.question)).toEqual([
      "aiTeam",
      "securityMaturity",
      "infrastructure",
    ]);
  });
});

describe("what would change the answer", () => {
  // High-volume extraction at an insurer: it turns on single answers, on volume and on weights.
  const c = realisticCases[6];
  if (!c) throw new Error("missing case");
  const assessment = single(c.organization, c.answers);
  const result = first(assessment);

  it("every answer flip really changes the recommendation to the one it names", () => {
    const answerFlips = result.flips.filter((f) => f.kind === "answer");
    expect(answerFlips.length).toBeGreaterThan(0);
    for (const flip of answerFlips) {
      const changed = structuredClone(assessment);
      const useCase = changed.useCases[0];
      if (!useCase) throw new Error("no use case");
      if (
        flip.question === "aiTeam" ||
        flip.question === "securityMaturity" ||
        flip.question === "infrastructure"
      ) {
        Object.assign(changed.organization, { [flip.question]: flip.to });
      } else {
        Object.assign(useCase.answers, { [flip.question]: flip.to });
      }
      expect(first(changed).recommendation, `${flip.question} → ${flip.to}`).toBe(
        flip.recommendation,
      );
    }
  });

  it("finds the volume below which the recommendation turns", () => {
    // High-volume extraction at an insurer: self-hosted at 10M requests, not at low volume.
    const insurer = realisticCases[6];
    if (!insurer) throw new Error("missing case");
    const own = first(single(insurer.organization, insurer.answers));
    const volumeFlip = own.flips.find((f) => f.kind === "volume" && f.direction === "below");
    expect(volumeFlip).toBeDefined();
    if (volumeFlip?.kind !== "volume") return;
    expect(volumeFlip.threshold).toBeLessThan(10_000_000);
    const at = (monthlyRequests: number) =>
      first(
        single(insurer.organization, {
          ...insurer.answers,
          monthlyRequests: Math.round(monthlyRequests),
        }),
      ).recommendation;
    expect(at(volumeFlip.threshold * 0.95)).toBe(volumeFlip.recommendation);
    expect(at(volumeFlip.threshold * 1.05)).toBe(own.recommendation);
  });

  it("finds the weight at which another option takes over", () => {
    const weightFlips = result.flips.filter((f) => f.kind === "weight");
    expect(weightFlips.length).toBeGreaterThan(0);
    for (const flip of weightFlips) {
      if (flip.kind !== "weight") continue;
      const changed = first(
        single(c.organization, c.answers, { weights: { [flip.criterion]: flip.to } }),
      );
      expect(changed.recommendation, flip.criterion).toBe(flip.recommendation);
    }
  });
});

describe("portfolio", () => {
  it("counts recommendations, totals the cost and names the least certain call", () => {
    const assessment: Assessment = {
      schema: "crossover.assessment/v1",
      title: "Portfolio",
      organization: {
        aiTeam: "ml_team",
        securityMaturity: "established",
        infrastructure: "public_cloud",
      },
      useCases: content.templates.map((t) => ({
        id: t.id,
        name: t.name,
        template: t.id,
        answers: {},
      })),
    };
    const { portfolio, useCases } = evaluateAssessment(assessment, content);
    expect(portfolio.useCaseCount).toBe(content.templates.length);
    expect(Object.values(portfolio.counts).reduce((a, b) => a + b, 0)).toBe(
      content.templates.length,
    );
    const total = useCases.reduce((s, u) => s + u.cost.monthlyUsd[u.recommendation], 0);
    expect(portfolio.totalMonthlyUsd).toBeCloseTo(total, 0);
    const least = Math.min(...useCases.map((u) => u.confidence));
    expect(portfolio.leastCertain?.confidence).toBe(least);
  });
});

describe("the hybrid's split", () => {
  // A confidential, frontier-quality assistant at 25M requests a month in batches, with an ML
  // team: the hybrid leads when 97% of its requests stay on its own model (found by a random
  // search over answers; the split is what makes it a hybrid).
  const organization: Organization = {
    aiTeam: "ml_team",
    securityMaturity: "advanced",
    infrastructure: "public_cloud",
  };
  const answers: Answers = {
    dataSensitivity: "confidential",
    monthlyRequests: 25_109_542,
    inputTokens: 1391,
    outputTokens: 314,
    strategicImportance: "differentiating",
    auditability: "none",
    customization: "prompting",
    capabilityNeed: "frontier",
    timeToValue: "flexible",
    exposure: "high_stakes",
    lockInTolerance: "acceptable",
    servingPattern: "batch",
    selfHostedShare: 97,
  };

  it("is said in the hybrid's headline, and its cost follows it", () => {
    const split = first(single(organization, answers));
    expect(split.recommendation).toBe("hybrid");
    expect(split.summary).toMatch(
      /^Split the traffic .* \(97% of the requests on your own model, the rest to the closed API\)/,
    );
    const less = first(single(organization, { ...answers, selfHostedShare: 50 }));
    expect(less.cost.monthlyUsd.hybrid).not.toBe(split.cost.monthlyUsd.hybrid);
  });

  it("rules the hybrid out at 0% or 100%: there is nothing to route", () => {
    for (const share of [0, 100]) {
      const result = first(single(organization, { ...answers, selfHostedShare: share }));
      expect(result.recommendation).not.toBe("hybrid");
      expect(result.excluded).toContainEqual(
        expect.objectContaining({ option: "hybrid", constraint: "no-split" }),
      );
      expect(result.path.steps.map((s) => s.option)).not.toContain("hybrid");
      for (const flip of result.flips) expect(flip.recommendation).not.toBe("hybrid");
    }
  });
});

describe("the cost memo kept from call to call", () => {
  const assessments = realisticCases.map((c) => single(c.organization, c.answers));

  it("never changes a result: the same assessment gives the same results after any other", () => {
    // A content object of its own starts with an empty memo; the shared one has seen every
    // realistic case by now in this file's other tests.
    const fresh = { ...content };
    for (const assessment of assessments) {
      const alone = evaluateAssessment(assessment, { ...content });
      // Warm the memo with the other cases (shared shapes, other recommendations), then again.
      for (const other of assessments) evaluateAssessment(other, fresh);
      expect(evaluateAssessment(assessment, fresh)).toEqual(alone);
      expect(evaluateAssessment(assessment, content)).toEqual(alone);
    }
  });

  it("keeps price overrides apart: a changed price is worked out anew", () => {
    const [assessment] = assessments;
    if (!assessment) throw new Error("no realistic case");
    const base = evaluateAssessment(assessment, content);
    const dearer = evaluateAssessment({ ...assessment, assumptions: { gpuHourPrice: 9 } }, content);
    expect(evaluateAssessment(assessment, content)).toEqual(base);
    expect(dearer.useCases[0]?.cost.crossings).not.toEqual(base.useCases[0]?.cost.crossings);
  });
});
