/**
 * The post-build step that lists the static export for the offline service worker
 * (docs/decisions/0005-offline-service-worker.md).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { buildPrecacheManifest, urlOfFile, writePrecacheManifest } from "./sw-manifest.mjs";

const worker = readFileSync(new URL("../public/sw.js", import.meta.url), "utf8");

/** A small export: pages, a router payload, a hashed chunk, and what must stay out. */
function exportDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crossover-sw-"));
  const files: Record<string, string> = {
    "index.html": "<html>landing</html>",
    "404.html": "<html>not found</html>",
    "assess/index.html": "<html>assess</html>",
    "assess/__next.!KHdvcmtzcGFjZSk.assess.__PAGE__.txt": "rsc",
    "_next/static/chunks/[root]a b.js": "chunk",
    "_next/static/chunks/a.js.map": "map",
    "readme/landing.png": "png",
    ".hidden": "x",
    "sw.js": worker,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("precache addresses", () => {
  it("are the addresses pages are asked for, with the export's trailing slash", () => {
    expect(urlOfFile("index.html")).toBe("/");
    expect(urlOfFile("assess/index.html")).toBe("/assess/");
    expect(urlOfFile("404.html")).toBe("/404.html");
  });

  it("are escaped as the browser escapes a request's path", () => {
    for (const name of ["_next/static/chunks/[root]a b.js", "assess/__next.!K(w).txt", "a%b#c?.js"])
      expect(urlOfFile(name)).toBe(new URL(urlOfFile(name), "http://localhost").pathname);
    expect(urlOfFile("_next/static/chunks/[root]a b.js")).toBe(
      "/_next/static/chunks/[root]a%20b.js",
    );
  });
});

describe("the precache manifest", () => {
  it("lists every file the app can ask for, and leaves out the worker, maps and README images", () => {
    const manifest = buildPrecacheManifest(exportDir());
    expect(manifest.files.map((f) => f.url)).toEqual([
      "/",
      "/404.html",
      "/_next/static/chunks/[root]a%20b.js",
      "/assess/",
      "/assess/__next.!KHdvcmtzcGFjZSk.assess.__PAGE__.txt",
    ]);
    for (const file of manifest.files) expect(file.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes version exactly when a precached file changes", () => {
    const dir = exportDir();
    const before = buildPrecacheManifest(dir).version;
    writeFileSync(path.join(dir, "readme/landing.png"), "another png");
    expect(buildPrecacheManifest(dir).version).toBe(before);
    writeFileSync(path.join(dir, "assess/index.html"), "<html>assess, rebuilt</html>");
    expect(buildPrecacheManifest(dir).version).not.toBe(before);
  });

  it("is written beside the worker, whose version line it stamps, the same on a second run", () => {
    const dir = exportDir();
    const manifest = writePrecacheManifest(dir);
    const stamped = readFileSync(path.join(dir, "sw.js"), "utf8");
    expect(stamped).toContain(`const BUILD_VERSION = "${manifest.version}";`);
    expect(JSON.parse(readFileSync(path.join(dir, "sw-manifest.json"), "utf8"))).toEqual(manifest);
    writePrecacheManifest(dir);
    expect(readFileSync(path.join(dir, "sw.js"), "utf8")).toBe(stamped);
  });

  it("fails loudly when the worker has no version line to stamp", () => {
    const dir = exportDir();
    writeFileSync(path.join(dir, "sw.js"), "// no version here\n");
    expect(() => writePrecacheManifest(dir)).toThrow(/BUILD_VERSION/);
  });
});
