/**
 * How this app builds its zod schemas: through `builtOnFirstUse`, from a module that has set zod
 * up first. Import `z` itself from "zod" (a re-export of the namespace from here would make the
 * bundler keep all of zod, its forty locales included).
 */
import { config } from "zod";

// The Content-Security-Policy forbids eval (docs/decisions/0004-content-security-policy.md): zod
// must not probe for it with `new Function`, which a browser reports as a violation. Every schema
// is built through `builtOnFirstUse` below, so this module has run before any schema exists.
config({ jitless: true });

/**
 * A schema (or a set of them) built on first use and kept. Building zod schemas is work a phone
 * does in the middle of opening a page, and most openings parse nothing (an empty browser, the
 * sample portfolio): modules that a page imports build theirs through this, not at load.
 * docs/decisions/0009-first-paint-budget.md.
 */
export function builtOnFirstUse<T extends object>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
