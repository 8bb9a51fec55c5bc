#!/usr/bin/env node
/**
 * `npm start`: build the static export when it is missing or stale, then serve
 * out/ on http://localhost:PORT (default 3000). No dependencies beyond Node,
 * so it runs wherever the app was installed. See docs/decisions/0001-static-export.md.
 *
 * Every page is served with its Content-Security-Policy both in the page (the
 * meta tag scripts/csp.mjs writes) and as a header, which can also carry
 * frame-ancestors. See docs/decisions/0004-content-security-policy.md.
 */
import { spawn } from "node:child_process";
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { applyCspToDirectory, headerPolicy, pagePolicy, readCspMeta } from "./csp.mjs";
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

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  // Next's client router accepts text/plain for the RSC payloads of a static export.
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
};

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

/**
 * Maps a request path to a file in out/, the way static hosts treat a
 * trailingSlash export: /x/ → x/index.html; /x → x, x.html or x/index.html.
 * Returns null when nothing matches, "bad-request" for undecodable paths and
 * "forbidden" for paths that would escape out/.
 */
function resolveRequestPath(requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return "bad-request";
  }
  if (decoded.includes("\0")) return "forbidden";

  const target = path.resolve(outDir, `.${decoded}`);
  if (target !== outDir && !target.startsWith(outDir + path.sep)) return "forbidden";

  const candidates = decoded.endsWith("/")
    ? [path.join(target, "index.html")]
    : [target, `${target}.html`, path.join(target, "index.html")];
  return candidates.find((candidate) => isFile(candidate)) ?? null;
}

function isFile(candidate) {
  try {
    return statSync(candidate).isFile();
  } catch {
    return false;
  }
}

function sendFile(request, response, filePath, status) {
  const extension = path.extname(filePath).toLowerCase();
  const type = contentTypes[extension] ?? "application/octet-stream";
  const immutable = filePath.startsWith(path.join(outDir, "_next", "static") + path.sep);
  const headers = {
    "Content-Type": type,
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  if (extension === ".html") {
    // Pages are small: read whole, so the header is the policy of the very bytes sent.
    let page;
    try {
      page = readFileSync(filePath);
    } catch {
      // Gone since it was found: a build is replacing out/.
      sendText(response, 503, "Rebuilding, try again in a moment\n", { "Retry-After": "5" });
      return;
    }
    const html = page.toString("utf8");
    // Computed from the page itself when the meta tag is missing (a build finished after this
    // server started), so no page ever goes out without a policy.
    headers["Content-Security-Policy"] = headerPolicy(readCspMeta(html) ?? pagePolicy(html));
    headers["Content-Length"] = page.length;
    response.writeHead(status, headers);
    response.end(request.method === "HEAD" ? undefined : page);
    return;
  }
  headers["Content-Length"] = statSync(filePath).size;
  response.writeHead(status, headers);
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  const stream = createReadStream(filePath);
  stream.on("error", () => response.destroy());
  stream.pipe(response);
}

function sendText(response, status, text, extraHeaders = {}) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...extraHeaders });
  response.end(text);
}

function handleRequest(request, response) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    sendText(response, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
    return;
  }
  const rawPath = (request.url ?? "/").split(/[?#]/, 1)[0] || "/";
  if (!rawPath.startsWith("/")) {
    sendText(response, 400, "Bad request\n");
    return;
  }
  const resolved = resolveRequestPath(rawPath);
  if (resolved === "bad-request") {
    sendText(response, 400, "Bad request\n");
    return;
  }
  if (resolved === "forbidden") {
    sendText(response, 403, "Forbidden\n");
    return;
  }
  if (resolved) {
    sendFile(request, response, resolved, 200);
    return;
  }
  const notFoundPage = path.join(outDir, "404.html");
  if (isFile(notFoundPage)) sendFile(request, response, notFoundPage, 404);
  else sendText(response, 404, "Not found\n");
}

function serve() {
  const server = createServer(handleRequest);
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
// After the policy, so that the offline precache lists the pages as served (ADR 0005).
try {
  const manifest = writePrecacheManifest(outDir);
  console.log(`Offline precache: ${manifest.files.length} files, version ${manifest.version}.`);
} catch (error) {
  console.error(`Offline precache: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
server = serve();
