import { createHash } from 'node:crypto';
import { normalizePublicKey } from './keys.ts';

// The 8-digit activation fingerprint (3.x) a user compares between device and server screens.

/** X coordinate of a P-256 public key without leading zero bytes, as Java's BigInteger gives it. */
export function minimalCoordinateX(publicKey: Buffer, field = 'publicKey'): Buffer {
  const x = normalizePublicKey(publicKey, field).subarray(1, 33);
  const firstNonZero = x.findIndex((byte) => byte !== 0);
  return firstNonZero === -1 ? Buffer.alloc(0) : x.subarray(firstNonZero);
}

export function activationFingerprint(devicePublicKey: Buffer, serverPublicKey: Buffer, activationId: string): string {
  const hash = createHash('sha256')
    .update(minimalCoordinateX(devicePublicKey, 'devicePublicKey'))
    .update(activationId, 'utf8')
    .update(minimalCoordinateX(serverPublicKey, 'serverPublicKey'))
    .digest();
  return String((hash.readUInt32BE(hash.length - 4) & 0x7fffffff) % 100_000_000).padStart(8, '0');
}
