import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { BrowserContext, Page } from "@playwright/test";

import { expect, test } from "./fixtures";

/*
 * Crossover's promise: answers never leave the browser unless the user shares a link. This
 * journey watches every request the browser makes and every Content-Security-Policy report, on
 * every page a leader goes through. See docs/decisions/0004-content-security-policy.md.
 */

const outDir = fileURLToPath(new URL("../../out/", import.meta.url));

/** A saved assessment whose every name is a word found nowhere else, so a leak is unmistakable. */
const localId = "privacy-probe";
const assessment = {
  schema: "crossover.assessment/v1",
  title: "Zephyrmoor Mutual — confidential AI portfolio",
  organization: { aiTeam: "generalist", securityMaturity: "established" },
  useCases: [
    {
      id: "uc-a",
      name: "Nightjarwick claims triage",
      template: "document-processing",
      answers: { dataSensitivity: "regulated", monthlyRequests: 180000 },
    },
    {
      id: "uc-b",
      name: "Ospreyvale fraud ledger",
      answers: {
        dataSensitivity: "restricted",
        monthlyRequests: 40000,
        strategicImportance: "differentiating",
      },
    },
  ],
  weights: { cost: 3 },
} as const;
/** Typed into the form when the user starts an assessment of their own. */
const typedTitle = "Kestrelholm Holdings board pack";

const seededWorkspace = JSON.stringify({
  version: 1,
  state: {
    assessments: [
      {
        localId,
        createdAt: "2026-11-01T09:00:00.000Z",
        updatedAt: "2026-11-01T09:00:00.000Z",
        assessment,
      },
    ],
    activeId: localId,
  },
});

/**
 * What must never appear in a request's address: the titles, the use case names, each
 * distinctive word of them (so a slug or a partial copy counts too) and the serialized
 * assessment, raw and URL-encoded.
 */
const secrets: string[] = (() => {
  const phrases = [assessment.title, typedTitle, ...assessment.useCases.map((u) => u.name)];
  const words = phrases.flatMap((phrase) => phrase.split(/\s+/)).filter((w) => w.length >= 8);
  const serialized = JSON.stringify(assessment);
  return [...new Set([...phrases, ...words, serialized])];
})();

function leaksIn(url: string): string[] {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, " "));
  } catch {
    // Not decodable as a whole: look at the raw address only.
  }
  const haystacks = [url, decoded].map((text) => text.toLowerCase());
  return secrets.filter((secret) => haystacks.some((text) => text.includes(secret.toLowerCase())));
}

type Violation = {
  page: string;
  directive: string;
  blocked: string;
  source: string;
  sample: string;
};

/** Everything the browser did that the tests judge: requests, CSP reports, CSP console errors. */
type Watch = { requests: string[]; violations: Violation[]; cspConsole: string[] };

/**
 * Records every request of the context (pages and any worker) and every CSP violation of every
 * document, reported straight to the test, so nothing is lost when a page navigates away.
 */
async function watch(context: BrowserContext, page: Page): Promise<Watch> {
  const recorded: Watch = { requests: [], violations: [], cspConsole: [] };
  context.on("request", (request) => recorded.requests.push(request.url()));
  await page.exposeFunction("__crossoverCspViolation", (violation: Violation) => {
    recorded.violations.push(violation);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as Record<string, unknown>)["__crossoverCspViolation"];
    document.addEventListener("securitypolicyviolation", (event) => {
      if (typeof report !== "function") return;
      void (report as (v: Violation) => Promise<void>)({
        page: location.href,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      });
    });
  });
  page.on("console", (message) => {
    const text = message.text();
    if (
      /content[- ]security[- ]policy|refused to (load|execute|evaluate|apply|connect|frame)/i.test(
        text,
      )
    )
      recorded.cspConsole.push(`${page.url()}: ${text}`);
  });
  return recorded;
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const hint =
        v.blocked === "eval"
          ? " (a string evaluated as code; zod's JIT probe does this unless z.config({ jitless: true }) runs first)"
          : "";
      return `${v.page}: ${v.directive} blocked ${v.blocked || "inline"} at ${v.source}${hint} ${v.sample}`;
    })
    .join("\n");
}

function expectClean(recorded: Watch, origin: string): void {
  const sent = recorded.requests.filter((url) => !/^(data|blob):/.test(url));
  const offOrigin = sent.filter((url) => new URL(url).origin !== origin);
  expect(offOrigin, "requests to any host but our own").toEqual([]);
  // The fragment never leaves the browser: judge what is sent.
  const leaking = sent
    .map((url) => ({ url, leaks: leaksIn(url.split("#")[0] ?? url) }))
    .filter(({ leaks }) => leaks.length > 0);
  expect(leaking, "requests whose address carries the assessment").toEqual([]);
  expect(recorded.violations, describeViolations(recorded.violations)).toEqual([]);
  expect(recorded.cspConsole, "CSP errors in the console").toEqual([]);
}

/**
 * Answers one question of the seeded assessment the way a user does: open its step (the address
 * names it, so the questionnaire stays on it), pick the first choice and press Next.
 */
async function answerQuestion(page: Page, query: string): Promise<void> {
  const address = `/assess/?a=${localId}&${query}`;
  await page.goto(address);
  const choice = page.getByRole("main").getByRole("radio").first();
  await choice.click();
  await expect(choice).toBeChecked();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page).not.toHaveURL(address);
}

/** out/**\/*.html as the addresses a static host serves them at. */
function exportedPages(): string[] {
  const pages: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const file = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) {
        const relative = path.relative(outDir, file).split(path.sep).join("/");
        pages.push(`/${relative.replace(/(^|\/)index\.html$/, "$1")}`);
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

test.describe("privacy", () => {
  test("a full journey stays on our origin, never sends the assessment and breaks no CSP rule", async ({
    context,
    page,
    baseURL,
  }, testInfo) => {
    const origin = new URL(baseURL ?? "http://localhost").origin;
    const recorded = await watch(context, page);

    // Landing: the theme toggle answering proves the scripts ran and React hydrated.
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.getByRole("button", { name: "Light theme" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");

    // The guide, reached the way a reader does: through the client-side router.
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Guide" })
      .click();
    await expect(page).toHaveURL(/\/guide\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Saved work, as a consultant would have it in this browser.
    await page.evaluate(
      (workspace) => localStorage.setItem("crossover.workspace", workspace),
      seededWorkspace,
    );

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Assess" })
      .click();
    await expect(page).toHaveURL(/\/assess\/$/);
    await expect(page.getByRole("link", { name: assessment.title }).first()).toBeVisible();

    // Starting an assessment of one's own: the title typed must stay in the browser too.
    await page.getByLabel("Title", { exact: true }).fill(typedTitle);
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page).toHaveURL(/\/assess\/\?a=/);
    await expect(page.getByText(typedTitle).first()).toBeVisible();

    // The seeded assessment's questionnaire: answers saved as they are given.
    await answerQuestion(page, "q=securityMaturity");
    await answerQuestion(page, "q=infrastructure");
    await answerQuestion(page, "u=uc-b&q=auditability");

    // Its results: the title and every use case on screen, computed in the browser.
    await page.goto(`/results/?a=${localId}`);
    await expect(page.getByRole("heading", { level: 1, name: assessment.title })).toBeVisible();
    for (const useCase of assessment.useCases)
      await expect(page.getByText(useCase.name).filter({ visible: true }).first()).toBeVisible();
    // One use case in detail, through the client-side router.
    const [first] = assessment.useCases;
    await page.getByRole("main").getByRole("link", { name: first.name }).first().click();
    await expect(page).toHaveURL(/[?&]u=uc-a/);
    await expect(page.getByRole("heading", { level: 1, name: first.name })).toBeVisible();

    // The 404 page.
    const missing = await page.goto("/no-such-page/");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    const hosts = [
      ...new Set(recorded.requests.map((url) => new URL(url).host || url.split(":")[0])),
    ];
    testInfo.annotations.push(
      { type: "requests recorded", description: String(recorded.requests.length) },
      { type: "hosts seen", description: hosts.join(", ") },
    );
    expect(recorded.requests.length).toBeGreaterThan(10);
    expectClean(recorded, origin);
  });

  test("every exported page carries the same strict policy in its head and in its header", async ({
    context,
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? "http://localhost").origin;
    const recorded = await watch(context, page);
    const pages = exportedPages();
    expect(pages).toEqual(
      expect.arrayContaining(["/", "/guide/", "/assess/", "/results/", "/404.html"]),
    );

    // An address with no page gets 404.html, with its policy, from the server.
    for (const address of [...pages, "/no-such-page/"]) {
      const response = await page.goto(address);
      expect(response, address).not.toBeNull();
      const header = response?.headers()["content-security-policy"] ?? "";

      // The meta tag is the first element that can fetch or run anything.
      const head = await page.evaluate(() => {
        const elements = [...document.head.children];
        const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
        return {
          metaCount: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
          policy: meta?.getAttribute("content") ?? "",
          metaIndex: meta ? elements.indexOf(meta) : -1,
          firstLoader: elements.findIndex((e) => e.matches("script, link, style, base")),
        };
      });
      expect(head.metaCount, address).toBe(1);
      expect(head.metaIndex, address).toBeLessThan(head.firstLoader);
      expect(header, address).toBe(`${head.policy}; frame-ancestors 'none'`);

      const directives = new Map(
        head.policy.split(";").map((d) => {
          const [name = "", ...sources] = d.trim().split(/\s+/);
          return [name, sources] as const;
        }),
      );
      const scriptSources = directives.get("script-src") ?? [];
      expect(head.policy, address).not.toContain("unsafe-eval");
      expect(scriptSources, address).not.toContain("'unsafe-inline'");
      expect(scriptSources[0], address).toBe("'self'");
      expect(directives.get("default-src"), address).toEqual(["'self'"]);
      expect(directives.get("object-src"), address).toEqual(["'none'"]);

      // Hash every inline script the browser parsed, independently of scripts/csp.mjs.
      const inlineHashes = await page.evaluate(async () => {
        const scripts = [...document.scripts].filter((s) => !s.src && s.textContent !== "");
        return Promise.all(
          scripts.map(async (script) => {
            const bytes = new TextEncoder().encode(script.textContent ?? "");
            const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
            return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
          }),
        );
      });
      expect(inlineHashes.length, address).toBeGreaterThan(0);
      for (const hash of inlineHashes) expect(scriptSources, address).toContain(hash);
      // Nothing allowed that the page does not use.
      expect(scriptSources.length, address).toBe(new Set(inlineHashes).size + 1);
    }
    expectClean(recorded, origin);
  });
});
