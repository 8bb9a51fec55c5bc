import { readFileSync } from "node:fs";

import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";

import { content } from "@/content";
import { parseAssessmentJson } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";
import { evaluateAssessment } from "@/lib/engine";
import { encodeShareFragment } from "@/lib/share";
import { optionName } from "@/lib/view/options";
import { readWorkspace } from "@/state/workspace-schema";

import { expect, formatViolations, test } from "./fixtures";

/*
 * Share links: a consultant copies the link on the results, a board member opens it on another
 * machine and sees the same recommendations read-only, and can make a copy of their own. A link
 * that was cut off, changed or made by a newer version opens a friendly page instead, and never
 * touches the saved work of the browser that opens it.
 */

const STORAGE_KEY = "crossover.workspace";

function fixture(name: string): Assessment {
  const parsed = parseAssessmentJson(
    readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8"),
    content,
  );
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.value;
}

const workshop = fixture("workshop-10.json");
const expected = evaluateAssessment(workshop, content, { flips: false });

/** Someone's own saved work: it must come through every share page untouched. */
const keptSafe: Assessment = {
  schema: "crossover.assessment/v1",
  title: "Kept safe — my own assessment",
  organization: { aiTeam: "platform" },
  useCases: [{ id: "mine", name: "My own use case", answers: { monthlyRequests: 5000 } }],
};

function workspaceJson(saved: { localId: string; assessment: Assessment }[]): string {
  return JSON.stringify({
    version: 1,
    state: {
      assessments: saved.map(({ localId, assessment }) => ({
        localId,
        createdAt: "2026-11-01T09:00:00.000Z",
        updatedAt: "2026-11-01T09:00:00.000Z",
        assessment,
      })),
      activeId: saved[0]?.localId ?? null,
    },
  });
}

/** Saved work in the browser before any page loads (kept if a page has changed it since). */
async function seed(context: BrowserContext, workspace: string): Promise<void> {
  await context.addInitScript(
    ([key, value]) => {
      if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
    },
    [STORAGE_KEY, workspace] as const,
  );
}

/** The titles of the assessments saved in the page's browser, as the store would read them. */
async function savedTitles(page: Page): Promise<string[]> {
  const load = readWorkspace(await savedWorkspace(page));
  return load.data.assessments.map((saved) => saved.assessment.title);
}

async function savedWorkspace(page: Page): Promise<string | null> {
  return page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY);
}

/** The axe check of ./fixtures.ts, for a page of another browser context than the test's own. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(violations.length, formatViolations(violations)).toBe(0);
}

/** Every request the page makes, to check that the link's payload never leaves the browser. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return urls;
}

test.describe("share links", () => {
  test("a copied link opens read-only in a fresh browser, and makes an editable copy", async ({
    browser,
    context,
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await seed(context, workspaceJson([{ localId: "workshop", assessment: workshop }]));

    // The consultant's browser: the results, and the link copied from the share panel.
    await page.goto("/results/?a=workshop");
    await expect(page.getByRole("heading", { level: 1, name: workshop.title })).toBeVisible();
    const panel = page.getByRole("region", { name: "Share and export" });
    await panel.getByRole("button", { name: "Copy share link" }).click();
    await expect(panel.getByRole("status")).toContainText("Link copied");
    const link = await panel.getByLabel("Share link").inputValue();
    expect(link).toBe(`${baseURL}/share/#${encodeShareFragment(workshop)}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expect(panel.getByTestId("share-link-length")).toHaveText(
      `${link.length.toLocaleString("en-US")} characters`,
    );

    // Someone else's browser: nothing saved, nothing shared but the link.
    const board = await browser.newContext();
    const requests = recordRequests(board);
    const reader = await board.newPage();
    await reader.goto(link);
    await expect(reader.getByText("Shared assessment — read-only")).toBeVisible();
    await expect(reader.getByRole("heading", { level: 1, name: workshop.title })).toBeVisible();

    // The same recommendations, use case by use case.
    const table = reader.locator("#portfolio-table");
    for (const useCase of expected.useCases) {
      const row = table.locator(`tr[data-use-case="${useCase.id}"]`);
      await expect(row.getByRole("rowheader")).toHaveText(useCase.name);
      await expect(row.locator("td[data-option]")).toHaveAttribute(
        "data-option",
        useCase.recommendation,
      );
    }

    // Read-only: nothing to edit, nothing saved by looking.
    const main = reader.getByRole("main");
    await expect(main.getByRole("link", { name: "Edit answers" })).toHaveCount(0);
    await expect(main.getByRole("button", { name: /What if/ })).toHaveCount(0);
    await expect(main.getByRole("slider")).toHaveCount(0);
    // The one field is the share link, read-only (a phone's sort menu is a view, not an edit).
    await expect(main.locator("input:not([readonly]), textarea")).toHaveCount(0);
    expect(await savedTitles(reader)).toEqual([]);
    await expectAccessible(reader);

    // One use case, inside the link: its recommendation, still read-only; Back returns.
    const [first] = expected.useCases;
    if (!first) throw new Error("no use case");
    await table.getByRole("link", { name: first.name }).click();
    await expect(reader.getByRole("heading", { level: 1, name: first.name })).toBeVisible();
    await expect(reader).toHaveURL(/\/share\/#1\.[\w-]+&u=1$/);
    await expect(reader.getByTestId("recommended-option")).toHaveText(
      optionName(content, first.recommendation),
    );
    await expect(main.locator('a[href^="/assess/"]')).toHaveCount(0);
    await expectAccessible(reader);
    await reader.goBack();
    await expect(reader.getByRole("heading", { level: 1, name: workshop.title })).toBeVisible();

    // The fragment never went into a request.
    const payload = link.split("#")[1] ?? "";
    expect(requests.filter((url) => url.includes(payload.slice(2, 40)))).toEqual([]);

    // Make it one's own: added to My assessments, opened editable.
    await reader.getByRole("button", { name: "Make an editable copy" }).click();
    await expect(reader).toHaveURL(/\/results\/\?a=/);
    await expect(reader.getByRole("heading", { level: 1, name: workshop.title })).toBeVisible();
    await expect(reader.getByRole("link", { name: "Edit answers" })).toBeVisible();
    await reader.goto("/assess/");
    await expect(reader.getByRole("link", { name: workshop.title, exact: true })).toBeVisible();
    await board.close();
  });

  test("a corrupted or cut-off link explains itself, and saved work stays as it was", async ({
    context,
    page,
    axe,
  }) => {
    const workspace = workspaceJson([{ localId: "kept", assessment: keptSafe }]);
    await seed(context, workspace);
    const payload = encodeShareFragment(workshop);

    // One character changed in the middle.
    const at = Math.floor(payload.length / 2);
    const changed = `${payload.slice(0, at)}${payload[at] === "A" ? "B" : "A"}${payload.slice(at + 1)}`;
    await page.goto(`/share/#${changed}`);
    const problem = page.getByTestId("share-link-problem");
    await expect(
      page.getByRole("heading", { level: 1, name: "This link was changed" }),
    ).toBeVisible();
    await expect(problem).toHaveAttribute("data-kind", "corrupt");
    await expect(problem).toContainText("Nothing in this browser was changed");
    await expect(page.getByRole("link", { name: "Start a new assessment" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to my assessments" })).toBeVisible();
    await expect(page.getByText(/error|exception|undefined|crc|base64/i)).toHaveCount(0);
    await axe();

    // The end cut off, as a chat tool does: a new hash in the same tab is read again.
    await page.evaluate(
      (cut) => {
        window.location.hash = cut;
      },
      payload.slice(0, -60),
    );
    await expect(
      page.getByRole("heading", { level: 1, name: "This link is incomplete" }),
    ).toBeVisible();
    await expect(problem).toContainText("cut off");
    await axe();

    // And the whole link again: the results.
    await page.evaluate((whole) => {
      window.location.hash = whole;
    }, payload);
    await expect(page.getByRole("heading", { level: 1, name: workshop.title })).toBeVisible();

    // Nothing was changed: the saved work is what it was, and still listed.
    expect(JSON.parse((await savedWorkspace(page)) ?? "null")).toEqual(JSON.parse(workspace));
    await page.goto("/assess/");
    await expect(page.getByRole("link", { name: keptSafe.title, exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: workshop.title, exact: true })).toHaveCount(0);
  });

  test("a link from a newer version, or with an invalid assessment, says so plainly", async ({
    page,
    axe,
  }) => {
    await page.goto("/share/#9.abc");
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "This link was made by a newer version of Crossover",
      }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Reload the page" })).toBeVisible();
    await axe();

    // Intact, but the assessment in it breaks a rule of the format: two use cases with one id.
    const [one] = workshop.useCases;
    if (!one) throw new Error("no use case");
    const invalid = encodeShareFragment({ ...workshop, useCases: [one, { ...one }] });
    await page.goto(`/share/#${invalid}`);
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "This link's assessment doesn't pass Crossover's checks",
      }),
    ).toBeVisible();
    await expect(page.getByTestId("link-issues")).toContainText(
      `useCases[1].id: duplicate use case id "${one.id}"`,
    );

    // No link at all.
    await page.goto("/share/");
    await expect(
      page.getByRole("heading", { level: 1, name: "This link is incomplete" }),
    ).toBeVisible();
  });
});
