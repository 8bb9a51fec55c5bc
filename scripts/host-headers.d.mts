/** Types for scripts/host-headers.mjs, plain JavaScript so that scripts/start.mjs runs it with Node. */

export const HASHED_ASSETS: "/_next/static/";
export const IMMUTABLE: "public, max-age=31536000, immutable";
export const HEADERS_FILE: "_headers";

/** Every address a page of the export answers to, with its Content-Security-Policy header. */
export function pagePolicies(directory: string): Map<string, string>;

/** The `_headers` file for static hosts that read one. */
export function hostHeaders(directory: string): string;

/** Writes `directory`/_headers; returns its path. */
export function writeHostHeaders(directory: string): string;
