import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import { decodeShareFragment } from "./codec";

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { timeout: 60_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * The script as `npm run link` runs it (`tsx scripts/link.ts`), through Node's `--import tsx`:
 * npm and npx would add seconds to each run. The first test goes through npm itself.
 */
function runLink(...args: string[]): Promise<Run> {
  return run(process.execPath, ["--import", "tsx", "scripts/link.ts", ...args]);
}

const fixturePath = "tests/fixtures/workshop-10.json";

// Each run starts Node and tsx and validates content: seconds each on a busy machine.
describe("npm run link", { timeout: 120_000 }, () => {
  it("prints the share link of a file as one line, which opens to the same assessment", async () => {
    const { status, stdout, stderr } = await run("npm", ["run", "link", "--", fixturePath]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\/share\/#1\.[A-Za-z0-9_-]+\n$/);
    expect(stdout.length).toBeLessThanOrEqual(801);

    const expected = parseAssessmentJson(readFileSync(fixturePath, "utf8"), content);
    expect(decodeShareFragment(stdout, content)).toStrictEqual(expected);
  });

  it("puts the link after a base, with or without its trailing slash", async () => {
    const runs = await Promise.all([
      runLink(fixturePath, "--base", "https://crossover.example"),
      runLink("--base=https://crossover.example/", fixturePath),
    ]);
    for (const { status, stdout } of runs) {
      expect(status).toBe(0);
      expect(stdout).toMatch(/^https:\/\/crossover\.example\/share\/#1\.[A-Za-z0-9_-]+\n$/);
    }
  });

  it("rejects a bad file with one line per problem naming its path, and exit status 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "crossover-link-"));
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        schema: "crossover.assessment/v1",
        title: "Bad",
        organization: { aiTeam: "wizards" },
        useCases: [{ id: "a", name: "A", answers: { monthlyRequests: -5 } }],
      }),
    );
    const broken = join(dir, "broken.json");
    writeFileSync(broken, "{ not json");
    const missing = "tests/fixtures/no-such-file.json";
    const [badRun, brokenRun, missingRun] = await Promise.all([
      runLink(bad),
      runLink(broken),
      runLink(missing),
    ]);

    expect(badRun).toEqual({
      status: 1,
      stdout: "",
      stderr:
        `${bad}: organization.aiTeam: expected one of none, generalist, ml_team, platform\n` +
        `${bad}: useCases[0].answers.monthlyRequests: expected a number ≥ 0\n`,
    });
    expect(brokenRun.status).toBe(1);
    expect(brokenRun.stderr.startsWith(`${broken}: (file): not valid JSON`)).toBe(true);
    expect(missingRun).toEqual({ status: 1, stdout: "", stderr: `${missing}: no such file\n` });
  });

  it("exits with status 2 and the usage on a usage error", async () => {
    const usageErrors = [
      [],
      ["a.json", "b.json"],
      [fixturePath, "--base"],
      [fixturePath, "--verbose"],
    ];
    const runs = await Promise.all(usageErrors.map((args) => runLink(...args)));
    for (const { status, stdout, stderr } of runs) {
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe("usage: npm run link -- FILE.json [--base https://host]\n");
    }
  });
});
