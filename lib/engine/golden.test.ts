/**
 * Golden results: the engine's full output for every fixture, every realistic case and every
 * template at each of its volume presets, pinned in files under __golden__/. A change of advice
 * must show up here as a diff that someone reviewed and explained (in the commit message and the
 * issue's closing note); `npx vitest run lib/engine/golden.test.ts -u` rewrites them after review.
 *
 * `advice.txt` is the digest to read first: one line per use case with the recommendation, the
 * runner-up, the confidence, the money and the one-sentence summary. The JSON files hold
 * everything else (scores, drivers, flips, curves).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment, Organization } from "@/lib/assessment/schema";
import { sampleAssessment } from "@/lib/view/sample";
import { realisticCases } from "./cases";
import { templateAnswersAt } from "./answers";
import { evaluateAssessment } from "./evaluate";
import type { AssessmentResults } from "./types";

const root = join(import.meta.dirname, "..", "..");
const golden = (name: string) => join(import.meta.dirname, "__golden__", name);

function fixture(path: string): Assessment {
  const parsed = parseAssessmentJson(readFileSync(join(root, path), "utf8"), content);
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

/** Every template at each of its volume presets, every answer given from the template. */
function templatesAt(name: string, organization: Organization): [string, Assessment] {
  return [
    `templates-${name}`,
    {
      schema: "crossover.assessment/v1",
      title: `Every template — ${name}`,
      organization,
      useCases: content.templates.flatMap((t) =>
        t.volumePresets.map((preset, i) => ({
          id: `${t.id}-${i}`,
          name: `${t.name} — ${preset.label}`,
          template: t.id,
          answers: templateAnswersAt(t, preset.monthlyRequests),
        })),
      ),
    },
  ];
}

const linkFixtures = readdirSync(join(root, "tests/fixtures/links"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f): [string, Assessment] => [
    `link-${f.replace(/\.json$/, "")}`,
    fixture(`tests/fixtures/links/${f}`),
  ]);

const cases: [string, Assessment][] = [
  ["acme-bank", fixture("tests/fixtures/acme-bank.json")],
  ["workshop-10", fixture("tests/fixtures/workshop-10.json")],
  ...linkFixtures,
  ["sample", sampleAssessment(content)],
  [
    "realistic-cases",
    {
      schema: "crossover.assessment/v1",
      title: "Realistic cases",
      organization: {},
      useCases: [],
    },
  ],
  templatesAt("no-team-saas", {
    aiTeam: "none",
    securityMaturity: "basic",
    infrastructure: "saas_only",
  }),
  templatesAt("ml-team-cloud", {
    aiTeam: "ml_team",
    securityMaturity: "established",
    infrastructure: "public_cloud",
  }),
  templatesAt("platform-on-prem", {
    aiTeam: "platform",
    securityMaturity: "advanced",
    infrastructure: "on_prem_gpu",
  }),
];

/** The realistic cases each have their own organization: one assessment each, results joined. */
function evaluateCase(name: string, assessment: Assessment): AssessmentResults {
  if (name !== "realistic-cases") return evaluateAssessment(assessment, content);
  const each = realisticCases.map((c, i) =>
    evaluateAssessment(
      {
        schema: "crossover.assessment/v1",
        title: c.name,
        organization: c.organization,
        useCases: [{ id: `case-${i + 1}`, name: c.name, answers: c.answers }],
      },
      content,
    ),
  );
  const [first] = each;
  if (!first) throw new Error("no realistic cases");
  return { ...first, title: "Realistic cases", useCases: each.flatMap((r) => r.useCases) };
}

const usd = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

function digest(name: string, results: AssessmentResults): string {
  return results.useCases
    .map((u) => {
      const own = u.cost.monthlyUsd[u.recommendation];
      const costs = (["closed_api", "open_managed", "open_self_hosted", "hybrid"] as const)
        .map((o) => `${o}=${usd(u.cost.monthlyUsd[o])}`)
        .join(" ");
      const moves = u.path.steps.map(
        (s) =>
          ` → ${s.option} at ${s.monthlyRequests.toLocaleString("en-US")}${s.month === null ? "" : ` (month ${s.month})`} saving ${usd(s.annualSavingUsd)}/year`,
      );
      return [
        `${name} › ${u.name}`,
        `  ${u.recommendation} (runner-up ${u.runnerUp ?? "none"}) · ${u.confidenceLabel} ${u.confidence} · ${usd(own)}/month`,
        `  costs: ${costs}`,
        `  path: ${u.path.monthlyRequests.toLocaleString("en-US")} → ${u.path.monthlyRequestsIn12Months.toLocaleString("en-US")} in 12 months;${moves.length > 0 ? moves.join(";") : " no move"}`,
        `  ${u.summary}`,
      ].join("\n");
    })
    .join("\n");
}

describe("golden results (review every diff: it is a change of advice)", () => {
  const all = cases.map(([name, assessment]) => [name, evaluateCase(name, assessment)] as const);

  for (const [name, results] of all) {
    it(name, async () => {
      // The many template and case results keep everything but their cost curves (which follow
      // from the costs pinned beside them), to keep the files small enough to review.
      const pinned =
        name.startsWith("templates-") || name === "realistic-cases"
          ? {
              ...results,
              useCases: results.useCases.map(({ cost: { curve: _curve, ...cost }, ...u }) => ({
                ...u,
                cost,
              })),
            }
          : results;
      await expect(`${JSON.stringify(pinned, null, 1)}\n`).toMatchFileSnapshot(
        golden(`${name}.json`),
      );
    });
  }

  it("advice digest", async () => {
    await expect(`${all.map(([n, r]) => digest(n, r)).join("\n\n")}\n`).toMatchFileSnapshot(
      golden("advice.txt"),
    );
  });
});
