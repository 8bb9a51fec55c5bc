import { gzipSync } from "node:zlib";

import type { Page } from "@playwright/test";

import { emulateDarkMode, emulateLightMode, expect, test } from "./fixtures";

/** Goal for the landing page: no more JavaScript than a bare Next.js page ships. */
const landingScriptBudgetKiB = 185;

test.describe("landing page", () => {
  test("says what Crossover does and offers the two ways in", async ({ page }) => {
    const pageErrors: Error[] = [];
    page.on("pageerror", (error) => pageErrors.push(error));

    await page.goto("/");

    await expect(page).toHaveTitle(/Crossover/);
    await expect(
      page.getByRole("heading", { level: 1, name: /closed api or open weights/i }),
    ).toBeVisible();

    const main = page.getByRole("main");
    const startAssessment = main.getByRole("link", { name: "Start an assessment" }).first();
    await expect(startAssessment).toBeVisible();
    await expect(startAssessment).toHaveAttribute("href", "/assess/");
    const readGuide = main.getByRole("link", { name: "Read the guide" }).first();
    await expect(readGuide).toBeVisible();
    await expect(readGuide).toHaveAttribute("href", "/guide/");

    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [name, href] of [
      ["Guide", "/guide/"],
      ["Assess", "/assess/"],
      ["Results", "/results/"],
    ] as const) {
      await expect(nav.getByRole("link", { name })).toHaveAttribute("href", href);
    }
    // The landing page is none of the three sections.
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);

    await expect(page.getByRole("contentinfo")).toContainText("Your answers stay in this browser.");
    await expect(
      page.getByRole("img", { name: /monthly cost against monthly volume/i }),
    ).toBeVisible();
    expect(pageErrors).toEqual([]);
  });

  test("has no accessibility violations in light mode", async ({ page, axe }) => {
    await emulateLightMode(page);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await axe();
  });

  test("follows a dark system theme and has no accessibility violations there", async ({
    page,
    axe,
  }) => {
    await emulateDarkMode(page);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await bodyIsDark(page)).toBe(true);
    await axe();
  });

  test("theme toggle switches the theme and remembers it across a reload", async ({ page }) => {
    await emulateLightMode(page);
    await page.goto("/");
    const html = page.locator("html");
    const toggle = page.getByRole("group", { name: "Colour theme" });
    await expect(html).toHaveAttribute("data-theme", "light");
    await expect(toggle.getByRole("button", { name: "System theme" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    await toggle.getByRole("button", { name: "Dark theme" }).click();
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(toggle.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect.poll(() => bodyIsDark(page)).toBe(true);

    await page.reload();
    await expect(html).toHaveAttribute("data-theme", "dark");
    await expect(toggle.getByRole("button", { name: "Dark theme" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(await bodyIsDark(page)).toBe(true);

    // Back to following the system, which is light here.
    await toggle.getByRole("button", { name: "System theme" }).click();
    await expect(html).toHaveAttribute("data-theme", "light");
    await page.reload();
    await expect(html).toHaveAttribute("data-theme", "light");
  });

  test("skip link takes keyboard users straight to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skipLink = page.getByRole("link", { name: "Skip to main content" });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();

    // The next Tab lands inside the main content, not back in the header.
    await page.keyboard.press("Tab");
    const focusedInMain = await page.evaluate(
      () => document.querySelector("main")?.contains(document.activeElement) ?? false,
    );
    expect(focusedInMain).toBe(true);
  });

  test(`ships at most ${landingScriptBudgetKiB} KiB of JavaScript (gzip)`, async ({ page }) => {
    const scripts = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url(), gzipSync(body).length);
    });
    await page.goto("/", { waitUntil: "networkidle" });

    const totalKiB = [...scripts.values()].reduce((sum, size) => sum + size, 0) / 1024;
    const breakdown = [...scripts].map(([url, size]) => `${url}: ${(size / 1024).toFixed(1)} KiB`);
    test.info().annotations.push({
      type: "landing JavaScript",
      description: `${totalKiB.toFixed(1)} KiB gzip in ${scripts.size} files`,
    });
    expect(totalKiB, breakdown.join("\n")).toBeLessThanOrEqual(landingScriptBudgetKiB);
  });
});

/** True when the page background is dark (relative luminance below 0.2). */
async function bodyIsDark(page: Page): Promise<boolean> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const channels =
    background
      .match(/\d+(\.\d+)?/g)
      ?.slice(0, 3)
      .map(Number) ?? [];
  const [red = 255, green = 255, blue = 255] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.2;
}
