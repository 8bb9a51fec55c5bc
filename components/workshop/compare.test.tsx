// A .tsx name only because vitest.config.ts collects components/**/*.test.tsx; no JSX here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment } from "@/lib/engine";
import { formatUsd } from "@/lib/format";
import { compareGroups, comparedUseCaseIds, MAX_COMPARED } from "./compare";

function fixture(name: string): Assessment {
  const parsed = parseAssessmentJson(
    readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), "utf8"),
    content,
  );
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.value;
}

const acme = fixture("acme-bank.json");
const workshop = fixture("workshop-10.json");

describe("which use cases are compared", () => {
  it("keeps the ones asked for, known, once each, in order, four at most", () => {
    const ids = workshop.useCases.map((u) => u.id);
    const [a = "", b = "", c = "", d = "", e = ""] = ids;
    expect(comparedUseCaseIds(workshop, [c, a, "nope", c])).toEqual([c, a]);
    expect(comparedUseCaseIds(workshop, [a, b, c, d, e])).toHaveLength(MAX_COMPARED);
  });

  it("falls back to the first three when none is asked for, and keeps one alone", () => {
    expect(comparedUseCaseIds(workshop, [])).toEqual(
      workshop.useCases.slice(0, 3).map((u) => u.id),
    );
    expect(comparedUseCaseIds(acme, ["nope"])).toEqual(["contracts", "assistant", "kyc-review"]);
    expect(comparedUseCaseIds(acme, ["kyc-review"])).toEqual(["kyc-review"]);
    expect(comparedUseCaseIds({ useCases: [] }, [])).toEqual([]);
  });
});

describe("the comparison's rows", () => {
  const results = evaluateAssessment(acme, content, { flips: false });
  const groups = compareGroups(content, results);
  const rowOf = (id: string) => {
    const found = groups.flatMap((g) => g.rows).find((r) => r.id === id);
    if (!found) throw new Error(`no row ${id}`);
    return found;
  };

  it("have one cell per use case in every row", () => {
    for (const row of groups.flatMap((g) => g.rows)) expect(row.cells).toHaveLength(3);
  });

  it("show the engine's recommendation and its monthly cost, marked", () => {
    results.useCases.forEach((u, i) => {
      expect(rowOf("option").cells[i]?.option).toBe(u.recommendation);
      const cost = rowOf(`cost-${u.recommendation}`).cells[i];
      expect(cost).toMatchObject({
        text: formatUsd(u.cost.monthlyUsd[u.recommendation]),
        strong: true,
        note: "recommended",
      });
    });
  });

  it("mark options the engine ruled out instead of scoring them", () => {
    const kyc = results.useCases.findIndex((u) => u.id === "kyc-review");
    // Restricted data: the engine rules out the closed API (see content/constraints.ts).
    expect(results.useCases[kyc]?.excluded.map((e) => e.option)).toContain("closed_api");
    expect(rowOf("score-closed_api").cells[kyc]).toEqual({ text: "—", note: "ruled out" });
  });

  it("flag the rows where the use cases differ, and only those", () => {
    expect(rowOf("answer-dataSensitivity").differs).toBe(true);
    const same = compareGroups(
      content,
      evaluateAssessment(
        { ...acme, useCases: [acme.useCases[0]!, { ...acme.useCases[0]!, id: "copy" }] },
        content,
        { flips: false },
      ),
    );
    expect(same.flatMap((g) => g.rows).some((r) => r.differs)).toBe(false);
  });

  it("list at most three reasons for each recommendation, the engine's largest first, each favouring it", () => {
    results.useCases.forEach((u, i) => {
      const lines = rowOf("drivers").cells[i]?.lines ?? [];
      expect(lines.length).toBe(Math.min(3, u.reasons.for.length));
      lines.forEach((line) => expect(line).toMatch(/\(\+[\d.]+ over /));
    });
  });
});
