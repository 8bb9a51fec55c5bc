import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { evaluateAssessment, type UseCaseResult } from "@/lib/engine";
import { expectedVolumePhrase, pathLines, pathRows, pathSentence, pathTrend } from "./path";

type PathInput = Pick<UseCaseResult, "path" | "assumed">;

const growing: PathInput = {
  assumed: [],
  path: {
    monthlyRequests: 1_000_000,
    monthlyRequestsIn12Months: 20_000_000,
    start: "closed_api",
    steps: [
      {
        option: "open_managed",
        monthlyRequests: 8_000_000,
        month: 7,
        annualSavingUsd: 210_000,
        conditions: [],
      },
      {
        option: "open_self_hosted",
        monthlyRequests: 40_000_000,
        month: null,
        annualSavingUsd: 150_000,
        conditions: ["once you have the engineers to run it"],
      },
    ],
  },
};

describe("the path in words", () => {
  it("says each move, when it falls due and what it saves, as the issue's example reads", () => {
    expect(pathSentence(content, growing)).toBe(
      "Start on the closed API; at about 8M requests a month (expected in month 7) move to an open-weights model on managed hosting, saving $210k a year by month 12; from about 40M requests a month, beyond the volume expected in a year, a self-hosted open-weights model would save a further $150k a year there, once you have the engineers to run it.",
    );
    expect(pathLines(content, growing)).toEqual([
      "Month 7: Open, managed from 8M a month, saving $210k a year by month 12",
      "Later: Self-hosted from 40M a month, saving $150k a year there",
    ]);
    expect(pathRows(content, growing).map((r) => [r.label, r.when])).toEqual([
      ["Move to Open, managed (month 7)", "Month 7"],
      ["Move to Self-hosted", "Beyond the year"],
    ]);
  });

  it("says when nothing moves, and how far it looked", () => {
    const still: PathInput = { ...growing, path: { ...growing.path, steps: [] } };
    expect(pathSentence(content, still)).toBe(
      "No move expected: the closed API stays the recommendation up to 200M requests a month, ten times the volume expected in a year.",
    );
    const falling: PathInput = {
      ...still,
      path: { ...still.path, monthlyRequestsIn12Months: 500_000 },
    };
    expect(pathTrend(falling.path)).toBe("falling");
    expect(pathSentence(content, falling)).toBe(
      "The recommendation holds as the volume falls to 500k requests a month.",
    );
  });

  it("says whether the volume in a year was given or assumed", () => {
    expect(expectedVolumePhrase(growing)).toBe(
      "20M requests a month in twelve months (20× today's)",
    );
    const assumed: PathInput = {
      ...growing,
      assumed: [{ question: "monthlyRequestsIn12Months", value: 20_000_000, source: "template" }],
    };
    expect(expectedVolumePhrase(assumed)).toBe(
      "20M requests a month in twelve months (assumed from the template: 20× today's)",
    );
    const steady: PathInput = {
      ...assumed,
      path: { ...growing.path, monthlyRequestsIn12Months: 1_000_000 },
    };
    expect(expectedVolumePhrase(steady)).toBe(
      "the same volume in twelve months (assumed: no growth was given)",
    );
  });

  it("agrees with the engine's summary on a use case growing past a move within the year", () => {
    // A knowledge search over internal documents growing from 200k to 5M requests a month, no AI
    // team, on SaaS: the closed API today; managed open weights undercut it within the year.
    const result = evaluateAssessment(
      {
        schema: "crossover.assessment/v1",
        title: "Growing",
        organization: {
          aiTeam: "none",
          securityMaturity: "established",
          infrastructure: "saas_only",
        },
        useCases: [
          {
            id: "kb",
            name: "Knowledge search",
            template: "knowledge-search",
            answers: { monthlyRequests: 200_000, monthlyRequestsIn12Months: 5_000_000 },
          },
        ],
      },
      content,
      { flips: false },
    ).useCases[0];
    if (!result) throw new Error("no result");
    const [move] = result.path.steps;
    expect(result.recommendation).toBe("closed_api");
    expect(move?.option).toBe("open_managed");
    expect(move?.month).not.toBeNull();
    expect(pathSentence(content, result)).toContain(`(expected in month ${move?.month})`);
    expect(result.summary).toContain(`in month ${move?.month}: then move to`);
  });
});
