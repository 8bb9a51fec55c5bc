import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { evaluateAssessment } from "@/lib/engine";
import { evaluateOneUseCase, evaluatePortfolio } from "./evaluate";
import { acme, loadFixture } from "./fixtures.test-helpers";
import { sampleAssessment } from "./sample";

const assessments = [acme, loadFixture("workshop-10.json"), sampleAssessment(content)];

describe("evaluating only what a view shows", () => {
  it("gives one use case exactly the result it has in the whole assessment", () => {
    for (const assessment of assessments) {
      const whole = evaluateAssessment(assessment, content);
      for (const expected of whole.useCases) {
        const alone = evaluateOneUseCase(assessment, expected.id, content);
        expect(alone?.useCases).toEqual([expected]);
        expect(alone?.assumptions).toEqual(whole.assumptions);
        expect(alone?.organization).toEqual(whole.organization);
      }
    }
  });

  it("gives the portfolio everything but the flips", () => {
    for (const assessment of assessments) {
      const whole = evaluateAssessment(assessment, content);
      const portfolio = evaluatePortfolio(assessment, content);
      expect(portfolio.portfolio).toEqual(whole.portfolio);
      expect(portfolio.useCases.map(({ flips: _, ...rest }) => rest)).toEqual(
        whole.useCases.map(({ flips: _, ...rest }) => rest),
      );
    }
  });

  it("gives one use case without its flips everything else it has with them", () => {
    // The results page shows a use case first without flips, and its flips a moment later.
    for (const assessment of assessments) {
      for (const { id } of assessment.useCases) {
        const { flips, ...rest } = evaluateOneUseCase(assessment, id, content)?.useCases[0] ?? {};
        const quick = evaluateOneUseCase(assessment, id, content, { flips: false })?.useCases[0];
        expect(quick).toEqual({ ...rest, flips: [] });
        expect(flips).toBeDefined();
      }
    }
  });

  it("finds no use case that is not there", () => {
    expect(evaluateOneUseCase(acme, "nope", content)).toBeNull();
  });
});
