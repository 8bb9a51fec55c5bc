import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessment } from "@/lib/assessment/parse";
import { evaluateAssessment } from "@/lib/engine";
import { questionHref, resultsHref } from "./links";
import { sampleAssessment } from "./sample";

describe("the sample portfolio", () => {
  it("is a valid assessment built from content's templates", () => {
    const sample = sampleAssessment(content);
    expect(parseAssessment(sample, content).ok).toBe(true);
    expect(sample.useCases).toHaveLength(6);
    for (const u of sample.useCases)
      expect(content.templates.some((t) => t.id === u.template)).toBe(true);
  });
  it("shows more than one kind of recommendation", () => {
    const results = evaluateAssessment(sampleAssessment(content), content);
    expect(new Set(results.useCases.map((u) => u.recommendation)).size).toBeGreaterThan(1);
  });
});

describe("links", () => {
  it("follow the URL contract", () => {
    expect(resultsHref({ kind: "saved", localId: "abc" })).toBe("/results/?a=abc");
    expect(resultsHref({ kind: "saved", localId: "abc" }, "contracts")).toBe(
      "/results/?a=abc&u=contracts",
    );
    expect(resultsHref({ kind: "sample" }, "tickets")).toBe("/results/?sample=1&u=tickets");
    expect(questionHref({ kind: "saved", localId: "abc" }, "contracts", "dataSensitivity")).toBe(
      "/assess/?a=abc&u=contracts&q=dataSensitivity",
    );
    expect(questionHref({ kind: "saved", localId: "abc" }, "contracts", "aiTeam")).toBe(
      "/assess/?a=abc&q=aiTeam",
    );
    expect(questionHref({ kind: "sample" }, "contracts", "aiTeam")).toBeNull();
  });
});
