/**
 * The two checksums of a share link's frame (docs/decisions/0003). Both are computed most
 * significant bit first — the order in which base64 turns bits into characters — so a changed
 * character, which alters at most 6 consecutive bits, is always detected: a CRC of degree n
 * catches every error burst of n bits or fewer.
 */

/** CRC-8 (polynomial x⁸ + x² + x + 1, initial value 0) of the frame header. */
export function crc8(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++)
      crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** The CRC-16 of each byte value, bit by bit: the usual table-driven speed-up. */
const CRC16_TABLE = Uint16Array.from({ length: 256 }, (_, byte) => {
  let crc = byte << 8;
  for (let bit = 0; bit < 8; bit++)
    crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  return crc;
});

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF) of the frame body. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) crc = ((crc << 8) & 0xffff) ^ (CRC16_TABLE[(crc >> 8) ^ byte] ?? 0);
  return crc;
}
