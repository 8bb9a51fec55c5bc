/**
 * Base64url without padding (RFC 4648 §5): the characters a URL fragment carries untouched.
 * Written out rather than taken from `btoa`/`Buffer`, so it behaves the same in the browser and
 * in Node and so the decoder can say how a string departs from the canonical form.
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** Value of each ASCII character code, -1 outside the alphabet. */
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const chunk = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(chunk >> 18) & 63];
    out += ALPHABET[(chunk >> 12) & 63];
    if (b !== undefined) out += ALPHABET[(chunk >> 6) & 63];
    if (c !== undefined) out += ALPHABET[chunk & 63];
  }
  return out;
}

export type Base64urlDecoding =
  /** `canonical` is false when the text could not have come from `encodeBase64url`. */
  { ok: true; bytes: Uint8Array; canonical: boolean } | { ok: false };

/**
 * Decodes leniently, so that a link cut in the middle of a character still yields the bytes it
 * holds (and can be reported as cut off); fails only on a character outside the alphabet.
 */
export function decodeBase64url(text: string): Base64urlDecoding {
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < text.length; i++) {
    const value = VALUES[text.charCodeAt(i)] ?? -1;
    if (value < 0) return { ok: false };
    buffer = ((buffer << 6) | value) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written++] = (buffer >> bits) & 0xff;
    }
  }
  const leftoverBitsAreZero = (buffer & ((1 << bits) - 1)) === 0;
  return { ok: true, bytes, canonical: text.length % 4 !== 1 && leftoverBitsAreZero };
}
