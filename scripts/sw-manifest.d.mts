/**
 * Types for scripts/sw-manifest.mjs, which stays plain JavaScript so that scripts/start.mjs can
 * run it with nothing but Node.
 */

export const MANIFEST_FILE: "sw-manifest.json";
export const WORKER_FILE: "sw.js";

export interface PrecacheFile {
  /** The address the file is asked for: "/", "/assess/", "/_next/static/chunks/a.js". */
  url: string;
  /** First 16 hex digits of the file's SHA-256. */
  hash: string;
  bytes: number;
}

export interface PrecacheManifest {
  /** Changes exactly when any precached file does. */
  version: string;
  files: PrecacheFile[];
}

/** The address of a file of the export, relative to out/ with "/" separators. */
export function urlOfFile(relative: string): string;

/** The precache manifest of a static export. */
export function buildPrecacheManifest(directory: string): PrecacheManifest;

/** Writes `directory`/sw-manifest.json and stamps its version into `directory`/sw.js. */
export function writePrecacheManifest(directory: string): PrecacheManifest;
