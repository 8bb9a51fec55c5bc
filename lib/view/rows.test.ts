import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { criterionIds, optionIds } from "@/lib/vocabulary";
import { answerRows } from "./answers";
import { driverChartData, driverRows } from "./drivers";
import {
  exclusionsByOption,
  exclusionsByReason,
  fitChartData,
  fitRows,
  rankedOptions,
} from "./fit";
import { acmeResults, findUseCase } from "./fixtures.test-helpers";

const contracts = findUseCase(acmeResults, "contracts");
const assistant = findUseCase(acmeResults, "assistant");
const kyc = findUseCase(acmeResults, "kyc-review");

describe("driver rows", () => {
  it("name each answer and keep the engine's effects and order", () => {
    const rows = driverRows(content, contracts);
    expect(rows.map((r) => r.question)).toEqual(contracts.drivers.map((d) => d.question));
    const sensitivity = rows.find((r) => r.question === "dataSensitivity");
    expect(sensitivity).toMatchObject({
      questionLabel: "Data sensitivity",
      answer: "Confidential",
      assumed: false,
    });
    expect(sensitivity?.effects).toEqual(
      contracts.drivers.find((d) => d.question === "dataSensitivity")?.effects,
    );
    expect(sensitivity?.sentence).toMatch(
      /^Pushed towards Self-hosted \(\+\d\.\d\) and away from Closed API \(−\d\.\d\)\.$/,
    );
    const volume = rows.find((r) => r.question === "monthlyRequests");
    expect(volume?.answer).toBe("200k requests per month");
  });
  it("mark answers the engine assumed", () => {
    const assumedQuestions = new Set(assistant.assumed.map((a) => a.question));
    for (const row of driverRows(content, assistant))
      expect(row.assumed).toBe(assumedQuestions.has(row.question));
  });
  it("give the chart one group per driver with every option's effect", () => {
    const data = driverChartData(driverRows(content, contracts));
    expect(data[0]).toEqual({ label: "Monthly volume", ...contracts.drivers[0]?.effects });
  });
});

describe("fit rows", () => {
  it("hold every criterion's weight and each option's rating and contribution, which sum to the score", () => {
    const rows = fitRows(content, contracts, acmeResults);
    // The weight is the one the user set (acme sets cost to 3.5); the shares add up to the whole.
    expect(rows.find((r) => r.criterion === "cost")?.weight).toBe(3.5);
    expect(rows.reduce((total, r) => total + r.share, 0)).toBeCloseTo(1, 6);
    expect(rows.map((r) => r.criterion)).toEqual([...criterionIds]);
    for (const option of optionIds) {
      const sum = rows.reduce((total, r) => total + r.contributions[option], 0);
      expect(sum).toBeCloseTo(contracts.scores[option].score, 1);
      expect(rows[0]?.ratings[option]).toBe(contracts.scores[option].ratings.privacy);
    }
    expect(fitChartData(rows)[1]).toMatchObject({
      criterion: "cost",
      label: "Cost at your volume",
    });
  });
  it("rank the options by score with the ruled-out ones last", () => {
    expect(rankedOptions(contracts)[0]).toBe(contracts.recommendation);
    const ranked = rankedOptions(kyc);
    expect(ranked[0]).toBe("open_self_hosted");
    expect(exclusionsByOption(kyc).size).toBe(3);
    expect([...exclusionsByOption(kyc).values()].every((reasons) => reasons.length === 1)).toBe(
      true,
    );
    // One constraint rules out three options: its reason is said once.
    expect(exclusionsByReason(kyc)).toEqual([
      { reason: kyc.excluded[0]?.reason, options: ["closed_api", "open_managed", "hybrid"] },
    ]);
  });
});

describe("answer rows", () => {
  it("list the organization's and the use case's answers, each given or assumed", () => {
    const rows = answerRows(content, acmeResults, assistant);
    expect(rows).toHaveLength(17);
    expect(rows.find((r) => r.question === "aiTeam")).toMatchObject({
      status: "given",
      scope: "organization",
      answer: "A dedicated ML / MLOps team",
    });
    expect(rows.find((r) => r.question === "dataSensitivity")?.status).toBe("given");
    expect(rows.find((r) => r.question === "auditability")?.status).toBe("template");
    const kycRows = answerRows(content, acmeResults, kyc);
    expect(kycRows.find((r) => r.question === "auditability")?.status).toBe("default");
  });
});
