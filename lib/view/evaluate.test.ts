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

  it("finds no use case that is not there", () => {
    expect(evaluateOneUseCase(acme, "nope", content)).toBeNull();
  });
});
