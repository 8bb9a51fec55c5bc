/**
 * `npm run evaluate` end to end: the command consultants and the tests rely on.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import { evaluateAssessment } from "@/lib/engine";
import { readFileSync } from "node:fs";

const root = path.resolve(__dirname, "..");
const fixture = path.join(root, "tests/fixtures/acme-bank.json");

function evaluate(file: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/evaluate.ts", file], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(text: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "crossover-")), "assessment.json");
  writeFileSync(file, text);
  return file;
}

describe("npm run evaluate", () => {
  it("prints crossover.results/v1 for a valid file, the same as the engine", () => {
    const run = evaluate(fixture);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const printed: unknown = JSON.parse(run.stdout);
    const parsed = parseAssessmentJson(readFileSync(fixture, "utf8"), content);
    if (!parsed.ok) throw new Error("fixture invalid");
    expect(printed).toEqual(JSON.parse(JSON.stringify(evaluateAssessment(parsed.value, content))));
    expect(printed).toMatchObject({
      schema: "crossover.results/v1",
      useCases: [{ id: "contracts" }, { id: "assistant" }, { id: "kyc-review" }],
    });
  });

  it("rejects bad values with one line per problem naming its path, and no stack trace", () => {
    const file = tempFile(
      JSON.stringify({
        schema: "crossover.assessment/v1",
        title: "Bad",
        organization: {},
        useCases: [
          {
            id: "x",
            name: "X",
            answers: { dataSensitivity: "secret", monthlyRequests: -1, colour: "red" },
          },
        ],
      }),
    );
    const run = evaluate(file);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      `${file}: useCases[0].answers.dataSensitivity: expected one of public, internal, confidential, regulated, restricted`,
      `${file}: useCases[0].answers.monthlyRequests: expected a number ≥ 0`,
      `${file}: useCases[0].answers: unknown field "colour"`,
    ]);
  });

  it("says plainly when the file is missing or is not JSON", () => {
    const missing = evaluate("/nonexistent/assessment.json");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("/nonexistent/assessment.json: no such file\n");
    const notJson = evaluate(tempFile("{ this is not json"));
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/: \(file\): not valid JSON \(/);
    expect(notJson.stderr).not.toMatch(/\n\s+at /);
  });

  it("explains its usage when called wrongly", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/evaluate.ts"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/usage: npm run evaluate -- FILE\.json/);
  });
});
