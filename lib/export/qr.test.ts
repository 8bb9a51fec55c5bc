import { describe, expect, it } from "vitest";
import { encode } from "uqr";
import { QUIET_ZONE, qrCode } from "./qr";

/** The modules the path paints, read back from its `M x y h n v1 h-n z` runs. */
function paintedModules(path: string): Set<string> {
  const painted = new Set<string>();
  for (const [, x, y, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i++) painted.add(`${Number(x) + i},${Number(y)}`);
  }
  return painted;
}

describe("qrCode", () => {
  const link = `https://crossover.example/share/#1.${"AbC-_9".repeat(110)}`;

  it("paints exactly the dark modules of the code, inside a 4-module quiet zone", () => {
    const code = qrCode(link);
    if (!code) throw new Error("no code");
    const expected = encode(link, { ecc: "L", border: QUIET_ZONE });
    const dark = new Set<string>();
    expected.data.forEach((row, y) => row.forEach((on, x) => on && dark.add(`${x},${y}`)));
    expect(paintedModules(code.path)).toEqual(dark);
    expect(code.size).toBe(expected.size);
    for (const key of dark) {
      const [x = 0, y = 0] = key.split(",").map(Number);
      expect(Math.min(x, y, code.size - 1 - x, code.size - 1 - y)).toBeGreaterThanOrEqual(
        QUIET_ZONE,
      );
    }
    // Finder pattern: the top-left corner of the symbol is dark.
    expect(dark.has(`${QUIET_ZONE},${QUIET_ZONE}`)).toBe(true);
  });

  it("keeps a 10-use-case workshop link (about 700 characters) at a version a room can scan", () => {
    const code = qrCode(link);
    expect(code?.version).toBeLessThanOrEqual(20);
  });

  it("says null, without throwing, when the text is too long for any QR code", () => {
    expect(qrCode("x".repeat(3000))).toBeNull();
    expect(qrCode("\ud800")).toBeNull();
  });
});
