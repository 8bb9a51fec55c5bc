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

  test("compresses what is worth compressing, as the browser asks", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1] ?? "";
    const stylesheet = html.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1] ?? "";
    expect(script, "the landing page loads a script").not.toBe("");
    for (const path of ["/", "/results/", script, stylesheet]) {
      for (const [asked, sent] of [
        ["br, gzip", "br"],
        ["gzip", "gzip"],
        ["identity", undefined],
      ] as const) {
        const response = await request.get(path, { headers: { "Accept-Encoding": asked } });
        expect(response.status(), `${path} (${asked})`).toBe(200);
        expect(response.headers()["content-encoding"], `${path} (${asked})`).toBe(sent);
        expect(response.headers()["vary"], path).toContain("Accept-Encoding");
      }
    }
    // Images are compressed already: never sent encoded.
    const png = await request.get("/readme/landing.png", {
      headers: { "Accept-Encoding": "br, gzip" },
    });
    expect(png.status()).toBe(200);
    expect(png.headers()["content-encoding"]).toBeUndefined();
  });

  test("caches hashed assets for good and has pages revalidated", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const script = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1] ?? "";
    const asset = await request.get(script);
    expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const path of ["/", "/assess/", "/sw.js", "/sw-manifest.json"]) {
      const page = await request.get(path);
      expect(page.headers()["cache-control"], path).toBe("no-cache");
      const etag = page.headers()["etag"] ?? "";
      expect(etag, path).not.toBe("");
      const again = await request.get(path, { headers: { "If-None-Match": etag } });
      expect(again.status(), path).toBe(304);
    }
  });

  test("every page carries its Content-Security-Policy, as a header and in the page", async ({
    request,
  }) => {
    for (const path of [
      "/",
      "/guide/",
      "/assess/",
      "/results/",
      "/share/",
      "/report/",
      "/present/",
      "/compare/",
      "/no-such-page/",
    ]) {
      for (const encoding of ["br", "identity"]) {
        const response = await request.get(path, { headers: { "Accept-Encoding": encoding } });
        const header = response.headers()["content-security-policy"] ?? "";
        expect(header, path).toContain("default-src 'self'");
        expect(header, path).toContain("frame-ancestors");
        expect(response.headers()["content-type"], path).toBe("text/html; charset=utf-8");
        const meta = (await response.text()).match(
          /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/,
        )?.[1];
        expect(meta, path).toBeTruthy();
        // The header is the page's own policy, plus what only a header can carry.
        expect(
          header.startsWith(meta?.replaceAll("&quot;", '"').replaceAll("&amp;", "&") ?? "-"),
        ).toBe(true);
      }
    }
  });
});
