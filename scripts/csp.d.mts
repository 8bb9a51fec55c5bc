/**
 * Types for scripts/csp.mjs, which stays plain JavaScript so that scripts/start.mjs can run it
 * with nothing but Node.
 */

/** The CSP source of every inline script in `html` (`'sha256-…'`), in document order, no repeats. */
export function inlineScriptHashes(html: string): string[];

/** The policy for one page: the fixed directives, with script-src allowing its inline scripts. */
export function pagePolicy(html: string): string;

/** What a server should send as the Content-Security-Policy header with a page of this policy. */
export function headerPolicy(metaPolicy: string): string;

/** The policy in the page's CSP meta tag, or null when it has none. */
export function readCspMeta(html: string): string | null;

/**
 * `html` with exactly one CSP meta tag, computed from its inline scripts, as the first element of
 * <head> (after the charset tag when that comes first). Throws when the page has no <head>.
 */
export function injectCsp(html: string): string;

export interface PagePolicy {
  file: string;
  policy: string | null;
  /** Whether this run rewrote the file. */
  changed: boolean;
}

/** Injects the policy into every .html file under `directory`; returns each page with its policy. */
export function applyCspToDirectory(directory: string): PagePolicy[];
