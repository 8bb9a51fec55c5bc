/**
 * Share links: a whole assessment in the URL fragment, `/share/#1.<base64url>`, which browsers
 * never send to a server. The format, byte by byte, and why it looks the way it does, are in
 * docs/decisions/0003-share-link-codec.md. Pure: runs the same in the app and the command line.
 *
 * Decoding never throws and never hangs: a damaged, cut-off or hostile link comes back as a
 * `ShareLinkError` with a message for the person who opened it, and a link that decodes is
 * validated by `parseAssessment`, the same check a JSON file gets.
 */
import { Inflate, deflateSync } from "fflate";
import type { Content } from "@/content";
import type { ValidationIssue } from "@/lib/assessment/issues";
import { parseAssessment } from "@/lib/assessment/parse";
import type { Assessment } from "@/lib/assessment/schema";
import { decodeBase64url, encodeBase64url } from "./base64url";
import { bodyVersionFor, readBody, writeBody } from "./body";
import { MalformedBody } from "./bytes";
import { crc16, crc8 } from "./checksum";

/**
 * The newest link format this code reads and writes; the payload starts with it, as `2.`. It
 * writes format 1 whenever the assessment needs nothing more (`bodyVersionFor`), and reads both.
 */
export const SHARE_FORMAT_VERSION = 2;
/** Longest payload a link may have, in characters; far above any valid assessment's link. */
export const MAX_PAYLOAD_LENGTH = 131_072;
/** Largest body a link may inflate to, in bytes; the largest valid assessment needs about 65 KB. */
export const MAX_BODY_BYTES = 131_072;

/** Frame header: 3 bytes of length and flags, a CRC-8 of them, a CRC-16 of the body. */
const HEADER_BYTES = 6;
export const FLAG_DEFLATED = 1;
/** Reserved for a later v1 encoder (say, a preset dictionary); an older decoder says "newer version". */
export const FLAG_RESERVED = 2;
const MAX_BODY_LENGTH = 2 ** 22 - 1;
/** At most 1032 × 512 bytes ≈ 0.5 MB of output per step of inflation. */
const INFLATE_CHUNK_BYTES = 512;

export type ShareLinkErrorKind =
  /** The link was cut off: characters are missing at the end. */
  | "truncated"
  /** The link's characters were changed, or it is not a Crossover link at all. */
  | "corrupt"
  /** The link was made by a newer version of Crossover. */
  | "future_version"
  /** The link is intact but the assessment in it does not pass validation (`issues` say why). */
  | "invalid";

export interface ShareLinkError {
  kind: ShareLinkErrorKind;
  /** One or two plain-English sentences for the person who opened the link. */
  message: string;
  /** For `invalid`: each problem with the path of the bad value. */
  issues?: ValidationIssue[];
}

export type DecodeResult = { ok: true; value: Assessment } | { ok: false; error: ShareLinkError };

const messages: Record<Exclude<ShareLinkErrorKind, "invalid">, string> = {
  truncated:
    "This link is incomplete — the end of it was cut off, probably when it was copied or sent. Ask the sender for the whole link, or copy it again.",
  corrupt:
    "This link is damaged — some of its characters were changed, so the assessment in it can't be read. Ask the sender to share it again.",
  future_version:
    "This link was made by a newer version of Crossover. Reload the page to get the latest version, then open the link again.",
};

function failure(
  kind: ShareLinkErrorKind,
  message?: string,
  issues?: ValidationIssue[],
): DecodeResult {
  const error: ShareLinkError = {
    kind,
    message: message ?? (kind === "invalid" ? "" : messages[kind]),
  };
  if (issues) error.issues = issues;
  return { ok: false, error };
}

/**
 * The fragment payload for `assessment` (without `#`): `1.` and the base64url frame. The
 * assessment must be valid, as `parseAssessment` returns it; every valid assessment decodes back
 * to a deep-equal copy. A 10-use-case workshop takes about 670 characters.
 */
export function encodeShareFragment(assessment: Assessment): string {
  const version = bodyVersionFor(assessment);
  const raw = writeBody(assessment, version);
  const deflated = deflateSync(raw, { level: 9 });
  // Deflate pays off once names repeat words; a short binary body is smaller left alone.
  return deflated.length < raw.length
    ? encodeFrame(deflated, FLAG_DEFLATED, version)
    : encodeFrame(raw, 0, version);
}

/** A payload around `body` as it stands, with the given flags (exported for tests that forge links). */
export function encodeFrame(body: Uint8Array, flags: number, version: 1 | 2 = 1): string {
  if (body.length > MAX_BODY_LENGTH) throw new RangeError("assessment too large for a link");
  const header = body.length * 4 + (flags & 3);
  const frame = new Uint8Array(HEADER_BYTES + body.length);
  frame[0] = (header >>> 16) & 0xff;
  frame[1] = (header >>> 8) & 0xff;
  frame[2] = header & 0xff;
  frame[3] = crc8(frame.subarray(0, 3));
  const check = crc16(body);
  frame[4] = check >>> 8;
  frame[5] = check & 0xff;
  frame.set(body, HEADER_BYTES);
  return `${version}.${encodeBase64url(frame)}`;
}

/** The path and fragment of the share page for `assessment`, prefixed by `base` (an origin) if given. */
export function shareUrl(assessment: Assessment, base?: string): string {
  return `${base ?? ""}/share/#${encodeShareFragment(assessment)}`;
}

/**
 * The assessment in a share link's fragment. Accepts the payload with or without its leading
 * `#`, or a whole pasted URL (everything up to the first `#` is ignored); surrounding whitespace
 * is ignored. Never throws.
 */
export function decodeShareFragment(fragment: string, content: Content): DecodeResult {
  try {
    return decodeShareFragmentUnguarded(fragment, content);
  } catch {
    // Unreachable by design (the property tests call the unguarded decoder to show it); a share
    // page must still never crash on a link.
    return failure("corrupt");
  }
}

/** `decodeShareFragment` without its last-resort catch, for tests that prove it needs none. */
export function decodeShareFragmentUnguarded(fragment: string, content: Content): DecodeResult {
  const hash = fragment.indexOf("#");
  const payload = (hash >= 0 ? fragment.slice(hash + 1) : fragment).trim();
  if (payload === "") {
    return failure(
      "truncated",
      "This link has no assessment in it — it was probably cut off when it was copied. Ask the sender for the whole link.",
    );
  }
  if (payload.length > MAX_PAYLOAD_LENGTH + 16) {
    return failure(
      "corrupt",
      "This link is far longer than any Crossover link, so it can't be opened.",
    );
  }

  const prefix = /^(\d+)\./.exec(payload);
  if (!prefix) {
    // "1" alone is a link cut off before its first dot.
    return /^\d{1,6}$/.test(payload)
      ? failure("truncated")
      : failure(
          "corrupt",
          "This isn't a Crossover share link — it doesn't start the way one does. Check that the whole link was copied.",
        );
  }
  const versionText = prefix[1] ?? "";
  const version = versionText === "1" ? 1 : versionText === "2" ? 2 : null;
  if (version === null) {
    return /^[1-9]/.test(versionText) && Number(versionText) > SHARE_FORMAT_VERSION
      ? failure("future_version")
      : failure("corrupt");
  }

  const decoded = decodeBase64url(payload.slice(prefix[0].length));
  if (!decoded.ok) return failure("corrupt");
  const frame = decoded.bytes;
  if (frame.length < HEADER_BYTES) return failure("truncated");
  if (crc8(frame.subarray(0, 3)) !== frame[3]) return failure("corrupt");
  const header = ((frame[0] ?? 0) << 16) | ((frame[1] ?? 0) << 8) | (frame[2] ?? 0);
  const flags = header & 3;
  const bodyLength = header >>> 2;
  if (frame.length < HEADER_BYTES + bodyLength) return failure("truncated");
  if (frame.length > HEADER_BYTES + bodyLength || !decoded.canonical) return failure("corrupt");
  if (flags & FLAG_RESERVED) return failure("future_version");
  const body = frame.subarray(HEADER_BYTES);
  if (crc16(body) !== (((frame[4] ?? 0) << 8) | (frame[5] ?? 0))) return failure("corrupt");

  let raw = body;
  if (flags & FLAG_DEFLATED) {
    const inflated = inflateCapped(body);
    if (inflated === "too_large") {
      return failure(
        "corrupt",
        "This link unpacks to far more than any assessment, so it was not opened.",
      );
    }
    if (inflated === "broken") return failure("corrupt");
    raw = inflated;
  }

  let input: Record<string, unknown>;
  try {
    input = readBody(raw, version);
  } catch (error) {
    if (error instanceof MalformedBody) return failure(error.future ? "future_version" : "corrupt");
    throw error;
  }
  const parsed = parseAssessment(input, content);
  if (!parsed.ok) {
    const count = parsed.issues.length;
    return failure(
      "invalid",
      `This link opened, but the assessment in it doesn't pass Crossover's checks (${count} problem${count === 1 ? "" : "s"}), so it can't be shown.`,
      parsed.issues,
    );
  }
  return { ok: true, value: parsed.value };
}

/**
 * Inflates at most `MAX_BODY_BYTES`, feeding the stream in small chunks and stopping as soon as
 * the output passes the cap, so a crafted "zip bomb" (deflate expands up to 1032×) costs a few
 * milliseconds instead of its full expansion.
 */
function inflateCapped(body: Uint8Array): Uint8Array | "too_large" | "broken" {
  if (body.length === 0) return "broken";
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  try {
    for (
      let offset = 0;
      offset < body.length && total <= MAX_BODY_BYTES;
      offset += INFLATE_CHUNK_BYTES
    ) {
      const end = Math.min(offset + INFLATE_CHUNK_BYTES, body.length);
      inflater.push(body.subarray(offset, end), end === body.length);
    }
  } catch {
    return total > MAX_BODY_BYTES ? "too_large" : "broken";
  }
  if (total > MAX_BODY_BYTES) return "too_large";
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
