import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";
import { assessmentArbitrary } from "@/lib/share/arbitraries";
import { assessmentJson } from "./json";

function fixture(path: string): Assessment {
  const parsed = parseAssessmentJson(
    readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url), "utf8"),
    content,
  );
  if (!parsed.ok) throw new Error(`fixture ${path} does not parse`);
  return parsed.value;
}

const fixtures = [
  "acme-bank.json",
  "workshop-10.json",
  ...readdirSync(new URL("../../tests/fixtures/links/", import.meta.url))
    .filter((name) => name.endsWith(".json"))
    .map((name) => `links/${name}`),
];

/** JSON has one zero: -0 is written as 0. The only difference a round trip may make. */
function withoutNegativeZero(assessment: Assessment): Assessment {
  return JSON.parse(JSON.stringify(assessment)) as Assessment;
}

describe("assessmentJson", () => {
  it.each(fixtures)("%s reads back through parseAssessmentJson unchanged", (name) => {
    const assessment = fixture(name);
    const parsed = parseAssessmentJson(assessmentJson(assessment), content);
    expect(parsed).toEqual({ ok: true, value: assessment });
  });

  it("round-trips every valid assessment (fast-check), text in every script included", () => {
    fc.assert(
      fc.property(assessmentArbitrary(), (assessment) => {
        const parsed = parseAssessmentJson(assessmentJson(assessment), content);
        expect(parsed).toEqual({ ok: true, value: withoutNegativeZero(assessment) });
      }),
      { numRuns: 300 },
    );
  });

  it("writes the format of PRODUCT.md: its keys in its order, two-space indent, final newline", () => {
    const assessment: Assessment = {
      assumptions: { gpuHourPrice: 2.5, apiMidInputPrice: 3 },
      weights: { security: 4, privacy: 5 },
      useCases: [
        {
          answers: { exposure: "customers", monthlyRequests: 1000, dataSensitivity: "internal" },
          template: "knowledge-search",
          name: "Search",
          id: "search",
        },
      ],
      organization: { infrastructure: "public_cloud", aiTeam: "generalist" },
      title: "Order test",
      schema: "crossover.assessment/v1",
    };
    const text = assessmentJson(assessment);
    expect(text.endsWith("}\n")).toBe(true);
    expect(
      text.startsWith('{\n  "schema": "crossover.assessment/v1",\n  "title": "Order test",'),
    ).toBe(true);
    const keys = (value: unknown) => Object.keys(value as object);
    const file = JSON.parse(text) as Record<string, unknown> & {
      useCases: Record<string, unknown>[];
    };
    expect(keys(file)).toEqual([
      "schema",
      "title",
      "organization",
      "useCases",
      "weights",
      "assumptions",
    ]);
    expect(keys(file.organization)).toEqual(["aiTeam", "infrastructure"]);
    expect(keys(file.useCases[0])).toEqual(["id", "name", "template", "answers"]);
    expect(keys(file.useCases[0]?.answers)).toEqual([
      "dataSensitivity",
      "monthlyRequests",
      "exposure",
    ]);
    expect(keys(file.weights)).toEqual(["privacy", "security"]);
    expect(keys(file.assumptions)).toEqual(["apiMidInputPrice", "gpuHourPrice"]);
  });

  it("leaves out weights and assumptions the assessment does not have, and a missing template", () => {
    const text = assessmentJson({
      schema: "crossover.assessment/v1",
      title: "Bare",
      organization: {},
      useCases: [{ id: "a", name: "A", answers: {} }],
    });
    expect(JSON.parse(text)).toEqual({
      schema: "crossover.assessment/v1",
      title: "Bare",
      organization: {},
      useCases: [{ id: "a", name: "A", answers: {} }],
    });
  });

  it("writes titles and names as JSON strings, never as anything else", () => {
    const title = '</script><img src=x onerror="alert(1)"> "quoted" \\ back\nslash';
    const text = assessmentJson({
      schema: "crossover.assessment/v1",
      title,
      organization: {},
      useCases: [],
    });
    const parsed = parseAssessmentJson(text, content);
    expect(parsed.ok && parsed.value.title).toBe(title);
  });
});
