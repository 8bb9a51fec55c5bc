import { content } from "@/content";

import { emulateDarkMode, emulateLightMode, expect, test } from "./fixtures";

const matrixCaption = /how the three sourcing options rate on each criterion/i;

test.describe("guide to the trade-offs", () => {
  test("lays the options side by side on every criterion, from content", async ({ page }) => {
    const pageErrors: Error[] = [];
    page.on("pageerror", (error) => pageErrors.push(error));

    await page.goto("/guide/");

    await expect(page).toHaveTitle(/A guide to the trade-offs/);
    await expect(
      page.getByRole("heading", { level: 1, name: "A guide to the trade-offs" }),
    ).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guide" }),
    ).toHaveAttribute("aria-current", "page");

    // The three options and the hybrid, each with its own heading.
    for (const option of [...content.sourcingOptions, content.hybrid]) {
      await expect(page.getByRole("heading", { level: 3, name: option.name })).toBeVisible();
    }

    const matrix = page.getByRole("table", { name: matrixCaption });
    await expect(matrix).toBeVisible();
    for (const option of content.sourcingOptions) {
      await expect(matrix.getByRole("columnheader", { name: option.name })).toBeVisible();
    }
    const rowHeaders = matrix.getByRole("rowheader");
    await expect(rowHeaders).toHaveCount(10);
    await expect(rowHeaders).toHaveCount(content.criteria.length);
    for (const [index, criterion] of content.criteria.entries()) {
      const rowHeader = rowHeaders.nth(index);
      await expect(rowHeader).toContainText(criterion.name);
      await expect(rowHeader).toContainText(criterion.explanation);
      // Each rating has a text equivalent, never colour alone.
      const row = matrix.locator("tbody").getByRole("row").nth(index);
      for (const option of content.sourcingOptions) {
        const { rating, why } = option.ratings[criterion.id];
        const cell = row.getByRole("cell").filter({ hasText: why });
        await expect(cell).toContainText(`${rating} of 5`);
      }
    }
    // The cost rating is only the general picture; the engine computes it per use case.
    await expect(matrix.getByRole("row").filter({ hasText: "Cost at your volume" })).toContainText(
      /computed from each use case/i,
    );

    expect(pageErrors).toEqual([]);
  });

  test("explains what decides it, the typical use cases and the costs", async ({ page }) => {
    await page.goto("/guide/");

    const decides = page.getByRole("region", { name: "What decides it" });
    const quickQuestions = content.questions.filter(({ quick }) => quick);
    expect(quickQuestions).toHaveLength(4);
    for (const question of quickQuestions) {
      const card = decides.getByRole("article", { name: question.shortLabel });
      await expect(card).toBeVisible();
      await expect(card).toContainText(question.why);
      if (question.kind === "choice") {
        for (const option of question.options) await expect(card).toContainText(option.label);
      }
    }
    for (const constraint of content.hardConstraints) {
      await expect(decides).toContainText(constraint.reason);
    }

    const useCases = page.getByRole("region", { name: "Typical use cases" });
    for (const template of content.templates) {
      await expect(useCases.getByRole("heading", { name: template.name })).toBeVisible();
    }

    const costs = page.getByRole("region", { name: "The cost picture" });
    await expect(costs).toContainText("H100 GPU, rented, per hour");
    await expect(costs).toContainText(/As of \w+ \d{4}/);
    const start = page.getByRole("link", { name: "Start an assessment" });
    await expect(start).toHaveAttribute("href", "/assess/");

    // The table of contents leads to each section.
    const contents = page.getByRole("navigation", { name: "On this page" });
    await contents.getByRole("link", { name: /The cost picture/ }).click();
    await expect(page).toHaveURL(/#cost-picture$/);
    await expect(costs.getByRole("heading", { level: 2 })).toBeInViewport();
  });

  test("has no accessibility violations in light mode", async ({ page, axe }) => {
    // axe over the whole guide (two renderings of the matrix) takes a while on a busy machine.
    test.slow();
    await emulateLightMode(page);
    await page.goto("/guide/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await axe();
  });

  test("has no accessibility violations in dark mode", async ({ page, axe }) => {
    // axe over the whole guide (two renderings of the matrix) takes a while on a busy machine.
    test.slow();
    await emulateDarkMode(page);
    await page.goto("/guide/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await axe();
  });

  test("stays readable on a phone, without sideways scrolling", async ({ page, axe }) => {
    // axe over the whole guide (two renderings of the matrix) takes a while on a busy machine.
    test.slow();
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/guide/");

    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);

    // The wide table gives way to one card per criterion, with every rating still in words.
    await expect(page.getByRole("table", { name: matrixCaption })).toBeHidden();
    const matrixSection = page.getByRole("region", { name: /side by side/i });
    for (const criterion of content.criteria) {
      const card = matrixSection
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { level: 3, name: criterion.name }) });
      await expect(card).toBeVisible();
      for (const option of content.sourcingOptions) {
        const { rating, why } = option.ratings[criterion.id];
        const entry = card.getByRole("listitem").filter({ hasText: why });
        await expect(entry).toBeVisible();
        await expect(entry).toContainText(`${option.shortName}${rating} of 5`);
      }
    }

    await emulateDarkMode(page);
    await axe();
  });
});
