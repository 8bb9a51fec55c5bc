#!/usr/bin/env node
/**
 * Post-build step: gives every exported page (out/**\/*.html) a strict Content-Security-Policy in
 * a `<meta http-equiv>` tag, placed before any script or stylesheet. Scripts may come from our own
 * origin, plus the inline scripts Next writes into that page (`self.__next_f.push(…)`, the
 * Turbopack bootstrap), each allowed by its exact sha256 hash. See
 * docs/decisions/0004-content-security-policy.md.
 *
 * `node scripts/csp.mjs [DIR]` (DIR defaults to out/) runs after `next build` in `npm run build`,
 * and scripts/start.mjs runs it before serving. Running it again changes nothing: the old tag is
 * replaced, not added to. Only .html files are touched. A page without a <head> fails the step
 * loudly rather than ship without a policy.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Every directive but script-src, which is per page. Why each source is there:
 * - style-src: the stylesheets are ours, but React writes `style="width:50%"` attributes into
 *   the static HTML (the guide's rating meters). style-src-attr allows those attributes and
 *   style-src-elem keeps <style> elements and stylesheets to our origin; 'unsafe-inline' in
 *   style-src is only the fallback for browsers that predate those two directives. An inline
 *   style cannot run script, and img-src/font-src keep it from loading anything off the origin.
 * - img-src data: blob: for generated images (QR codes, chart exports); worker-src for the
 *   offline service worker to come.
 * - frame-ancestors is not here: browsers ignore it in a <meta> tag (and log an error), so it
 *   lives in the HTTP header only — see `headerPolicy`.
 */
const fixedDirectives = [
  ["default-src", "'self'"],
  ["style-src", "'self' 'unsafe-inline'"],
  ["style-src-elem", "'self'"],
  ["style-src-attr", "'unsafe-inline'"],
  ["img-src", "'self' data: blob:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'"],
  ["worker-src", "'self'"],
  ["manifest-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
];

/** Directives that only work as an HTTP header. Nothing may embed Crossover in a frame. */
const headerOnlyDirectives = [["frame-ancestors", "'none'"]];

/**
 * A `<script …>…</script>` element: its attributes (quoted values may hold `>`) and its text.
 * Next escapes `<` inside its inline payloads, so the first `</script` ends the element.
 */
const scriptElement = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const attributeName = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
/** Any CSP meta tag, ours from an earlier run included: removed before the new one goes in. */
const cspMeta =
  /<meta\b(?:[^>"']|"[^"]*"|'[^']*')*?\bhttp-equiv\s*=\s*["']?content-security-policy["']?(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** `<head>`, then the charset tag when it comes first (it must stay in the first 1024 bytes). */
const headStart =
  /<head\b(?:[^>"']|"[^"]*"|'[^']*')*>(\s*<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>)?/i;
const contentAttribute = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

function hasSrc(attributes) {
  for (const match of attributes.matchAll(attributeName)) {
    if (match[1]?.toLowerCase() === "src") return true;
  }
  return false;
}

/**
 * The browser hashes a script's text as the parser left it: line breaks normalized to \n, NUL
 * replaced by U+FFFD, then encoded as UTF-8.
 */
function hashSource(text) {
  const parsed = text.replace(/\r\n?/g, "\n").replace(/\0/g, "\uFFFD");
  return `'sha256-${createHash("sha256").update(parsed, "utf8").digest("base64")}'`;
}

/**
 * The CSP source of every inline script in `html` (`'sha256-…'`), in document order without
 * repeats. Scripts with a src are covered by 'self'; empty ones never run, so need no hash.
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(scriptElement)) {
    const [, attributes = "", text = ""] = match;
    if (hasSrc(attributes) || text === "") continue;
    hashes.add(hashSource(text));
  }
  return [...hashes];
}

function serialize(directives) {
  return directives.map(([name, sources]) => `${name} ${sources}`).join("; ");
}

/** The policy for one page: the fixed directives, with script-src allowing its inline scripts. */
export function pagePolicy(html) {
  const scriptSources = ["'self'", ...inlineScriptHashes(html)].join(" ");
  const [defaultSrc, ...rest] = fixedDirectives;
  return serialize([defaultSrc, ["script-src", scriptSources], ...rest]);
}

/** What a server should send as the Content-Security-Policy header with a page of this policy. */
export function headerPolicy(metaPolicy) {
  return `${metaPolicy}; ${serialize(headerOnlyDirectives)}`;
}

function unescapeAttribute(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function escapeAttribute(value) {
  return value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** The policy in the page's CSP meta tag, or null when it has none. */
export function readCspMeta(html) {
  const tag = html.match(cspMeta)?.[0];
  const content = tag?.match(contentAttribute);
  if (!content) return null;
  return unescapeAttribute(content[1] ?? content[2] ?? "");
}

/**
 * `html` with exactly one CSP meta tag, computed from its inline scripts, as the first element of
 * <head> (after the charset tag when that comes first). Throws when the page has no <head>.
 */
export function injectCsp(html) {
  const withoutPolicy = html.replace(cspMeta, "");
  const head = headStart.exec(withoutPolicy);
  if (!head) throw new Error("no <head> element to hold the Content-Security-Policy");
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(pagePolicy(withoutPolicy))}"/>`;
  return withoutPolicy.slice(0, at) + meta + withoutPolicy.slice(at);
}

function htmlFiles(directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(entryPath));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".html")) files.push(entryPath);
  }
  return files.sort();
}

/**
 * Injects the policy into every .html file under `directory`. Files whose policy is already right
 * are not rewritten; changed ones are replaced whole (write, then rename), so a server reading
 * them meanwhile never sees half a page. Returns each page with its policy.
 */
export function applyCspToDirectory(directory) {
  const pages = [];
  for (const file of htmlFiles(directory)) {
    const html = readFileSync(file, "utf8");
    let updated;
    try {
      updated = injectCsp(html);
    } catch (error) {
      throw new Error(`${path.relative(process.cwd(), file)}: ${error.message}`, { cause: error });
    }
    if (updated !== html) {
      const temporary = `${file}.csp-${process.pid}.tmp`;
      writeFileSync(temporary, updated);
      renameSync(temporary, file);
    }
    pages.push({ file, policy: readCspMeta(updated), changed: updated !== html });
  }
  return pages;
}

function main(argv) {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const directory = path.resolve(argv[0] ?? path.join(projectRoot, "out"));
  let pages;
  try {
    pages = applyCspToDirectory(directory);
  } catch (error) {
    console.error(`Content-Security-Policy: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  if (pages.length === 0) {
    console.error(
      `Content-Security-Policy: no .html files under ${directory}; run next build first.`,
    );
    return 1;
  }
  const changed = pages.filter((page) => page.changed).length;
  console.log(
    `Content-Security-Policy: ${pages.length} pages in ${path.relative(process.cwd(), directory) || "."} (${changed} updated).`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
