// A .tsx name only because vitest.config.ts collects app/**/*.test.tsx; no JSX here.
import { describe, expect, it } from "vitest";
import { assessHref, resultsHref } from "./navigation";

describe("addresses of the assessment screens", () => {
  it("follows the URL contract others link to", () => {
    expect(assessHref()).toBe("/assess/");
    expect(assessHref("abc")).toBe("/assess/?a=abc");
    expect(assessHref("abc", { questionId: "aiTeam" })).toBe("/assess/?a=abc&q=aiTeam");
    expect(assessHref("abc", { useCaseId: "contracts", questionId: "exposure" })).toBe(
      "/assess/?a=abc&u=contracts&q=exposure",
    );
    expect(assessHref("abc", { step: "use-cases" })).toBe("/assess/?a=abc&step=use-cases");
    expect(resultsHref("abc")).toBe("/results/?a=abc");
    expect(resultsHref("abc", "contracts")).toBe("/results/?a=abc&u=contracts");
  });

  it("escapes what it carries", () => {
    expect(assessHref("a b&c")).toBe("/assess/?a=a+b%26c");
  });
});
