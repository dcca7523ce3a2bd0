import { createCipheriv, createHmac } from 'node:crypto';

// Key derivation of PowerAuth 3.x (digest section 4) and the two primitives it is built from.

export function hmacSha256(key: Buffer, data: Buffer): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

/** XOR of the two halves: how PowerAuth shortens a value (never by truncation). */
export function fold(value: Buffer): Buffer {
  if (value.length === 0 || value.length % 2 !== 0) {
    throw new RangeError(`fold: value must have an even, non-zero length, got ${value.length} bytes`);
  }
  const half = value.length / 2;
  const folded = Buffer.alloc(half);
  for (let i = 0; i < half; i++) folded[i] = value[i]! ^ value[i + half]!;
  return folded;
}

/**
 * KDF(K, index): AES-128-ECB of the single block `0x00 * 8 || uint64BE(index)`.
 * The index sits in bytes 8..15; the documentation's pseudo-code puts it first and matches no
 * vector.
 */
export function kdf(key: Buffer, index: number): Buffer {
  if (key.length !== 16) throw new RangeError(`kdf: key must be 16 bytes, got ${key.length}`);
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`kdf: index must be a non-negative safe integer, got ${index}`);
  }
  const block = Buffer.alloc(16);
  block.writeBigUInt64BE(BigInt(index), 8);
  const cipher = createCipheriv('aes-128-ecb', key, null).setAutoPadding(false);
  return Buffer.concat([cipher.update(block), cipher.final()]);
}

/** KDF_INTERNAL(K, data) = fold(HMAC-SHA256(K, data)): 16 bytes. */
export function kdfInternal(key: Buffer, data: Buffer): Buffer {
  return fold(hmacSha256(key, data));
}
