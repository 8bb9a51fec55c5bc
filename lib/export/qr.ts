/**
 * A QR code of a share link, as the data of an SVG path (the page draws it as React elements: no
 * markup from a library or a link ever reaches the DOM as HTML). Dark modules are one path of
 * unit squares, merged into runs along each row so that a 100-module code stays a few kilobytes.
 *
 * Error correction L (7%): a projected or printed code is not damaged, it only has to be read from
 * afar, and L keeps the modules as large as possible — a 10-use-case workshop link (about 700
 * characters) fits version 19, 93 modules across. The quiet zone is the standard's 4 modules.
 */
import { encode } from "uqr";

export interface QrCode {
  /** Modules across, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  size: number;
  /** QR version, 1–40. */
  version: number;
  /** SVG path data of the dark modules, in module units. */
  path: string;
}

/** Width of the quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/**
 * The QR code of `text` (encoded as UTF-8 bytes), or null when it is longer than the largest QR
 * code holds (about 2,900 bytes at level L).
 */
export function qrCode(text: string): QrCode | null {
  let encoded: ReturnType<typeof encode>;
  try {
    encoded = encode(text, { ecc: "L", border: QUIET_ZONE });
  } catch {
    return null;
  }
  const runs: string[] = [];
  encoded.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      runs.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return { size: encoded.size, version: encoded.version, path: runs.join("") };
}
