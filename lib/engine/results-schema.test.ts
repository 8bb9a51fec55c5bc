import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import { evaluateAssessment } from "./evaluate";
import { resultsJsonSchema, resultsSchema } from "./results-schema";

const root = join(import.meta.dirname, "..", "..");
const goldenDir = join(import.meta.dirname, "__golden__");
const golden = readdirSync(goldenDir)
  .filter((f) => f.endsWith(".json"))
  .map((f): [string, unknown] => [f, JSON.parse(readFileSync(join(goldenDir, f), "utf8"))]);

/** Every field path of a JSON value, arrays as `[]`: ".useCases[].cost.monthlyUsd.hybrid". */
function paths(value: unknown, at = "", out = new Set<string>()): Set<string> {
  if (at) out.add(at);
  if (Array.isArray(value)) for (const item of value) paths(item, `${at}[]`, out);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) paths(child, `${at}.${key}`, out);
  return out;
}

describe("the results format, crossover.results/v1", () => {
  it("describes every result exactly (no field missing, none unknown)", () => {
    // The golden files of the fixtures keep everything; evaluated afresh, so do the others.
    const fixtures = ["tests/fixtures/acme-bank.json", "tests/fixtures/workshop-10.json"].map(
      (path): [string, unknown] => {
        const parsed = parseAssessmentJson(readFileSync(join(root, path), "utf8"), content);
        if (!parsed.ok) throw new Error(path);
        return [path, evaluateAssessment(parsed.value, content)];
      },
    );
    const whole = golden.filter(
      ([file]) => !file.startsWith("templates-") && file !== "realistic-cases.json",
    );
    for (const [file, results] of [...fixtures, ...whole]) {
      const parsed = resultsSchema().safeParse(results);
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), file).toEqual([]);
    }
  });

  it("keeps every field the first published results had: fields are added, never renamed or removed", () => {
    const first: unknown = JSON.parse(
      readFileSync(join(root, "tests/fixtures/results-v1-paths.json"), "utf8"),
    );
    expect(Array.isArray(first)).toBe(true);
    const now = new Set<string>();
    for (const [, results] of golden) paths(results, "", now);
    const lost = (Array.isArray(first) ? first : []).filter(
      (p): p is string => typeof p === "string" && !now.has(p),
    );
    expect(lost).toEqual([]);
  });

  it("is published as JSON Schema (regenerate with `npx tsx scripts/json-schema.ts`)", () => {
    const published: unknown = JSON.parse(
      readFileSync(join(root, "public/schema/results.v1.json"), "utf8"),
    );
    expect(published).toEqual(resultsJsonSchema());
  });
});
