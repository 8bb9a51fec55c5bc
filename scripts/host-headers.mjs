#!/usr/bin/env node
/**
 * The response headers the export needs, for `npm start` (scripts/start.mjs) and as a `_headers`
 * file in out/ for the static hosts that read one (Netlify, Cloudflare Pages; others take the same
 * rules in their own syntax, see docs/decisions/0012-serving.md):
 *
 * - every page's own Content-Security-Policy as a header (it differs per page: the hashes of its
 *   inline scripts), at each address the page answers to (docs/decisions/0004);
 * - Next's hashed assets cached for a year as immutable (their names change with their contents);
 *   everything else revalidated (`no-cache`), pages and the service worker included.
 *
 * `node scripts/host-headers.mjs [DIR]` runs in `npm run build` after scripts/csp.mjs.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { headerPolicy, pagePolicy, readCspMeta } from "./csp.mjs";

export const HASHED_ASSETS = "/_next/static/";
export const IMMUTABLE = "public, max-age=31536000, immutable";
export const HEADERS_FILE = "_headers";

/**
 * Every address a page answers to, with its Content-Security-Policy header: `x/index.html` as
 * `/x/`, `/x` and `/x/index.html`; `404.html` as `/404` and `/404.html`; `index.html` as `/`.
 */
export function pagePolicies(directory) {
  const policies = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith(".html")) {
        const html = readFileSync(file, "utf8");
        const policy = headerPolicy(readCspMeta(html) ?? pagePolicy(html));
        const relative = `/${path.relative(directory, file).split(path.sep).join("/")}`;
        const page = relative.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "");
        const bare = page.length > 1 && page.endsWith("/") ? page.slice(0, -1) : page;
        for (const address of new Set([relative, page, bare])) policies.set(address, policy);
      }
    }
  };
  walk(directory);
  return new Map([...policies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The `_headers` file: one block a rule, an address then its indented headers. */
export function hostHeaders(directory) {
  const blocks = [
    `${HASHED_ASSETS}*\n  Cache-Control: ${IMMUTABLE}`,
    `/*\n  Cache-Control: no-cache\n  X-Content-Type-Options: nosniff`,
  ];
  for (const [address, policy] of pagePolicies(directory))
    blocks.push(`${address}\n  Content-Security-Policy: ${policy}`);
  return `# Written by scripts/host-headers.mjs from the built pages; see docs/decisions/0012-serving.md.\n${blocks.join("\n")}\n`;
}

export function writeHostHeaders(directory) {
  const file = path.join(directory, HEADERS_FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, hostHeaders(directory));
  renameSync(temporary, file);
  return file;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const directory = path.resolve(process.argv[2] ?? path.join(projectRoot, "out"));
  try {
    writeHostHeaders(directory);
    console.log(
      `Host headers: ${path.relative(process.cwd(), path.join(directory, HEADERS_FILE))}.`,
    );
  } catch (error) {
    console.error(`Host headers: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}
