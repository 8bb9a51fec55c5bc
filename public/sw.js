/*
 * Crossover's offline service worker: once the app has been loaded, it keeps working with the
 * network off — pages, client-side navigation, new assessments, results and printing. Plain
 * JavaScript, no dependencies. See docs/decisions/0005-offline-service-worker.md.
 *
 * - install: precaches every file of the static export listed in /sw-manifest.json (written at
 *   build time by scripts/sw-manifest.mjs), reusing unchanged files from an earlier build's cache.
 * - fetch: /_next/static and the other precached assets cache-first; pages and the router's RSC
 *   payloads network-first, falling back to the cache when the network fails or is slow, so that
 *   a new deployment shows up at once when online.
 * - activate: removes the caches of earlier builds.
 *
 * The cache holds exactly one build: network responses are never written into it, so a page and
 * the scripts it needs always come from the same build when offline.
 */
"use strict";

// Stamped with the build's version by scripts/sw-manifest.mjs; "unbuilt" in public/.
const BUILD_VERSION = "unbuilt";

const CACHE_PREFIX = "crossover-offline-";
const CACHE_NAME = CACHE_PREFIX + BUILD_VERSION;
const MANIFEST_URL = "/sw-manifest.json";
/** How long a page request may wait on the network before the cached copy is served. */
const NETWORK_TIMEOUT_MS = 3000;
/**
 * Parallel downloads while precaching (few: it is background work, and a poor connection gains
 * nothing from more), and attempts per file on a flaky connection.
 */
const PRECACHE_CONCURRENCY = 3;
const PRECACHE_ATTEMPTS = 3;

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
          .map((name) => caches.delete(name)),
      );
      // Pages opened before the first install become controlled without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === "/sw.js" || url.pathname === MANIFEST_URL) return;
  if (request.mode === "navigate" || isRouterPayload(request, url)) {
    event.respondWith(networkFirst(request, url));
  } else {
    event.respondWith(cacheFirst(request, url));
  }
});

/** The page asks whether everything is cached: it shows "Available offline" only when so. */
self.addEventListener("message", (event) => {
  const data = event.data;
  const port = event.ports && event.ports[0];
  if (!data || data.type !== "crossover:offline-status" || !port) return;
  event.waitUntil(
    offlineStatus().then(
      (status) => port.postMessage(status),
      () => port.postMessage({ version: BUILD_VERSION, complete: false, missing: -1 }),
    ),
  );
});

// --- Install ----------------------------------------------------------------------------------

async function precache() {
  const manifest = await fetchManifest();
  const cache = await caches.open(CACHE_NAME);
  const present = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const earlier = await earlierCopies();
  const pending = manifest.files.filter((file) => !present.has(file.url));
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const file = pending[next++];
      const reused = earlier.get(`${file.url} ${file.hash}`);
      const response = (reused && (await reused())) || (await download(file.url));
      await cache.put(file.url, response);
    }
  };
  await Promise.all(Array.from({ length: PRECACHE_CONCURRENCY }, worker));
  // Last, so that a cache holding the manifest is a complete one.
  await cache.put(MANIFEST_URL, jsonResponse(manifest));
}

async function fetchManifest() {
  const response = await fetch(`${MANIFEST_URL}?v=${BUILD_VERSION}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`${MANIFEST_URL}: HTTP ${response.status}`);
  const manifest = await response.json();
  if (!manifest || !Array.isArray(manifest.files)) throw new Error(`${MANIFEST_URL}: malformed`);
  // A manifest from another build (a deployment in progress): install again later.
  if (manifest.version !== BUILD_VERSION) throw new Error(`${MANIFEST_URL}: another build`);
  return manifest;
}

/** Files already cached by an earlier build, by "url hash": copied instead of downloaded again. */
async function earlierCopies() {
  const copies = new Map();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE_NAME) continue;
    const cache = await caches.open(name);
    const stored = await cache.match(MANIFEST_URL);
    if (!stored) continue;
    const manifest = await stored.json().catch(() => null);
    if (!manifest || !Array.isArray(manifest.files)) continue;
    for (const file of manifest.files) {
      copies.set(`${file.url} ${file.hash}`, () => cache.match(file.url));
    }
  }
  return copies;
}

async function download(url) {
  let failure;
  for (let attempt = 1; attempt <= PRECACHE_ATTEMPTS; attempt++) {
    try {
      // Hashed assets may come from the HTTP cache; everything else is revalidated.
      const response = await fetch(url, {
        cache: url.startsWith("/_next/static/") ? "default" : "no-cache",
      });
      if (response.ok) return storable(response);
      failure = new Error(`${url}: HTTP ${response.status}`);
      if (response.status === 404) break;
    } catch (error) {
      failure = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
  throw failure;
}

/** A redirected response cannot answer a navigation; keep its body and headers only. */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

function jsonResponse(value) {
  return new Response(JSON.stringify(value), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}

// --- Fetch ------------------------------------------------------------------------------------

/** Next's client router fetches each page's RSC payload: `…/index.txt`, `…/__next.*.txt`. */
function isRouterPayload(request, url) {
  return url.pathname.endsWith(".txt") || request.headers.get("RSC") === "1";
}

/** The cached copy of a request, whatever its query (`?a=…`, `?_rsc=…`); undefined when none. */
async function cached(pathname) {
  const cache = await caches.open(CACHE_NAME);
  const options = { ignoreSearch: true, ignoreVary: true };
  return (
    (await cache.match(pathname, options)) ||
    // `/assess` for `/assess/`: the export's pages live at the trailing-slash address.
    (!pathname.endsWith("/") && !/\.[a-z0-9]+$/i.test(pathname)
      ? await cache.match(`${pathname}/`, options)
      : undefined)
  );
}

async function cacheFirst(request, url) {
  const hit = await cached(url.pathname);
  return hit || fetch(request);
}

/**
 * The network's answer when it comes in time; the cached copy when the network fails, answers
 * with a server error, or takes longer than NETWORK_TIMEOUT_MS (poor Wi-Fi). Without a cached
 * copy, the network is waited for however long it takes.
 */
function networkFirst(request, url) {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (response) => {
      if (settled) return;
      settled = true;
      resolve(response);
    };
    const fallback = async () => {
      const hit = await cached(url.pathname);
      if (hit) return hit;
      if (request.mode === "navigate") return cached("/404.html");
      return undefined;
    };
    const timer = setTimeout(() => {
      void cached(url.pathname).then((hit) => hit && settle(hit));
    }, NETWORK_TIMEOUT_MS);
    fetch(request).then(
      async (response) => {
        clearTimeout(timer);
        if (response.status >= 500) {
          const hit = await cached(url.pathname);
          settle(hit || response);
        } else {
          settle(response);
        }
      },
      async () => {
        clearTimeout(timer);
        settle((await fallback()) || Response.error());
      },
    );
  });
}

// --- Status -----------------------------------------------------------------------------------

async function offlineStatus() {
  const cache = await caches.open(CACHE_NAME);
  const stored = await cache.match(MANIFEST_URL);
  if (!stored) return { version: BUILD_VERSION, complete: false, missing: -1 };
  const manifest = await stored.json();
  const present = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const missing = manifest.files.filter((file) => !present.has(file.url)).length;
  return { version: BUILD_VERSION, complete: missing === 0, missing, files: manifest.files.length };
}
