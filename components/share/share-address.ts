/**
 * The share page's address: `/share/#<payload>` shows the portfolio, `/share/#<payload>&u=<n>`
 * the n-th use case (from 1). Everything stays in the fragment, which the browser never sends,
 * so even the choice of use case (whose id may spell out its name) never reaches a server. `&`
 * cannot occur in a payload (digits, a dot and base64url), so the split is unambiguous.
 */

export interface ShareAddress {
  /** The share-link payload, as `decodeShareFragment` takes it. */
  payload: string;
  /** 1-based position of the use case shown; null for the portfolio. */
  useCase: number | null;
}

/** Reads `location.hash` (with or without its `#`). */
export function readShareAddress(hash: string): ShareAddress {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  const amp = text.indexOf("&");
  if (amp < 0) return { payload: text, useCase: null };
  const params = new URLSearchParams(text.slice(amp + 1));
  const u = params.get("u");
  const n = u !== null && /^[1-9]\d{0,3}$/.test(u) ? Number(u) : null;
  return { payload: text.slice(0, amp), useCase: n };
}

/** The fragment (with `#`) that shows use case `useCase` (1-based) of `payload`, or its portfolio. */
export function shareAddressHash(payload: string, useCase: number | null): string {
  return useCase === null ? `#${payload}` : `#${payload}&u=${useCase}`;
}
