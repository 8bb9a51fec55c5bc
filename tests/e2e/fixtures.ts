import AxeBuilder from "@axe-core/playwright";
import { test as base, expect } from "@playwright/test";
import type { Page } from "@playwright/test";

/** The WCAG 2.1 A and AA rules: the level Crossover commits to. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe-core is not a direct dependency; take its result type from the builder. */
type AxeViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

type AxeCheckOptions = {
  /** CSS selectors to leave out, e.g. a third-party widget under separate review. */
  exclude?: string[];
};

/** Runs axe on the page as it is now and fails the test on any violation. */
type AxeCheck = (options?: AxeCheckOptions) => Promise<void>;

/** One violation per paragraph: rule, impact, what to fix, and where. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = node.failureSummary?.replace(/\n/g, "\n      ") ?? "";
          return `    at ${node.target.join(" ")}\n      ${summary}`;
        })
        .join("\n");
      return `[${violation.impact ?? "unknown"}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join("\n\n");
}

export const test = base.extend<{ axe: AxeCheck }>({
  axe: async ({ page }, use, testInfo) => {
    await use(async ({ exclude = [] } = {}) => {
      // Colours ease between themes (transition-colors): check them where they end, not halfway,
      // as a busy machine can catch them right after a switch to dark mode.
      await page.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((animation) => animation instanceof CSSTransition)
            .map((animation) => animation.finished.catch(() => undefined)),
        ),
      );
      const builder = new AxeBuilder({ page }).withTags(wcagTags);
      for (const selector of exclude) builder.exclude(selector);
      const { violations } = await builder.analyze();
      if (violations.length > 0) {
        await testInfo.attach("axe-violations.json", {
          body: JSON.stringify(violations, null, 2),
          contentType: "application/json",
        });
      }
      expect(
        violations.length,
        `Accessibility violations on ${page.url()}:\n\n${formatViolations(violations)}\n`,
      ).toBe(0);
    });
  },
});

export { expect };

/** Makes the page see an operating system set to dark mode (before or after navigation). */
export async function emulateDarkMode(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: "dark" });
}

/** Makes the page see an operating system set to light mode. */
export async function emulateLightMode(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: "light" });
}
