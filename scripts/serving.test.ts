/**
 * What the build writes for serving (docs/decisions/0012-serving.md): the compressed copies beside
 * each file, and the headers a static host needs.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

import { compressDirectory, isCompressedCopy } from "./compress.mjs";
import { applyCspToDirectory } from "./csp.mjs";
import { HEADERS_FILE, hostHeaders, IMMUTABLE, pagePolicies } from "./host-headers.mjs";
import { buildPrecacheManifest } from "./sw-manifest.mjs";

const page = (body: string) =>
  `<!DOCTYPE html><html><head><script>console.log(${JSON.stringify(body)})</script></head><body>${body.repeat(80)}</body></html>`;

function exportDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crossover-serve-"));
  const files: Record<string, string> = {
    "index.html": page("landing"),
    "404.html": page("not found"),
    "assess/index.html": page("assess"),
    "_next/static/chunks/a.js": "export const a = 1;\n".repeat(100),
    "_next/static/chunks/tiny.js": "1",
    "readme/landing.png": "\x89PNG".repeat(400),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  applyCspToDirectory(dir);
  return dir;
}

describe("compressed copies", () => {
  it("are written beside each text file worth it, and decompress to the file", () => {
    const dir = exportDir();
    const summary = compressDirectory(dir);
    for (const name of ["index.html", "assess/index.html", "_next/static/chunks/a.js"]) {
      const original = readFileSync(path.join(dir, name));
      expect(brotliDecompressSync(readFileSync(path.join(dir, `${name}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(path.join(dir, `${name}.gz`)))).toEqual(original);
      expect(statSync(path.join(dir, `${name}.br`)).size).toBeLessThan(original.length);
    }
    // Too small to gain, or compressed already.
    expect(existsSync(path.join(dir, "_next/static/chunks/tiny.js.br"))).toBe(false);
    expect(existsSync(path.join(dir, "readme/landing.png.br"))).toBe(false);
    expect(summary.written).toBe(2 * summary.files);
  });

  it("are rewritten only when their file changed, and removed with it", () => {
    const dir = exportDir();
    compressDirectory(dir);
    expect(compressDirectory(dir).written).toBe(0);

    const file = path.join(dir, "assess/index.html");
    writeFileSync(file, page("assess, rebuilt"));
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(compressDirectory(dir).written).toBe(2);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toContain("rebuilt");

    rmSync(path.join(dir, "_next/static/chunks/a.js"));
    compressDirectory(dir);
    expect(existsSync(path.join(dir, "_next/static/chunks/a.js.br"))).toBe(false);
    expect(existsSync(path.join(dir, "_next/static/chunks/a.js.gz"))).toBe(false);
  });

  it("stay out of the offline precache: the browser asks for the file", () => {
    const dir = exportDir();
    compressDirectory(dir);
    writeFileSync(path.join(dir, HEADERS_FILE), hostHeaders(dir));
    const urls = buildPrecacheManifest(dir).files.map((f) => f.url);
    expect(urls).toContain("/assess/");
    expect(urls.some((u) => isCompressedCopy(u))).toBe(false);
    expect(urls).not.toContain(`/${HEADERS_FILE}`);
  });
});

describe("host headers", () => {
  it("give each page its own policy at every address it answers to", () => {
    const dir = exportDir();
    const policies = pagePolicies(dir);
    expect([...policies.keys()]).toEqual([
      "/",
      "/404",
      "/404.html",
      "/assess",
      "/assess/",
      "/assess/index.html",
      "/index.html",
    ]);
    // The policies differ by page (each page's inline script hash) and carry the header-only parts.
    expect(policies.get("/assess/")).not.toBe(policies.get("/"));
    expect(policies.get("/assess")).toBe(policies.get("/assess/"));
    for (const policy of policies.values()) expect(policy).toContain("frame-ancestors 'none'");
  });

  it("write a _headers file: hashed assets immutable, everything else revalidated", () => {
    const text = hostHeaders(exportDir());
    expect(text).toContain(`/_next/static/*\n  Cache-Control: ${IMMUTABLE}`);
    expect(text).toContain("/*\n  Cache-Control: no-cache");
    expect(text).toMatch(/\n\/assess\/\n {2}Content-Security-Policy: default-src 'self'/);
  });
});
