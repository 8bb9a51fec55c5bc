#!/usr/bin/env node
/**
 * `npm start`: build the static export when it is missing or stale, then serve
 * out/ on http://localhost:PORT (default 3000) with sirv, compressed (brotli or
 * gzip copies written at build time) and cached (hashed assets immutable, pages
 * revalidated). See docs/decisions/0001-static-export.md and 0012-serving.md.
 *
 * Every page is served with its Content-Security-Policy both in the page (the
 * meta tag scripts/csp.mjs writes) and as a header, which can also carry
 * frame-ancestors. See docs/decisions/0004-content-security-policy.md.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

import sirv from "sirv";

import { compressDirectory, describe as describeCompression } from "./compress.mjs";
import { applyCspToDirectory } from "./csp.mjs";
import { HASHED_ASSETS, IMMUTABLE, pagePolicies, writeHostHeaders } from "./host-headers.mjs";
import { writePrecacheManifest } from "./sw-manifest.mjs";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(projectRoot, "out");
/** Rewritten by every build, so its age is the age of the build. */
const buildStamp = path.join(outDir, "index.html");

/**
 * What can change the output of `next build`: every top-level folder except
 * these (so a new one such as state/ or hooks/ counts without editing this
 * list), plus the build's own configuration files.
 */
const nonSourceDirs = new Set([
  "node_modules",
  "out",
  "tests",
  "docs",
  "scripts",
  "coverage",
  "test-results",
  "playwright-report",
]);
const sourceFiles = ["next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];

function sourceDirs() {
  return readdirSync(projectRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith(".") && !nonSourceDirs.has(name));
}

const port = parsePort(process.env.PORT ?? "3000");
const host = "0.0.0.0";

function parsePort(value) {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    console.error(`PORT must be a whole number from 1 to 65535, got "${value}".`);
    process.exit(1);
  }
  return parsed;
}

/** Newest modification time (ms) of any file under `target`; 0 when it does not exist. */
function newestModification(target) {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    newest = Math.max(newest, newestModification(path.join(target, entry.name)));
  }
  return newest;
}

/** Why a build is needed, or null when out/ is newer than every source file. */
function staleReason() {
  if (!existsSync(buildStamp)) return "no build in out/ yet";
  const builtAt = statSync(buildStamp).mtimeMs;
  const newestSource = Math.max(
    ...[...sourceDirs(), ...sourceFiles].map((name) =>
      newestModification(path.join(projectRoot, name)),
    ),
  );
  return newestSource > builtAt ? "sources changed since the last build" : null;
}

let activeBuild = null;

function runBuild() {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  return new Promise((resolve, reject) => {
    activeBuild = spawn(process.execPath, [nextBin, "build"], {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" },
    });
    activeBuild.on("error", reject);
    activeBuild.on("exit", (code, signal) => {
      activeBuild = null;
      if (code === 0) resolve();
      else reject(new Error(`next build failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** Content types as this app's files need them (sirv's would drop the charset of scripts). */
const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  // Next's client router accepts text/plain for the RSC payloads of a static export.
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
};

/**
 * The headers sirv leaves to us, by the address asked for: the page's policy; the content type
 * with its charset; long-lived caching for Next's hashed assets (their names change with their
 * contents) and revalidation (ETag) for everything else, pages and the service worker included.
 */
function headersFor(policies) {
  return (response, pathname) => {
    const policy = policies.get(pathname);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (policy) {
      response.setHeader("Content-Security-Policy", policy);
      response.setHeader("Content-Type", contentTypes[".html"]);
    } else {
      const type = contentTypes[path.extname(pathname).toLowerCase()];
      if (type) response.setHeader("Content-Type", type);
    }
    response.setHeader(
      "Cache-Control",
      pathname.startsWith(HASHED_ASSETS) ? IMMUTABLE : "no-cache",
    );
  };
}

function sendText(response, status, text, extraHeaders = {}) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...extraHeaders });
  response.end(text);
}

/**
 * sirv serves out/ (docs/decisions/0012-serving.md): the files listed once at start, each sent as
 * its brotli or gzip copy when the browser accepts one (scripts/compress.mjs writes them),
 * `Vary: Accept-Encoding`, ETags. Unknown addresses get the 404 page with status 404.
 */
function handler() {
  const options = { etag: true, brotli: true, gzip: true, extensions: ["html"] };
  const policies = pagePolicies(outDir);
  const setHeaders = headersFor(policies);
  const assets = sirv(outDir, { ...options, setHeaders });
  const notFound = (request, response) => {
    // sirv always answers 200: the 404 page is sent through it with its status changed.
    const writeHead = response.writeHead.bind(response);
    response.writeHead = (_status, ...rest) => writeHead(404, ...rest);
    request.url = "/404.html";
    assets(request, response, () => sendText(response, 404, "Not found\n"));
  };
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      sendText(response, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
      return;
    }
    assets(request, response, () => notFound(request, response));
  };
}

function serve() {
  const server = createServer(handler());
  server.on("error", (error) => {
    if (error.code === "EADDRINUSE") {
      console.error(
        `Port ${port} is already in use. Set PORT to use another, e.g. PORT=3001 npm start`,
      );
    } else {
      console.error(error);
    }
    process.exit(1);
  });
  server.listen(port, host, () => {
    console.log(`Crossover at http://localhost:${port}`);
  });
  return server;
}

let server = null;

function shutDown(signal) {
  if (activeBuild) activeBuild.kill(signal);
  if (!server) process.exit(0);
  server.close(() => process.exit(0));
  // Keep-alive connections would hold close() open; end them.
  server.closeAllConnections();
}
process.on("SIGINT", () => shutDown("SIGINT"));
process.on("SIGTERM", () => shutDown("SIGTERM"));

const reason = staleReason();
if (reason) {
  console.log(`Building Crossover (${reason})…`);
  try {
    await runBuild();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (!existsSync(buildStamp)) {
    console.error(`next build finished but ${path.relative(projectRoot, buildStamp)} is missing.`);
    process.exit(1);
  }
}
// Also when no build was needed: out/ may come from a bare `next build`. Idempotent, and quick.
try {
  const pages = applyCspToDirectory(outDir);
  console.log(`Content-Security-Policy in ${pages.length} pages.`);
} catch (error) {
  console.error(`Content-Security-Policy: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
// The same headers for any static host that reads a _headers file (docs/decisions/0012-serving.md).
try {
  writeHostHeaders(outDir);
} catch (error) {
  console.error(`Host headers: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
// After the policy, so that the offline precache lists the pages as served (ADR 0005).
try {
  const manifest = writePrecacheManifest(outDir);
  console.log(`Offline precache: ${manifest.files.length} files, version ${manifest.version}.`);
} catch (error) {
  console.error(`Offline precache: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
// Last, so that the copies are of the files as served.
try {
  console.log(`Compressed: ${describeCompression(compressDirectory(outDir))}`);
} catch (error) {
  console.error(`Compression: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
server = serve();
