import type { Page } from "@playwright/test";

import { encodeShareFragment } from "@/lib/share";

import { emulateDarkMode, expect, test } from "./fixtures";
import { fixture, seedWorkspace, STORAGE_KEY } from "./seed";

/*
 * The print report: what a consultant leaves behind as a PDF. Chromium's own "Save as PDF"
 * (page.pdf) must give a cover, the portfolio, at least a page per use case and the sources, with
 * every chart drawn and no navigation, on white paper whatever the screen's theme.
 */

const workshop = fixture("workshop-10.json");

/** Pages in a PDF that Chromium wrote: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** The charts of the report: the portfolio's, then fit and cost for each use case. */
const chartCount = 1 + 2 * workshop.useCases.length;

async function reportReady(page: Page, title: string): Promise<void> {
  // The engine works out every flip of every use case first: give a busy machine time.
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator("[data-testid=report] .recharts-surface")).toHaveCount(chartCount, {
    timeout: 30_000,
  });
}

test.describe("print report", () => {
  test("prints a cover, the portfolio, a part per use case and the sources, charts drawn", async ({
    context,
    page,
    axe,
  }) => {
    test.setTimeout(120_000);
    await seedWorkspace(context, workshop);
    await page.goto("/report/?a=workshop");
    await reportReady(page, workshop.title);
    await expect(page.getByText("Prepared with Crossover")).toBeVisible();
    await expect(page.getByTestId("report-use-case")).toHaveCount(workshop.useCases.length);
    await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeEnabled();
    await axe();

    // On paper: no navigation chrome, no buttons; every chart still has its size.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeHidden();
    const widths = await page
      .locator("[data-testid=report] .recharts-surface")
      .evaluateAll((charts) => charts.map((c) => c.getBoundingClientRect().width));
    expect(widths).toHaveLength(chartCount);
    for (const width of widths) expect(width).toBeGreaterThan(400);

    // What the PDF says, as the page lays it out for print.
    const text = await page.locator("body").innerText();
    for (const expected of [
      "Prepared with Crossover",
      workshop.title,
      "The portfolio",
      ...workshop.useCases.map((u) => u.name),
      "What would change the answer",
      "Risks to mitigate",
      "Next steps",
      "Assumptions, sources and dates",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain("Print / Save as PDF");
    expect(text).not.toContain("Back to the results");

    // Chromium's "Save as PDF", on A4 and on Letter: a cover, the portfolio, every use case
    // starting on a page of its own, and the assumptions.
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdfPageCount(pdf), format).toBeGreaterThanOrEqual(1 + workshop.useCases.length + 2);
    }
    const uses = await page
      .getByTestId("report-use-case")
      .evaluateAll((parts) => parts.map((part) => getComputedStyle(part).breakBefore));
    expect(new Set(uses)).toEqual(new Set(["page"]));
  });

  test("the Print button waits until every chart is drawn", async ({ context, page }) => {
    test.setTimeout(60_000);
    await seedWorkspace(context, workshop);
    // The chart code arrives after the report's first paint: hold it back, to press Print before
    // it is there. The browser's print dialog is replaced by a note of what it would have printed.
    let releaseCharts = () => {};
    const chartsHeld = new Promise<void>((resolve) => (releaseCharts = resolve));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      const body = await (await route.fetch()).text();
      if (body.includes("recharts-cartesian-grid")) await chartsHeld;
      await route.fallback();
    });
    await page.addInitScript(() => {
      window.print = () => {
        const drawn = document.querySelectorAll("[data-testid=report] .recharts-surface").length;
        document.body.dataset.printedCharts = String(drawn);
      };
    });
    // Not "load": that event would wait for the chart code held back here.
    await page.goto("/report/?a=workshop", { waitUntil: "domcontentloaded" });
    await expect(page.getByRole("heading", { level: 1, name: workshop.title })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText("Drawing the chart…").first()).toBeVisible();
    await page.getByRole("button", { name: "Print / Save as PDF" }).click();
    await page.waitForTimeout(300);
    await expect(page.locator("body")).not.toHaveAttribute("data-printed-charts");

    releaseCharts();
    await expect(page.locator("body")).toHaveAttribute("data-printed-charts", String(chartCount), {
      timeout: 30_000,
    });
  });

  test("a shared link prints too, on white paper even from a dark screen", async ({
    page,
    axe,
  }) => {
    test.setTimeout(90_000);
    await emulateDarkMode(page);
    const payload = encodeShareFragment(workshop);
    await page.goto(`/share/#${payload}`);
    await page
      .getByRole("region", { name: "Share and export" })
      .getByRole("link", { name: "Print report" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/report/#${payload.replace(/[.]/g, "\\.")}$`));
    await reportReady(page, workshop.title);
    await expect(page.getByRole("link", { name: "Back to the shared assessment" })).toBeVisible();
    await axe();

    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const paper = await page.evaluate(() => ({
      scheme: getComputedStyle(document.documentElement).colorScheme,
      background: getComputedStyle(document.body).backgroundColor,
      ink: getComputedStyle(document.querySelector("h1") ?? document.body).color,
    }));
    expect(paper).toEqual({
      scheme: "light",
      background: "rgb(255, 255, 255)",
      ink: "rgb(15, 23, 42)",
    });
    // Nothing was saved by printing someone else's assessment.
    const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    expect(saved === null || !saved.includes(workshop.title)).toBe(true);
  });

  test("an assessment that is not in this browser, or a broken link, says so", async ({ page }) => {
    await page.goto("/report/?a=nowhere");
    await expect(
      page.getByRole("heading", { level: 1, name: "This assessment is not in this browser" }),
    ).toBeVisible();
    const payload = encodeShareFragment(workshop);
    await page.goto(
      `/report/#${payload.slice(0, 20)}${payload[20] === "A" ? "B" : "A"}${payload.slice(21)}`,
    );
    await expect(
      page.getByRole("heading", { level: 1, name: "This link was changed" }),
    ).toBeVisible();
  });
});
