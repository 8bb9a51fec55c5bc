import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { flipGroups, flipSentence, noFlipSentence } from "./flips";
import { acmeResults, findUseCase } from "./fixtures.test-helpers";

describe("flip sentences", () => {
  it("says which single answer would change the recommendation", () => {
    expect(
      flipSentence(content, {
        kind: "answer",
        question: "dataSensitivity",
        from: "confidential",
        to: "internal",
        recommendation: "closed_api",
        distance: 1,
      }),
    ).toBe("If data sensitivity were “internal”, the closed API would win.");
    // Acronyms keep their capitals; the option label is lowered only where it reads so.
    expect(
      flipSentence(content, {
        kind: "answer",
        question: "aiTeam",
        from: "ml_team",
        to: "none",
        recommendation: "open_managed",
        distance: 1,
      }),
    ).toBe(
      "If AI team were “no in-house engineers for AI”, an open-weights model on managed hosting would win.",
    );
  });

  it("says at which volume the picture turns, compactly", () => {
    expect(
      flipSentence(content, {
        kind: "volume",
        question: "monthlyRequests",
        threshold: 400_000,
        direction: "below",
        recommendation: "closed_api",
        distance: 1,
      }),
    ).toBe("Below 400k requests a month, the closed API would win.");
    expect(
      flipSentence(content, {
        kind: "volume",
        question: "monthlyRequests",
        threshold: 1_300_000,
        direction: "above",
        recommendation: "open_self_hosted",
        distance: 1,
      }),
    ).toBe("Above 1.3M requests a month, a self-hosted open-weights model would win.");
  });

  it("says which weight would flip it, and which way it has to move", () => {
    expect(
      flipSentence(content, {
        kind: "weight",
        criterion: "cost",
        from: 3.5,
        to: 2.18,
        recommendation: "open_managed",
        distance: 1,
      }),
    ).toBe(
      "If the weight of “cost at your volume” fell from 3.5 to 2.18, an open-weights model on managed hosting would win.",
    );
    expect(
      flipSentence(content, {
        kind: "weight",
        criterion: "privacy",
        from: 3,
        to: 4.88,
        recommendation: "open_self_hosted",
        distance: 1,
      }),
    ).toMatch(/rose from 3 to 4\.88/);
  });

  it("groups a use case's flips by kind, keeping the engine's order and every flip", () => {
    const contracts = findUseCase(acmeResults, "contracts");
    const groups = flipGroups(content, contracts);
    expect(groups.answers.length + groups.volume.length + groups.weights.length).toBe(
      contracts.flips.length,
    );
    expect(groups.answers.map((g) => g.flip)).toEqual(
      contracts.flips.filter((f) => f.kind === "answer"),
    );
    expect(groups.weights.every((g) => g.sentence.startsWith("If the weight of"))).toBe(true);
  });

  it("has a sentence for a recommendation nothing would flip", () => {
    expect(noFlipSentence(content, { recommendation: "open_self_hosted" })).toMatch(
      /^A self-hosted open-weights model stays/,
    );
  });
});
