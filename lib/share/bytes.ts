/**
 * The byte-level building blocks of the share-link format (docs/decisions/0003): unsigned
 * varints, UTF-8 strings that also carry lone surrogates (WTF-8), whole numbers with trailing
 * zeros folded into an exponent, and exact decimals with a float64 escape. Every encoding here is
 * part of link format v1 and must never change.
 *
 * Reading never trusts the input: every length is checked against the bytes left, so a reader
 * fails with a `MalformedBody` in time proportional to the input, never with an unchecked
 * exception or a long loop.
 */

/** Something in a link's body that link format v1 does not allow (thrown by `ByteReader`). */
export class MalformedBody extends Error {
  /** `future` when the body uses a code that only a newer encoder would write. */
  constructor(
    message: string,
    readonly future = false,
  ) {
    super(message);
    this.name = "MalformedBody";
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** A varint holding a safe integer needs at most 8 bytes (8 × 7 = 56 bits ≥ 53). */
const MAX_VARINT_BYTES = 8;
/** Whole numbers fold up to this many trailing zeros into the exponent (4 bits). */
const MAX_ROUND_EXPONENT = 15;

export class ByteWriter {
  private bytes: number[] = [];

  byte(value: number): void {
    this.bytes.push(value & 0xff);
  }

  raw(bytes: Uint8Array): void {
    for (const b of bytes) this.bytes.push(b);
  }

  /** Unsigned LEB128, 7 bits a byte, low bits first; any safe integer ≥ 0. */
  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a varint: ${value}`);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }

  /** A string as its WTF-8 byte length (varint), then the bytes. */
  string(value: string): void {
    const encoded = encodeWtf8(value);
    this.varint(encoded.length);
    this.raw(encoded);
  }

  /**
   * A whole number from 0 to 2^49: `m × 10^e` with `e` the trailing zeros (at most 15), written as
   * the varint `m × 16 + e`, so 200,000 takes one byte and 1,650 two.
   */
  roundInteger(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`not a whole number ≥ 0: ${value}`);
    let mantissa = value;
    let exponent = 0;
    while (mantissa !== 0 && mantissa % 10 === 0 && exponent < MAX_ROUND_EXPONENT) {
      mantissa /= 10;
      exponent += 1;
    }
    if (mantissa > (MAX_SAFE - MAX_ROUND_EXPONENT) / 16)
      throw new RangeError(`whole number too large: ${value}`);
    this.varint(mantissa * 16 + exponent);
  }

  /**
   * Any number, exactly. A finite number whose shortest decimal form has at most 15 significant
   * digits is written as a head varint `zigzag(exponent) × 4 + sign × 2 + 1` and the digits as a
   * varint (3.5 → 2 bytes); anything else (−0, 0.1 + 0.2, NaN, ±∞) as the head 0 and a
   * little-endian float64.
   */
  number(value: number): void {
    const decimal = decimalParts(value);
    if (decimal) {
      this.varint(zigzag(decimal.exponent) * 4 + (decimal.negative ? 2 : 0) + 1);
      this.varint(decimal.digits);
      return;
    }
    this.varint(0);
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    this.raw(new Uint8Array(view.buffer));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.position;
  }

  byte(): number {
    const value = this.bytes[this.position];
    if (value === undefined) throw new MalformedBody("the body ends too early");
    this.position += 1;
    return value;
  }

  take(length: number): Uint8Array {
    if (length > this.remaining) throw new MalformedBody("the body ends too early");
    const slice = this.bytes.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (value > MAX_SAFE) break;
        return value;
      }
      scale *= 0x80;
    }
    throw new MalformedBody("a number in the body is too large");
  }

  /** A count of items that each take at least one byte: never more than the bytes left. */
  count(): number {
    const n = this.varint();
    if (n > this.remaining) throw new MalformedBody("a count in the body is larger than the body");
    return n;
  }

  string(): string {
    return decodeWtf8(this.take(this.varint()));
  }

  roundInteger(): number {
    const code = this.varint();
    const exponent = code % 16;
    const mantissa = (code - exponent) / 16;
    // Exact: 10^e is exact for e ≤ 15, and a product that fits 53 bits is exact in IEEE 754.
    return mantissa * 10 ** exponent;
  }

  number(): number {
    const head = this.varint();
    if (head === 0) return new DataView(this.take(8).slice().buffer).getFloat64(0, true);
    if (head % 2 === 0) throw new MalformedBody("unknown number code");
    const negative = Math.floor(head / 2) % 2 === 1;
    const exponent = unzigzag(Math.floor(head / 4));
    const digits = this.varint();
    return decimalValue(negative, digits, exponent);
  }

  done(): void {
    if (this.remaining !== 0) throw new MalformedBody("the body has bytes left over");
  }
}

function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

/** The double nearest ±digits × 10^exponent: `Number("35e-1")` rounds correctly, to 3.5. */
function decimalValue(negative: boolean, digits: number, exponent: number): number {
  return Number(`${negative ? "-" : ""}${digits}e${exponent}`);
}

/**
 * `value` as sign × digits × 10^exponent, from its shortest round-tripping decimal form
 * (`String(value)`), or null when that form needs more than 15 digits or is not a finite,
 * non-negative-zero number.
 */
function decimalParts(
  value: number,
): { negative: boolean; digits: number; exponent: number } | null {
  if (!Number.isFinite(value) || Object.is(value, -0)) return null;
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(value)));
  if (!match) return null;
  const [, whole = "", fraction = "", power = "0"] = match;
  let text = (whole + fraction).replace(/^0+/, "");
  let exponent = Number(power) - fraction.length;
  if (text === "") return { negative: false, digits: 0, exponent: 0 };
  while (text.endsWith("0")) {
    text = text.slice(0, -1);
    exponent += 1;
  }
  if (text.length > 15) return null;
  const parts = { negative: value < 0, digits: Number(text), exponent };
  // The guarantee, not a hope: take the float64 escape unless the decimal reads back exactly.
  return Object.is(decimalValue(parts.negative, parts.digits, parts.exponent), value)
    ? parts
    : null;
}

/**
 * UTF-8, extended to lone surrogates (WTF-8), so that every JavaScript string — even one cut in
 * the middle of an emoji — comes back exactly. `TextEncoder` would replace a lone surrogate.
 */
export function encodeWtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i += 1;
      }
    }
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return Uint8Array.from(out);
}

/** The strict inverse of `encodeWtf8`: rejects overlong forms and split surrogate pairs. */
export function decodeWtf8(bytes: Uint8Array): string {
  const units: number[] = [];
  let i = 0;
  let lastWasHighSurrogate = false;
  const continuation = (): number => {
    const b = bytes[i++];
    if (b === undefined || (b & 0xc0) !== 0x80)
      throw new MalformedBody("a text in the body is not valid UTF-8");
    return b & 0x3f;
  };
  while (i < bytes.length) {
    const lead = bytes[i++] ?? 0;
    let code: number;
    if (lead < 0x80) code = lead;
    else if (lead >= 0xc2 && lead < 0xe0) code = ((lead & 0x1f) << 6) | continuation();
    else if (lead >= 0xe0 && lead < 0xf0) {
      code = ((lead & 0x0f) << 12) | (continuation() << 6) | continuation();
      if (code < 0x800) throw new MalformedBody("a text in the body is not valid UTF-8");
    } else if (lead >= 0xf0 && lead < 0xf5) {
      code =
        ((lead & 0x07) << 18) | (continuation() << 12) | (continuation() << 6) | continuation();
      if (code < 0x10000 || code > 0x10ffff)
        throw new MalformedBody("a text in the body is not valid UTF-8");
    } else throw new MalformedBody("a text in the body is not valid UTF-8");

    if (code >= 0x10000) {
      units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
    } else {
      // A pair must be written as one 4-byte sequence, so that each string has one encoding.
      if (lastWasHighSurrogate && code >= 0xdc00 && code <= 0xdfff) {
        throw new MalformedBody("a text in the body is not valid UTF-8");
      }
      units.push(code);
    }
    lastWasHighSurrogate = code >= 0xd800 && code <= 0xdbff;
  }
  let text = "";
  for (let start = 0; start < units.length; start += 4096) {
    text += String.fromCharCode(...units.slice(start, start + 4096));
  }
  return text;
}
