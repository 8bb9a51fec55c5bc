/**
 * The post-build step that gives every exported page its Content-Security-Policy
 * (docs/decisions/0004-content-security-policy.md).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import {
  applyCspToDirectory,
  headerPolicy,
  injectCsp,
  inlineScriptHashes,
  pagePolicy,
  readCspMeta,
} from "./csp.mjs";

/** The hash of `alert('Hello, world.');`, as published in MDN's CSP script-src example. */
const helloHash = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";

/** The shape of a page Next exports: charset first, scripts by src and inline. */
const page = [
  "<!DOCTYPE html>",
  '<html lang="en"><head><meta charSet="utf-8"/>',
  '<meta name="viewport" content="width=device-width"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script src="/theme-init.js"></script>',
  "</head><body><main>Hi</main>",
  "<script>alert('Hello, world.');</script>",
  '<script id="_R_">self.__next_f.push([1,"x>y"])</script>',
  "<script></script>",
  "</body></html>",
].join("");

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

function cspMetaCount(html: string): number {
  return html.match(/http-equiv="Content-Security-Policy"/g)?.length ?? 0;
}

describe("inlineScriptHashes", () => {
  it("hashes each inline script's text as the browser does", () => {
    expect(inlineScriptHashes(page)).toEqual([
      helloHash,
      expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/),
    ]);
  });

  it("leaves out scripts with a src, empty scripts and repeats", () => {
    const html = `<script src="/a.js">ignored</script><script data-src="x">alert('Hello, world.');</script><script></script><script>alert('Hello, world.');</script>`;
    expect(inlineScriptHashes(html)).toEqual([helloHash]);
  });

  it("reads attributes whose quoted values hold a '>'", () => {
    const html = `<script data-note="a > b">alert('Hello, world.');</script>`;
    expect(inlineScriptHashes(html)).toEqual([helloHash]);
  });

  it("normalizes line breaks the way the HTML parser does", () => {
    expect(inlineScriptHashes("<script>a();\r\nb();\rc();</script>")).toEqual(
      inlineScriptHashes("<script>a();\nb();\nc();</script>"),
    );
  });
});

describe("pagePolicy", () => {
  const policy = pagePolicy(page);
  const parsed = directives(policy);

  it("allows scripts from our origin and the page's own inline scripts, nothing else", () => {
    expect(parsed.get("script-src")).toEqual(["'self'", ...inlineScriptHashes(page)]);
    expect(policy).not.toContain("unsafe-eval");
    expect(parsed.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("keeps everything else on our origin and forbids plugins and <base>", () => {
    expect(parsed.get("default-src")).toEqual(["'self'"]);
    expect(parsed.get("connect-src")).toEqual(["'self'"]);
    expect(parsed.get("style-src-elem")).toEqual(["'self'"]);
    expect(parsed.get("object-src")).toEqual(["'none'"]);
    expect(parsed.get("base-uri")).toEqual(["'none'"]);
  });

  it("leaves out frame-ancestors, which browsers ignore in a meta tag, and adds it to the header", () => {
    expect(parsed.has("frame-ancestors")).toBe(false);
    expect(headerPolicy(policy)).toBe(`${policy}; frame-ancestors 'none'`);
  });
});

describe("injectCsp", () => {
  const injected = injectCsp(page);

  it("adds one meta tag, right after the charset and before any stylesheet or script", () => {
    expect(cspMetaCount(injected)).toBe(1);
    const meta = injected.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBe(
      injected.indexOf('<meta charSet="utf-8"/>') + '<meta charSet="utf-8"/>'.length,
    );
    expect(meta).toBeLessThan(injected.indexOf("<link"));
    expect(meta).toBeLessThan(injected.indexOf("<script"));
    expect(readCspMeta(injected)).toBe(pagePolicy(page));
  });

  it("changes nothing else in the page", () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
    expect(injected.replace(meta, "")).toBe(page);
  });

  it("goes first in <head> when the page has no leading charset tag", () => {
    const html = `<html><head data-x="1"><title>t</title><script>alert('Hello, world.');</script></head></html>`;
    expect(injectCsp(html)).toMatch(
      /^<html><head data-x="1"><meta http-equiv="Content-Security-Policy"/,
    );
  });

  it("is idempotent: a second run leaves the page as the first run left it", () => {
    expect(injectCsp(injected)).toBe(injected);
    expect(cspMetaCount(injectCsp(injectCsp(injected)))).toBe(1);
  });

  it("replaces a stale policy when the page's scripts change", () => {
    const changed = injected.replace("Hello, world.", "Goodbye.");
    const updated = injectCsp(changed);
    expect(cspMetaCount(updated)).toBe(1);
    expect(readCspMeta(updated)).not.toContain(helloHash);
    expect(readCspMeta(updated)).toBe(pagePolicy(changed.replace(/<meta http-equiv[^>]*>/, "")));
  });

  it("refuses a page with no <head> rather than ship it without a policy", () => {
    expect(() => injectCsp("<p>not a page</p>")).toThrow(/no <head>/);
    // <header> is not <head>.
    expect(() => injectCsp("<body><header>x</header></body>")).toThrow(/no <head>/);
  });
});

describe("readCspMeta", () => {
  it("reads the policy back, entities decoded, or null when there is none", () => {
    expect(readCspMeta(`<meta http-equiv="content-security-policy" content="a &amp; b">`)).toBe(
      "a & b",
    );
    expect(readCspMeta(page)).toBeNull();
  });
});

describe("applyCspToDirectory and the command", () => {
  function exportTree() {
    const root = mkdtempSync(path.join(tmpdir(), "crossover-csp-"));
    mkdirSync(path.join(root, "guide"));
    mkdirSync(path.join(root, "_next"));
    writeFileSync(path.join(root, "index.html"), page);
    writeFileSync(path.join(root, "guide", "index.html"), page.replace("Hello", "Guide"));
    const others = {
      "index.txt": "<head><script>self.__next_f.push([0])</script></head>",
      "_next/app.js": "document.head.innerHTML = '<head><script>x()</script>';",
      "schema.json": '{"html":"<head></head>"}',
    };
    for (const [name, text] of Object.entries(others)) writeFileSync(path.join(root, name), text);
    return { root, others };
  }

  it("gives every page its own policy and leaves every other file alone", () => {
    const { root, others } = exportTree();
    const before = Object.keys(others).map((name) => statSync(path.join(root, name)).mtimeMs);

    const pages = applyCspToDirectory(root);

    expect(pages.map((p) => path.relative(root, p.file))).toEqual([
      path.join("guide", "index.html"),
      "index.html",
    ]);
    expect(pages.every((p) => p.changed)).toBe(true);
    const home = readFileSync(path.join(root, "index.html"), "utf8");
    const guide = readFileSync(path.join(root, "guide", "index.html"), "utf8");
    expect(readCspMeta(home)).toContain(helloHash);
    expect(readCspMeta(guide)).not.toContain(helloHash);
    for (const [name, text] of Object.entries(others))
      expect(readFileSync(path.join(root, name), "utf8")).toBe(text);
    expect(Object.keys(others).map((name) => statSync(path.join(root, name)).mtimeMs)).toEqual(
      before,
    );
  });

  it("does not rewrite pages whose policy is already right", () => {
    const { root } = exportTree();
    applyCspToDirectory(root);
    const first = readFileSync(path.join(root, "index.html"), "utf8");
    const again = applyCspToDirectory(root);
    expect(again.some((p) => p.changed)).toBe(false);
    expect(readFileSync(path.join(root, "index.html"), "utf8")).toBe(first);
  });

  it("runs as `node scripts/csp.mjs DIR`, and fails when there is nothing to protect", () => {
    const script = path.join(__dirname, "csp.mjs");
    const { root } = exportTree();
    const run = spawnSync(process.execPath, [script, root], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 pages .*\(2 updated\)/);

    const empty = mkdtempSync(path.join(tmpdir(), "crossover-csp-empty-"));
    const none = spawnSync(process.execPath, [script, empty], { encoding: "utf8" });
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("no .html files");

    writeFileSync(path.join(empty, "broken.html"), "<p>no head</p>");
    const broken = spawnSync(process.execPath, [script, empty], { encoding: "utf8" });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.html: no <head>/);
  });
});
