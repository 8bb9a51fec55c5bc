#!/usr/bin/env node
/**
 * Post-build step for offline use (docs/decisions/0005-offline-service-worker.md): lists every
 * file of the static export in out/sw-manifest.json, each with a content hash, and stamps the
 * build's version into out/sw.js. The service worker (public/sw.js) precaches that list when it
 * installs; a new version in sw.js is what makes the browser install the new build's worker.
 *
 * `node scripts/sw-manifest.mjs [DIR]` (DIR defaults to out/) runs after scripts/csp.mjs in
 * `npm run build`, and scripts/start.mjs runs it after the CSP step, so the hashes are those of
 * the pages as served, policy included. Idempotent: the same out/ gives the same manifest and the
 * same sw.js.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { isCompressedCopy } from "./compress.mjs";
import { HEADERS_FILE } from "./host-headers.mjs";

export const MANIFEST_FILE = "sw-manifest.json";
export const WORKER_FILE = "sw.js";

/** The line of public/sw.js that carries the build version; rewritten in out/sw.js. */
const versionLine = /^const BUILD_VERSION = "[^"\n]*";$/m;

/**
 * Left out of the precache: the worker and its manifest (fetched fresh, never cached), source
 * maps, the README's screenshots, dot-files, the static host's _headers file, and the compressed copies scripts/compress.mjs writes
 * (the browser asks for the file; the server picks the copy). Everything else the app can ask for
 * is in.
 */
function isPrecached(relative) {
  if (relative === WORKER_FILE || relative === MANIFEST_FILE) return false;
  if (isCompressedCopy(relative) || relative === HEADERS_FILE) return false;
  if (relative.endsWith(".map")) return false;
  if (relative.startsWith("readme/")) return false;
  return !relative.split("/").some((part) => part.startsWith("."));
}

function filesUnder(directory, base = directory) {
  const files = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(entryPath, base));
    else if (entry.isFile()) files.push(path.relative(base, entryPath).split(path.sep).join("/"));
  }
  return files;
}

/**
 * The address a file is asked for: a page's index.html by its folder with the trailing slash the
 * export uses (`assess/index.html` → `/assess/`), anything else by its path. Escaped as the
 * browser's URL parser escapes a path (`[` stays, a space becomes %20), so that the address is
 * the same string as `new URL(request.url).pathname` in the worker.
 */
export function urlOfFile(relative) {
  // The characters that would end or break a path are escaped first; the parser does the rest.
  const literal = relative.replace(/[%#?\\]/g, (c) => encodeURIComponent(c));
  const pathname = new URL(`/${literal}`, "http://localhost").pathname;
  if (pathname === "/index.html") return "/";
  if (pathname.endsWith("/index.html")) return pathname.slice(0, -"index.html".length);
  return pathname;
}

const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

/**
 * The precache manifest of a static export: `{ version, files: [{ url, hash, bytes }] }`, files
 * sorted by url. `hash` is the first 16 hex digits of the file's SHA-256; `version` is the same
 * for the whole list, so it changes exactly when any precached file does.
 */
export function buildPrecacheManifest(directory) {
  const files = filesUnder(directory)
    .filter(isPrecached)
    .map((relative) => {
      const bytes = readFileSync(path.join(directory, relative));
      return { url: urlOfFile(relative), hash: sha256(bytes).slice(0, 16), bytes: bytes.length };
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = sha256(files.map((f) => `${f.url} ${f.hash}`).join("\n")).slice(0, 16);
  return { version, files };
}

function writeAtomically(file, text) {
  const temporary = `${file}.sw-${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

/**
 * Writes `directory`/sw-manifest.json and stamps its version into `directory`/sw.js. Throws when
 * the export has no sw.js or its version line is missing (public/sw.js was changed without it).
 */
export function writePrecacheManifest(directory) {
  const worker = path.join(directory, WORKER_FILE);
  if (!existsSync(worker)) throw new Error(`no ${WORKER_FILE} in ${directory}; run next build`);
  const manifest = buildPrecacheManifest(directory);
  if (manifest.files.length === 0) throw new Error(`nothing to precache in ${directory}`);
  const source = readFileSync(worker, "utf8");
  if (!versionLine.test(source))
    throw new Error(`${WORKER_FILE} has no line 'const BUILD_VERSION = "…";' to stamp`);
  const stamped = source.replace(versionLine, `const BUILD_VERSION = "${manifest.version}";`);
  if (stamped !== source) writeAtomically(worker, stamped);
  writeAtomically(path.join(directory, MANIFEST_FILE), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

function main(argv) {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const directory = path.resolve(argv[0] ?? path.join(projectRoot, "out"));
  try {
    const manifest = writePrecacheManifest(directory);
    const kib = Math.round(manifest.files.reduce((sum, f) => sum + f.bytes, 0) / 1024);
    console.log(
      `Offline precache: ${manifest.files.length} files, ${kib} KiB, version ${manifest.version}.`,
    );
    return 0;
  } catch (error) {
    console.error(`Offline precache: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
