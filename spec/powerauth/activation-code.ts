import { randomBytes } from 'node:crypto';

// The activation code: 10 random bytes and their CRC-16/ARC, in Base32, shown as
// XXXXX-XXXXX-XXXXX-XXXXX (digest section 5).

const RANDOM_LENGTH = 10;
const CODE_BYTES = RANDOM_LENGTH + 2;
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const CODE_PATTERN = /^[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{5}$/;

export function createActivationCode(random: Buffer = randomBytes(RANDOM_LENGTH)): string {
  if (random.length !== RANDOM_LENGTH) throw new RangeError(`random must be ${RANDOM_LENGTH} bytes, got ${random.length}`);
  const checksum = Buffer.alloc(2);
  checksum.writeUInt16BE(crc16Arc(random));
  const text = base32(Buffer.concat([random, checksum]));
  return [0, 5, 10, 15].map((start) => text.slice(start, start + 5)).join('-');
}

/** Pattern, Base32 with zero padding bits (so the last character is A or Q), and CRC. */
export function validateActivationCode(code: string): boolean {
  if (typeof code !== 'string' || !CODE_PATTERN.test(code)) return false;
  const bytes = base32Decode(code.replaceAll('-', ''), CODE_BYTES);
  return bytes !== undefined && crc16Arc(bytes.subarray(0, RANDOM_LENGTH)) === bytes.readUInt16BE(RANDOM_LENGTH);
}

/** CRC-16/ARC: reflected polynomial 0x8005 (0xA001 LSB-first), initial value 0, no final XOR. */
export function crc16Arc(bytes: Buffer): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}

/** RFC 4648 Base32 without padding characters. */
function base32(bytes: Buffer): string {
  let text = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      text += BASE32_ALPHABET[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return bits > 0 ? text + BASE32_ALPHABET[(buffer << (5 - bits)) & 31] : text;
}

/** Decodes exactly `length` bytes; undefined if the unused trailing bits are not zero. */
function base32Decode(text: string, length: number): Buffer | undefined {
  const bytes = Buffer.alloc(length);
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const char of text) {
    buffer = (buffer << 5) | BASE32_ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (written < length) bytes[written] = (buffer >>> bits) & 0xff;
      written++;
    }
    buffer &= (1 << bits) - 1;
  }
  return written === length && buffer === 0 ? bytes : undefined;
}
