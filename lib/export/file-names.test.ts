import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessmentFileName, portfolioCsvFileName, titleSlug } from "./file-names";

describe("file names", () => {
  it("name the file after the title, in plain ASCII", () => {
    expect(assessmentFileName("Acme Bank — AI portfolio")).toBe(
      "acme-bank-ai-portfolio.crossover.json",
    );
    expect(portfolioCsvFileName("Acme Bank — AI portfolio")).toBe(
      "acme-bank-ai-portfolio-use-cases.csv",
    );
    expect(titleSlug("Zürich Versicherung: Ça va?")).toBe("zurich-versicherung-ca-va");
    expect(titleSlug("  --Q4 / 2026--  ")).toBe("q4-2026");
  });

  it("fall back to “assessment” when the title has nothing usable", () => {
    expect(titleSlug("保险 🧾")).toBe("assessment");
    expect(assessmentFileName("")).toBe("assessment.crossover.json");
  });

  it("never hold a path separator, a dot or anything a file system refuses, and stay short", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (title) => {
        const slug = titleSlug(title);
        expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(slug.length).toBeLessThanOrEqual(60);
      }),
    );
  });
});
