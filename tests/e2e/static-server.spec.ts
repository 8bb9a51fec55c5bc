import { expect, test } from "./fixtures";

/*
 * scripts/start.mjs serves the static export for `npm start` and for these
 * tests. A static host must answer the same way, so this pins the behaviour.
 */
test.describe("static server", () => {
  test("serves pages with and without the trailing slash", async ({ request }) => {
    for (const path of ["/", "/index.html"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"]).toBe("text/html; charset=utf-8");
    }
  });

  test("answers an unknown address with the 404 page and status 404", async ({ page }) => {
    const response = await page.goto("/no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the start page" })).toHaveAttribute(
      "href",
      "/",
    );
  });

  test("sends scripts and stylesheets with their content types", async ({ request }) => {
    const theme = await request.get("/theme-init.js");
    expect(theme.status()).toBe(200);
    expect(theme.headers()["content-type"]).toBe("text/javascript; charset=utf-8");

    const html = await (await request.get("/")).text();
    const stylesheet = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    expect(stylesheet, "the landing page links a stylesheet").toBeTruthy();
    const css = await request.get(stylesheet ?? "");
    expect(css.headers()["content-type"]).toBe("text/css; charset=utf-8");
    expect(css.headers()["cache-control"]).toContain("immutable");
  });

  test("refuses paths that climb out of the export", async ({ request }) => {
    for (const path of ["/..%2fpackage.json", "/%2e%2e/package.json", "/..%5cpackage.json"]) {
      const response = await request.get(path);
      expect([403, 404], path).toContain(response.status());
      expect(await response.text(), path).not.toContain('"dependencies"');
    }
  });
});
