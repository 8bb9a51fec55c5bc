import { expect, test } from "./fixtures";

/*
 * A workshop room with poor Wi-Fi: the app is loaded once, the network drops, and the consultant
 * carries on — a new assessment, its quick path, its results, a page never opened before, and
 * the print view — all from the copy the service worker keeps (public/sw.js, ADR 0005).
 */

test.describe("offline", () => {
  test("after one visit, a whole assessment can be made and its results seen with the network off", async ({
    page,
    context,
  }) => {
    test.slow();
    // First visit, online: the worker installs and precaches the whole export.
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.goto("/assess/");
    await expect(page.getByText("Available offline")).toBeVisible({ timeout: 30_000 });
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // The network goes.
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "My assessments" })).toBeVisible();
    await expect(page.getByRole("status").getByText("Offline")).toBeVisible();

    // A new assessment, its profile's quick question, a use case from a template, its quick path.
    await page.getByLabel("Title", { exact: true }).fill("Offline workshop");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByRole("radio", { name: "A dedicated ML / MLOps team" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("link", { name: "Add or manage use cases" }).click();
    await page.getByRole("radio", { name: "Coding assistant" }).check();
    await page.getByRole("button", { name: "Add use case" }).click();
    await page.getByRole("link", { name: "Start answering “Coding assistant”" }).click();
    await page.getByRole("radio", { name: "Restricted: must not leave our environment" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Requests per month").fill("2M");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("radio", { name: "Differentiating" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "First recommendation for “Coding assistant”" }),
    ).toBeVisible();

    // Its results, through the client-side router, from the cache.
    await page.getByRole("link", { name: "See the full results for “Coding assistant”" }).click();
    await expect(page).toHaveURL(/\/results\/\?a=.+&u=/);
    await expect(page.getByText("Recommendation", { exact: true }).first()).toBeVisible();
    await expect(page.getByTestId("recommended-option")).toHaveText(
      "Open-weights model, self-hosted",
    );
    // And as printed: the page's own print styles, with the site's chrome left out.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByTestId("recommended-option")).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // A page never opened before, loaded whole from the precache.
    const localId = new URL(page.url()).searchParams.get("a") ?? "";
    await page.goto(`/compare/?a=${localId}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto("/guide/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Everything entered offline is still there when the network comes back.
    await context.setOffline(false);
    await page.goto("/assess/");
    await expect(page.getByRole("link", { name: "Offline workshop", exact: true })).toBeVisible();
    await expect(page.getByRole("status").getByText("Available offline")).toBeVisible();
  });
});
