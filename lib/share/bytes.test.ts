import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeBase64url, encodeBase64url } from "./base64url";
import { ByteReader, ByteWriter, MalformedBody, decodeWtf8, encodeWtf8 } from "./bytes";
import { crc16, crc8 } from "./checksum";
import { slugOfName } from "./body";

function roundTrip<T>(
  write: (w: ByteWriter, v: T) => void,
  read: (r: ByteReader) => T,
  value: T,
): { value: T; bytes: number } {
  const writer = new ByteWriter();
  write(writer, value);
  const bytes = writer.finish();
  const reader = new ByteReader(bytes);
  const back = read(reader);
  reader.done();
  return { value: back, bytes: bytes.length };
}

describe("varint", () => {
  it("round-trips every safe integer ≥ 0", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        expect(
          roundTrip(
            (w, v) => w.varint(v),
            (r) => r.varint(),
            n,
          ).value,
        ).toBe(n);
      }),
    );
  });

  it("rejects a varint past 2^53 or without an end", () => {
    expect(() =>
      new ByteReader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])).varint(),
    ).toThrow(MalformedBody);
    expect(() => new ByteReader(Uint8Array.from([0x80, 0x80])).varint()).toThrow(MalformedBody);
  });
});

describe("round whole numbers", () => {
  it("round-trip exactly for any whole number the format allows (0 to 10^10)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: 0n, max: 10n ** 10n }).map(Number),
          fc.integer({ min: 0, max: 99_999 }).map((m) => m * 100_000),
        ),
        (n) => {
          expect(
            roundTrip(
              (w, v) => w.roundInteger(v),
              (r) => r.roundInteger(),
              n,
            ).value,
          ).toBe(n);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("take one byte for the round volumes people type", () => {
    for (const n of [0, 200_000, 3_000, 500, 1_000_000, 10_000_000_000]) {
      expect(
        roundTrip(
          (w, v) => w.roundInteger(v),
          (r) => r.roundInteger(),
          n,
        ),
      ).toEqual({ value: n, bytes: 1 });
    }
    expect(
      roundTrip(
        (w, v) => w.roundInteger(v),
        (r) => r.roundInteger(),
        1650,
      ).bytes,
    ).toBe(2);
  });
});

describe("numbers", () => {
  it("round-trip every double exactly, -0, NaN and infinities included", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(
          Object.is(
            roundTrip(
              (w, v) => w.number(v),
              (r) => r.number(),
              x,
            ).value,
            x,
          ),
        ).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("write short decimals in two or three bytes instead of nine", () => {
    const size = (x: number) =>
      roundTrip(
        (w, v) => w.number(v),
        (r) => r.number(),
        x,
      ).bytes;
    expect(size(3.5)).toBe(2);
    expect(size(2.35)).toBe(3);
    expect(size(185_000)).toBe(3);
    expect(size(0.000001)).toBe(2);
    expect(size(0.1 + 0.2)).toBe(9);
    expect(size(-0)).toBe(9);
  });
});

describe("text", () => {
  it("round-trips any JavaScript string, lone surrogates included", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
            fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
          ),
        }),
        (s) => {
          expect(decodeWtf8(encodeWtf8(s))).toBe(s);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is plain UTF-8 for well-formed text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(encodeWtf8(s)).toEqual(new TextEncoder().encode(s));
      }),
    );
  });

  it("rejects invalid and non-canonical UTF-8", () => {
    for (const bytes of [
      [0x80],
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xf8],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80],
    ]) {
      expect(() => decodeWtf8(Uint8Array.from(bytes)), JSON.stringify(bytes)).toThrow(
        MalformedBody,
      );
    }
  });
});

describe("base64url", () => {
  it("round-trips any bytes, canonically, without padding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeBase64url(text)).toEqual({ ok: true, bytes, canonical: true });
      }),
    );
  });

  it("flags text no encoder would write", () => {
    expect(decodeBase64url("AB")).toMatchObject({ ok: true, canonical: false });
    expect(decodeBase64url("AAAAA")).toMatchObject({ ok: true, canonical: false });
    expect(decodeBase64url("AA+A")).toEqual({ ok: false });
  });
});

describe("checksums", () => {
  it("match the published check values", () => {
    const digits = new TextEncoder().encode("123456789");
    expect(crc16(digits)).toBe(0x29b1); // CRC-16/CCITT-FALSE
    expect(crc8(digits)).toBe(0xf4); // CRC-8/SMBUS
  });
});

describe("slugs", () => {
  it("follow the name", () => {
    expect(slugOfName("Claims FNOL – intake")).toBe("claims-fnol-intake");
    expect(slugOfName("  Ünïcode & 2026!")).toBe("n-code-2026");
    expect(slugOfName("保险")).toBe("");
  });
});
