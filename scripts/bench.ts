/**
 * `npm run bench`: how fast Crossover is, in three figures.
 *
 *   1. The engine: median time of `evaluateAssessment` (flips included) on a 50-use-case
 *      assessment built from content's templates at varied volumes, after 100 warm-up calls (the
 *      pace of a workshop's what-if), and the first, cold call apart. Goal: under 5 ms.
 *   2. JavaScript per route: the sum of the gzipped `/_next/static/**.js` files each exported HTML
 *      page references (its first load). Goals: landing ≤ 185 KiB, every other page ≤ 340 KiB.
 *      Chunks no page references (loaded on demand, such as the charts) are listed apart.
 *   3. Sent per page: the bytes `npm start` puts on the wire for each page's HTML, stylesheets and
 *      scripts (brotli), beside the same files gzipped.
 *   4. Lighthouse 12 (mobile preset, simulated throttling), the median of three runs per page, for
 *      the landing page, the guide, the questionnaire, the results (portfolio and one use case),
 *      the shared view and the report (the sample portfolio from a share link).
 *      Goals: performance ≥ 95, LCP ≤ 2.0 s, accessibility 100, best practices 100.
 *
 * The results pages are measured on the sample portfolio (`/results/?sample=1`, six use cases from
 * the templates): Lighthouse starts from an empty browser, so it cannot open an assessment saved
 * in localStorage, and the sample goes through the same code as a saved assessment, from the
 * engine to the charts.
 *
 * Builds the static export first when out/ is older than the sources (through `npm start`'s own
 * check), serves it on a free port with `npm start`'s own server (brotli and gzip copies written at
 * build time, docs/decisions/0012-serving.md), so every figure is what `npm start` sends; and stops the server
 * afterwards. In the shared working tree,
 * run it under the build lock: `flock /tmp/crossover-build.lock npm run bench`.
 *
 * Flags: --engine (the engine only), --no-lighthouse (all but Lighthouse), --runs N (Lighthouse
 * runs per page, default 3).
 * Prints figures; asserts nothing (timings vary from machine to machine).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { content } from "@/content";
import type { Assessment, UseCase } from "@/lib/assessment/schema";
import { evaluateAssessment, templateAnswersAt } from "@/lib/engine";
import { encodeShareFragment } from "@/lib/share/codec";
import { sampleAssessment } from "@/lib/view/sample";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "out");

interface Options {
  lighthouse: boolean;
  engineOnly?: boolean;
  runs: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { lighthouse: true, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--no-lighthouse") options.lighthouse = false;
    else if (arg === "--engine") options.engineOnly = true;
    else if (arg === "--runs") options.runs = Math.max(1, Number(argv[++i]) || 3);
    else if (arg?.startsWith("--runs=")) options.runs = Math.max(1, Number(arg.slice(7)) || 3);
    else if (arg === "--help" || arg === "-h") {
      console.log("usage: npm run bench [-- --engine | --no-lighthouse] [-- --runs N]");
      process.exit(0);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Printing

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  alignRight: readonly boolean[],
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (alignRight[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ");
  return [line(headers), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function heading(text: string) {
  console.log(`\n${text}\n${"=".repeat(text.length)}`);
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

/** Which of `count` columns hold figures (right-aligned): those from `first` to `last`. */
const figureColumns = (count: number, first: number, last: number) =>
  Array.from({ length: count }, (_, i) => i >= first && i <= last);

const verdict = (ok: boolean) => (ok ? "ok" : "OVER GOAL");

// ---------------------------------------------------------------------------------------------
// 1. The engine

/** 50 use cases from the templates in turn, volumes spread from 1,000 to 100M requests a month. */
export function benchAssessment(count = 50): Assessment {
  const useCases: UseCase[] = [];
  for (let i = 0; i < count; i++) {
    const template = content.templates[i % content.templates.length];
    if (!template) break;
    const monthlyRequests = Math.round(1000 * 10 ** ((i * 5) / (count - 1)));
    useCases.push({
      id: `use-case-${i + 1}`,
      name: `${template.name} ${i + 1}`,
      template: template.id,
      // Half fully answered, half with only the quick path (the rest assumed from the template).
      answers:
        i % 2 === 0
          ? templateAnswersAt(template, monthlyRequests)
          : {
              dataSensitivity: template.answers.dataSensitivity,
              monthlyRequests,
              strategicImportance: template.answers.strategicImportance,
            },
    });
  }
  return {
    schema: "crossover.assessment/v1",
    title: "Bench: 50 use cases",
    organization: {
      aiTeam: "ml_team",
      securityMaturity: "established",
      infrastructure: "public_cloud",
    },
    useCases,
  };
}

function benchEngine() {
  heading("Engine: evaluateAssessment, 50 use cases, flips included");
  const assessment = benchAssessment();
  // The first call, before the JIT has seen the engine: what a page pays for its first answer.
  const coldStart = performance.now();
  evaluateAssessment(assessment, content, { flips: true });
  const cold = performance.now() - coldStart;
  // `fresh`: each call with a price set of its own (an engineer's cost a dollar apart), so that
  // nothing the engine remembers from call to call (its cost memo, lib/engine/context.ts) helps:
  // the pace of a first evaluation, or of changing a price.
  const time = (flips: boolean, runs: number, fresh = false) => {
    let call = 0;
    const next = (): Assessment =>
      fresh
        ? { ...assessment, assumptions: { engineerAnnualCost: 230_000 + (call += 1) } }
        : assessment;
    // Warm up as a workshop does (a weight slider re-evaluates on every step): the figure is the
    // engine's steady pace, not V8's first compilation.
    for (let i = 0; i < 100; i++) evaluateAssessment(next(), content, { flips });
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const input = next();
      const start = performance.now();
      evaluateAssessment(input, content, { flips });
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    return {
      median: median(samples),
      min: samples[0] ?? NaN,
      p90: samples[Math.floor(samples.length * 0.9)] ?? NaN,
      runs,
    };
  };
  const row = (name: string, t: ReturnType<typeof time>, goal = "", met = "") => [
    name,
    String(t.runs),
    ...[t.median, t.min, t.p90].map((ms) => ms.toFixed(2)),
    goal,
    met,
  ];
  const withFlips = time(true, 200);
  const withoutFlips = time(false, 200);
  const freshPrices = time(true, 100, true);
  console.log(
    table(
      ["run", "runs", "median ms", "min ms", "p90 ms", "goal", ""],
      [
        row("with flips", withFlips, "< 5 ms", verdict(withFlips.median < 5)),
        row("without flips", withoutFlips),
        row("new prices each call", freshPrices),
      ],
      [false, true, true, true, true, false, false],
    ),
  );
  console.log(
    `Per use case, with flips: ${(withFlips.median / assessment.useCases.length).toFixed(3)} ms. ` +
      `First call, before any warm-up: ${cold.toFixed(1)} ms. "New prices each call": flips ` +
      "included, nothing remembered from the call before (crossings and their bands worked out again).",
  );
}

// ---------------------------------------------------------------------------------------------
// 2. The static export: build when stale, serve, and weigh each page's JavaScript

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/** `npm start` on its own process group: it rebuilds out/ when stale, then serves it. */
async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      if (!output.includes("Crossover at")) process.stdout.write(text); // build progress
      if (output.includes("Crossover at")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`npm start exited (${code}) before serving`)));
  });
  return child;
}

function stopServer(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM"); // the whole group: the server and any build it started
  } catch {
    child.kill("SIGTERM");
  }
}

const pages = [
  { name: "landing", route: "/", html: "index.html", budgetKiB: 185 },
  { name: "questionnaire", route: "/assess/", html: "assess/index.html", budgetKiB: 340 },
  { name: "results", route: "/results/", html: "results/index.html", budgetKiB: 340 },
  { name: "guide", route: "/guide/", html: "guide/index.html", budgetKiB: 340 },
  { name: "shared link", route: "/share/", html: "share/index.html", budgetKiB: 340 },
  { name: "report", route: "/report/", html: "report/index.html", budgetKiB: 340 },
  { name: "presenter", route: "/present/", html: "present/index.html", budgetKiB: 340 },
  { name: "compare", route: "/compare/", html: "compare/index.html", budgetKiB: 340 },
] as const;

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;

function scriptsOf(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, "utf8");
  return [...new Set(html.match(/\/_next\/static\/[^"'\s\\)]+?\.js/g) ?? [])];
}

/** The bytes a response puts on the wire (its body as sent), with its Content-Encoding. */
async function fetchAsSent(
  port: number,
  route: string,
): Promise<{ bytes: number; encoding: string; status: number }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: route,
        headers: { "Accept-Encoding": "br, gzip, deflate" },
      },
      (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () =>
          resolve({
            bytes,
            encoding: String(response.headers["content-encoding"] ?? "none"),
            status: response.statusCode ?? 0,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end();
  });
}

/**
 * Each page's first load as `npm start` sends it to a browser that accepts brotli: the HTML, its
 * stylesheets and its scripts, bytes on the wire, beside the same files gzipped (level 6, what a
 * host compressing on the fly typically sends). Deterministic for a given build.
 */
async function weighTransfer(port: number) {
  heading("Sent per page (first load, as npm start sends it)");
  const rows: string[][] = [];
  for (const page of pages) {
    const file = path.join(outDir, page.html);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, "utf8");
    const assets = [...new Set(html.match(/\/_next\/static\/[^"'\s\\)]+?\.(?:js|css)/g) ?? [])];
    const sentHtml = await fetchAsSent(port, page.route);
    let sent = sentHtml.bytes;
    let gzip = gzipSize(file);
    const encodings = new Set([sentHtml.encoding]);
    for (const asset of assets) {
      const local = path.join(outDir, asset);
      if (!existsSync(local)) continue;
      const response = await fetchAsSent(port, asset);
      sent += response.bytes;
      gzip += gzipSize(local);
      encodings.add(response.encoding);
    }
    rows.push([
      page.name,
      page.route,
      String(assets.length + 1),
      (sentHtml.bytes / 1024).toFixed(1),
      (sent / 1024).toFixed(1),
      (gzip / 1024).toFixed(1),
      [...encodings].join(", "),
    ]);
  }
  console.log(
    table(
      ["page", "route", "files", "HTML KiB", "sent KiB", "gzip KiB", "encoding"],
      rows,
      figureColumns(7, 2, 5),
    ),
  );
  console.log("Sent: HTML, stylesheets and scripts the page references, brotli where accepted.");
}

function weighJavaScript() {
  heading("JavaScript per route (first load, gzip)");
  const referenced = new Set<string>();
  const rows: string[][] = [];
  for (const page of pages) {
    const file = path.join(outDir, page.html);
    if (!existsSync(file)) {
      rows.push([page.name, page.route, "—", "—", "—", `≤ ${page.budgetKiB}`, "not built"]);
      continue;
    }
    const scripts = scriptsOf(file);
    let raw = 0;
    let gzip = 0;
    for (const script of scripts) {
      const chunk = path.join(outDir, script);
      if (!existsSync(chunk)) continue;
      referenced.add(script);
      raw += statSync(chunk).size;
      gzip += gzipSize(chunk);
    }
    const kib = gzip / 1024;
    rows.push([
      page.name,
      page.route,
      String(scripts.length),
      (raw / 1024).toFixed(1),
      kib.toFixed(1),
      `≤ ${page.budgetKiB}`,
      verdict(kib <= page.budgetKiB),
    ]);
  }
  console.log(
    table(["page", "route", "files", "raw KiB", "gzip KiB", "goal", ""], rows, [
      false,
      false,
      true,
      true,
      true,
      false,
      false,
    ]),
  );

  // Chunks no page loads up front: fetched on demand (the charts when they come into view).
  const chunksDir = path.join(outDir, "_next", "static", "chunks");
  const onDemand = readdirSync(chunksDir, { recursive: true, encoding: "utf8" })
    .filter(
      (f) =>
        f.endsWith(".js") && !referenced.has(`/_next/static/chunks/${f.split(path.sep).join("/")}`),
    )
    .map((f) => {
      const file = path.join(chunksDir, f);
      const text = readFileSync(file, "utf8");
      return { file: f, gzip: gzipSize(file), recharts: /recharts/i.test(text) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  if (onDemand.length > 0) {
    const total = onDemand.reduce((s, c) => s + c.gzip, 0) / 1024;
    const charts = onDemand.filter((c) => c.recharts).reduce((s, c) => s + c.gzip, 0) / 1024;
    console.log(
      `\nLoaded on demand, by no page up front: ${onDemand.length} chunks, ${total.toFixed(1)} KiB gzip` +
        (charts > 0
          ? ` (Recharts and the charts: ${charts.toFixed(1)} KiB, fetched when a chart nears the viewport).`
          : "."),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Lighthouse

interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
}

function chromePath(): string | undefined {
  return (
    process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined)
  );
}

/** Runs a command as a child process, asynchronously: the gzip layer keeps serving meanwhile. */
function spawnAsync(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

async function runLighthouse(url: string, dir: string, n: number): Promise<LighthouseRun | null> {
  const output = path.join(dir, `run-${n}.json`);
  const cli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  const result = await spawnAsync(
    [
      cli,
      url,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
      "--only-categories=performance,accessibility,best-practices",
      "--output=json",
      `--output-path=${output}`,
    ],
    { ...process.env, CHROME_PATH: chromePath() },
  );
  if (result.status !== 0 || !existsSync(output)) {
    console.error(
      `  Lighthouse failed on ${url}: ${result.stderr.trim().split("\n").slice(-3).join(" ")}`,
    );
    return null;
  }
  const report: unknown = JSON.parse(readFileSync(output, "utf8"));
  const score = (id: string) => readNumber(report, ["categories", id, "score"]) * 100;
  const audit = (id: string) => readNumber(report, ["audits", id, "numericValue"]);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    fcp: audit("first-contentful-paint"),
  };
}

/** Reads a number at a path of a parsed JSON report; NaN when missing. */
function readNumber(value: unknown, keys: readonly string[]): number {
  let current: unknown = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null || !(key in current)) return NaN;
    const next: unknown = Object.getOwnPropertyDescriptor(current, key)?.value;
    current = next;
  }
  return typeof current === "number" ? current : NaN;
}

async function benchLighthouse(port: number, runs: number) {
  heading(`Lighthouse 12, mobile preset, median of ${runs} run${runs === 1 ? "" : "s"}`);
  if (!chromePath()) {
    console.log("No Chromium found: set CHROME_PATH. Skipped.");
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "crossover-bench-"));
  // The shared view and the report open the sample portfolio from a share link, as a board does.
  const link = encodeShareFragment(sampleAssessment(content));
  const targets = [
    { name: "landing", path: "/", html: "index.html" },
    { name: "guide", path: "/guide/", html: "guide/index.html" },
    { name: "questionnaire", path: "/assess/", html: "assess/index.html" },
    { name: "results: portfolio", path: "/results/?sample=1", html: "results/index.html" },
    {
      name: "results: use case",
      path: "/results/?sample=1&u=contracts",
      html: "results/index.html",
    },
    { name: "shared view", path: `/share/#${link}`, html: "share/index.html" },
    { name: "report", path: `/report/#${link}`, html: "report/index.html" },
  ];
  const rows: string[][] = [];
  try {
    for (const target of targets) {
      if (!existsSync(path.join(outDir, target.html))) {
        rows.push([target.name, target.path, "—", "—", "—", "—", "—", "—", "not built"]);
        continue;
      }
      const samples: LighthouseRun[] = [];
      for (let n = 0; n < runs; n++) {
        process.stderr.write(`  ${target.name}: run ${n + 1} of ${runs}…\n`);
        const run = await runLighthouse(`http://localhost:${port}${target.path}`, dir, n);
        if (run) samples.push(run);
      }
      if (samples.length === 0) {
        rows.push([target.name, target.path, "—", "—", "—", "—", "—", "—", "failed"]);
        continue;
      }
      const m = (key: keyof LighthouseRun) => median(samples.map((s) => s[key]));
      const ok =
        m("performance") >= 95 &&
        m("lcp") <= 2000 &&
        m("accessibility") >= 100 &&
        m("bestPractices") >= 100;
      rows.push([
        target.name,
        target.path.replace(/#.*/, "#<sample link>"),
        m("performance").toFixed(0),
        m("accessibility").toFixed(0),
        m("bestPractices").toFixed(0),
        (m("fcp") / 1000).toFixed(2),
        (m("lcp") / 1000).toFixed(2),
        m("tbt").toFixed(0),
        `${m("cls").toFixed(3)}  ${verdict(ok)}`,
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    table(
      ["page", "url", "perf", "a11y", "best pr.", "FCP s", "LCP s", "TBT ms", "CLS"],
      rows,
      figureColumns(9, 2, 7),
    ),
  );
  console.log("Goals: performance ≥ 95, LCP ≤ 2.0 s, accessibility 100, best practices 100.");
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2).filter((a) => a !== "--"));
  benchEngine();
  if (options.engineOnly) return;
  const port = await freePort();
  const server = await startServer(port); // builds out/ first when it is older than the sources
  try {
    weighJavaScript();
    await weighTransfer(port);
    if (options.lighthouse) await benchLighthouse(port, options.runs);
  } finally {
    stopServer(server);
  }
}

await main();
