import { content } from "@/content";

import { emulateDarkMode, expect, test } from "./fixtures";

/*
 * Saved work: answers are kept in this browser as they are given, so that a reload, a closed tab
 * or a crash loses nothing; damaged saved work is set aside, said plainly, and the app still opens.
 */

const STORAGE_KEY = "crossover.workspace";

function label(id: string): string {
  const found = content.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found.label;
}

test.describe("persistence", () => {
  test("a reload mid-way loses nothing", async ({ page }) => {
    await page.goto("/assess/");
    await page.getByLabel("Title").fill("Northwind — reload test");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByRole("radio", { name: "A dedicated ML / MLOps team" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: label("securityMaturity") }),
    ).toBeVisible();

    await page.getByRole("link", { name: "Add or manage use cases" }).click();
    await page.getByRole("radio", { name: "Coding assistant" }).check();
    await page.getByRole("button", { name: "Add use case" }).click();
    await page.getByRole("link", { name: "Start answering “Coding assistant”" }).click();
    await page.getByRole("radio", { name: "Restricted: must not leave our environment" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Requests per month").fill("75k");
    await page.getByLabel(label("inputTokens")).fill("8,000");
    const url = page.url();

    await page.reload();

    // The same screen, with everything entered so far.
    expect(page.url()).toBe(url);
    await expect(
      page.getByRole("heading", { level: 1, name: label("monthlyRequests") }),
    ).toBeVisible();
    await expect(page.getByLabel("Requests per month")).toHaveValue("75,000");
    await expect(page.getByLabel(label("inputTokens"))).toHaveValue("8,000");
    await page.getByRole("link", { name: "Back" }).click();
    await expect(
      page.getByRole("radio", { name: "Restricted: must not leave our environment" }),
    ).toBeChecked();
    const outline = page.getByRole("navigation", { name: "Assessment outline" });
    await expect(outline.getByRole("link", { name: /answered: AI team/ })).toBeVisible();

    // Closing the tab and coming back through "My assessments" finds it too.
    await page.goto("/");
    await page.goto("/assess/");
    await expect(
      page.getByRole("link", { name: "Northwind — reload test", exact: true }),
    ).toBeVisible();
    await expect(page.getByText("1 use case · Updated")).toBeVisible();
  });

  test("never shows an empty list before the saved work is read", async ({ page }) => {
    await page.goto("/assess/");
    await page.getByLabel("Title").fill("Kept");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/assess/");
    // The static page shows a calm loading state, then the list, never "no assessments" between.
    await expect(page.getByText("No assessments yet.")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Kept", exact: true })).toBeVisible();
    await expect(page.getByText("No assessments yet.")).toHaveCount(0);
  });

  test("a corrupt saved state is kept aside with a notice, and the app still opens", async ({
    page,
    axe,
  }) => {
    await emulateDarkMode(page);
    await page.addInitScript((key) => {
      // Only on the first load: the app must repair what it finds, not meet garbage every time.
      if (window.sessionStorage.getItem("corrupted") === null) {
        window.sessionStorage.setItem("corrupted", "yes");
        window.localStorage.setItem(key, "{ this is not json");
      }
    }, STORAGE_KEY);
    await page.goto("/assess/");

    const notice = page
      .getByRole("alert")
      .filter({ hasText: "Some saved work could not be opened" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("not valid JSON");
    await expect(page.getByRole("heading", { level: 1, name: "My assessments" })).toBeVisible();
    await axe();

    // The damaged text is kept under a backup key, untouched.
    const backups = await page.evaluate(() =>
      Object.keys(window.localStorage)
        .filter((key) => key.startsWith("crossover.workspace.backup."))
        .map((key) => window.localStorage.getItem(key)),
    );
    expect(backups).toEqual(["{ this is not json"]);

    // Work goes on: a new assessment is saved, and the notice can be dismissed.
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice).toHaveCount(0);
    await page.getByLabel("Title").fill("After the repair");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await expect(page.getByRole("heading", { level: 1, name: label("aiTeam") })).toBeVisible();
    await page.reload();
    await expect(page.getByText("Some saved work could not be opened")).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: label("aiTeam") })).toBeVisible();
  });

  test("an address naming an assessment not saved here says so", async ({ page, axe }) => {
    await page.goto("/assess/?a=not-in-this-browser");
    await expect(
      page.getByRole("heading", { level: 1, name: "This assessment is not saved here" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to my assessments" })).toHaveAttribute(
      "href",
      "/assess/",
    );
    await axe();
  });

  test("assessments can be duplicated and deleted with undo", async ({ page }) => {
    await page.goto("/assess/");
    await page.getByLabel("Title").fill("Original");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.goto("/assess/");
    await page.getByRole("button", { name: "Duplicate “Original”" }).click();
    await expect(page.getByRole("link", { name: "Original (copy)", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Delete “Original”" }).click();
    await expect(page.getByRole("link", { name: "Original", exact: true })).toHaveCount(0);
    await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("link", { name: "Original", exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("link", { name: "Original", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Original (copy)", exact: true })).toBeVisible();
  });
});
