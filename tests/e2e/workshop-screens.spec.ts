import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

import { emulateDarkMode, emulateLightMode, expect, test } from "./fixtures";

/*
 * Screenshots of the workshop screens for a person to look at (readable from the back of a room?
 * anything a picky client would dislike?): the presenter at 1920×1080 and 1280×720, the
 * comparison at 1280×800 and 375×812, the shortcuts overlay, the facilitator's panel; light and
 * dark. Run on demand: SCREENSHOTS=1 npx playwright test tests/e2e/workshop-screens.spec.ts
 * Written to test-results/workshop-screens/.
 */

const dir = "test-results/workshop-screens";
const localId = "screens-acme";
const assessment: unknown = JSON.parse(
  readFileSync(new URL("../fixtures/acme-bank.json", import.meta.url), "utf8"),
);

test.skip(!process.env.SCREENSHOTS, "screenshots on demand: SCREENSHOTS=1");

async function seed(page: Page): Promise<void> {
  await page.goto("/");
  const now = new Date().toISOString();
  await page.evaluate(
    (value) => window.localStorage.setItem("crossover.workspace", value),
    JSON.stringify({
      version: 1,
      state: {
        assessments: [{ localId, createdAt: now, updatedAt: now, assessment }],
        activeId: localId,
      },
    }),
  );
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await page.waitForFunction(() => document.getAnimations().length === 0);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage });
}

/** A long phone page in screen-sized pieces, each readable at full size. */
async function shootPieces(page: Page, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const { width, height } = page.viewportSize() ?? { width: 375, height: 812 };
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, n = 1; y < total && n <= 4; y += height * 1.5, n++) {
    const clip = { x: 0, y, width, height: Math.min(height * 1.5, total - y) };
    await page.screenshot({ path: `${dir}/${name}-part${n}.png`, fullPage: true, clip });
  }
}

const slides = [
  "title",
  "organization:aiTeam",
  "use-cases",
  "contracts:dataSensitivity",
  "contracts:monthlyRequests",
  "assistant:preview",
  "kyc-review:review",
  "contracts:capabilityNeed",
  "portfolio",
];

for (const theme of ["light", "dark"] as const) {
  test(`presenter, ${theme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await seed(page);
    await (theme === "dark" ? emulateDarkMode(page) : emulateLightMode(page));
    for (const [width, height] of [
      [1920, 1080],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const slide of slides) {
        await page.goto(`/present/?a=${localId}&s=${encodeURIComponent(slide)}`);
        await expect(page.getByRole("region", { name: /^Presenting/ })).toBeVisible();
        await shoot(page, `present-${width}-${theme}-${slide.replace(/[:]/g, "-")}`);
      }
    }
  });

  test(`compare, help and facilitator, ${theme}`, async ({ page }) => {
    test.setTimeout(120_000);
    await seed(page);
    await (theme === "dark" ? emulateDarkMode(page) : emulateLightMode(page));
    for (const [width, height] of [
      [1280, 800],
      [375, 812],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`/compare/?a=${localId}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await shoot(page, `compare-${width}-${theme}`, true);
      if (width === 375) await shootPieces(page, `compare-${width}-${theme}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/assess/?a=${localId}&u=contracts&q=dataSensitivity`);
    await page.getByText("For the facilitator").click();
    await shoot(page, `facilitator-1280-${theme}`, true);
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog")).toBeVisible();
    await shoot(page, `help-assess-1280-${theme}`);
    await page.goto(`/present/?a=${localId}&s=contracts%3AdataSensitivity`);
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog")).toBeVisible();
    await shoot(page, `help-present-1280-${theme}`);
  });
}

test("offline badge, light and dark", async ({ page, context }) => {
  test.setTimeout(120_000);
  await seed(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/assess/?a=${localId}&u=contracts&q=dataSensitivity`);
  await expect(page.getByText("Available offline")).toBeVisible({ timeout: 30_000 });
  for (const theme of ["light", "dark"] as const) {
    await (theme === "dark" ? emulateDarkMode(page) : emulateLightMode(page));
    await page.getByText("Available offline").scrollIntoViewIfNeeded();
    await shoot(page, `badge-ready-${theme}`);
    await context.setOffline(true);
    await expect(page.getByRole("status").getByText(/^Offline/)).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, `badge-offline-${theme}`);
    await context.setOffline(false);
  }
});
