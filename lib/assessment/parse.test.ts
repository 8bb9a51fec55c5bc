import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { content } from "@/content";
import { assessmentArbitrary } from "@/lib/share/arbitraries";
import { parseAssessment, parseAssessmentJson } from "./parse";
import { formatIssues } from "./issues";

const acme = readFileSync(new URL("../../tests/fixtures/acme-bank.json", import.meta.url), "utf8");

function problems(input: unknown): string[] {
  const result = parseAssessment(input, content);
  return result.ok ? [] : formatIssues(result.issues);
}

const valid = () => JSON.parse(acme) as unknown;

describe("parseAssessment", () => {
  it("accepts the example file of PRODUCT.md's format", () => {
    const result = parseAssessmentJson(acme, content);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.value.useCases.map((u) => u.id)).toEqual([
        "contracts",
        "assistant",
        "kyc-review",
      ]);
  });

  it("accepts an assessment in progress with answers missing", () => {
    expect(
      problems({
        schema: "crossover.assessment/v1",
        title: "Draft",
        organization: {},
        useCases: [{ id: "a", name: "A", answers: {} }],
      }),
    ).toEqual([]);
  });

  it("names the path of every bad value, one line each", () => {
    expect(
      problems({
        schema: "crossover.assessment/v1",
        title: "Bad",
        organization: { aiTeam: "robots", extra: true },
        useCases: [
          {
            id: "a",
            name: "A",
            answers: { dataSensitivity: "secret", monthlyRequests: -5, inputTokens: 1.5 },
          },
          { id: "a", name: "Dup", answers: { outputTokens: 1e9 } },
        ],
        weights: { cost: 11, nonsense: 1 },
      }),
    ).toEqual([
      "organization.aiTeam: expected one of none, generalist, ml_team, platform",
      'organization: unknown field "extra"',
      "useCases[0].answers.dataSensitivity: expected one of public, internal, confidential, regulated, restricted",
      "useCases[0].answers.monthlyRequests: expected a number ≥ 0",
      "useCases[0].answers.inputTokens: expected int",
      "useCases[1].answers.outputTokens: expected a number ≤ 200000",
      "weights.cost: expected a number ≤ 10",
      'weights: unknown field "nonsense"',
    ]);
  });

  it("reports duplicate use case ids", () => {
    const input = valid();
    if (
      typeof input === "object" &&
      input !== null &&
      "useCases" in input &&
      Array.isArray(input.useCases)
    ) {
      Object.assign(input.useCases[1], { id: "contracts" });
    }
    expect(problems(input)).toEqual(['useCases[1].id: duplicate use case id "contracts"']);
  });

  it("checks assumption overrides against content's ranges", () => {
    const input = { ...(valid() as object), assumptions: { gpuHourPrice: 500, minReplicas: 2 } };
    expect(problems(input)).toEqual([
      "assumptions.gpuHourPrice: expected a number from 0.1 to 20 (USD per GPU-hour)",
    ]);
  });

  it("rejects nonsense numbers: NaN, Infinity, strings", () => {
    for (const monthlyRequests of [Number.NaN, Number.POSITIVE_INFINITY, "1000"]) {
      const lines = problems({
        schema: "crossover.assessment/v1",
        title: "T",
        organization: {},
        useCases: [{ id: "a", name: "A", answers: { monthlyRequests } }],
      });
      expect(lines.length).toBe(1);
      expect(lines[0]).toMatch(/^useCases\[0\]\.answers\.monthlyRequests: /);
    }
  });

  it("says when a file is not JSON, not an object, another format or a newer version", () => {
    const notJson = parseAssessmentJson("{oops", content);
    expect(notJson.ok).toBe(false);
    if (!notJson.ok)
      expect(formatIssues(notJson.issues)).toEqual([
        expect.stringMatching(/^\(file\): not valid JSON/),
      ]);
    expect(problems([1, 2])).toEqual(["(file): expected an assessment object"]);
    expect(problems({ title: "x" })).toEqual(['schema: expected "crossover.assessment/v1"']);
    expect(problems({ schema: "crossover.assessment/v2" })).toEqual([
      "schema: this assessment was made by a newer version of Crossover (crossover.assessment/v2); this version reads crossover.assessment/v1",
    ]);
  });

  it("round-trips every valid assessment through JSON (property)", () => {
    fc.assert(
      fc.property(assessmentArbitrary(6), (assessment) => {
        const result = parseAssessmentJson(JSON.stringify(assessment), content);
        expect(result.ok).toBe(true);
        // JSON has no negative zero: compare with what JSON itself keeps.
        if (result.ok) expect(result.value).toEqual(JSON.parse(JSON.stringify(assessment)));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on random or mutated input: it parses or lists problems (property)", () => {
    const mutated = fc
      .tuple(fc.constantFrom(acme), fc.nat(), fc.string({ maxLength: 8 }), fc.nat({ max: 40 }))
      .map(([text, at, insert, cut]) => {
        const i = at % text.length;
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated), (text) => {
        const result = parseAssessmentJson(text, content);
        if (!result.ok) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) expect(typeof issue.message).toBe("string");
        }
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseAssessment(value, content);
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });
});
