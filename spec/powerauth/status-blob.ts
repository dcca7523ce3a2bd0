import { createCipheriv, createDecipheriv, randomBytes, timingSafeEqual } from 'node:crypto';
import { assertCounterData, nextCounterData } from './counter.ts';
import { kdf, kdfInternal } from './kdf.ts';

// The encrypted activation status blob (GET activation status): 32 bytes, AES-128-CBC without
// padding under the transport key. The device reads it to learn the activation's state and how
// far the server's counter is from its own.

export interface ActivationStatusBlob {
  /** 1 CREATED, 2 PENDING_COMMIT, 3 ACTIVE, 4 BLOCKED, 5 REMOVED. */
  activationStatus: number;
  currentVersion: number;
  upgradeVersion: number;
  /** Low byte of the server's numeric counter. */
  ctrByte: number;
  failedAttempts: number;
  maxFailedAttempts: number;
  ctrLookAhead: number;
  /** counterDataHash() of the server's CTR_DATA. */
  ctrDataHash: Buffer;
}

/** challenge and nonce (16 bytes each) since 3.1; both absent means protocol 3.0's zero IV. */
export interface StatusBlobEncryption {
  transportKey: Buffer;
  challenge?: Buffer;
  nonce?: Buffer;
}

const MAGIC = 0xdec0ded1;
const BLOB_LENGTH = 32;
const TRANSPORT_IV_INDEX = 3000;
const COUNTER_HASH_INDEX = 4000;
const BYTE_FIELDS = [
  ['activationStatus', 4],
  ['currentVersion', 5],
  ['upgradeVersion', 6],
  ['ctrByte', 12],
  ['failedAttempts', 13],
  ['maxFailedAttempts', 14],
  ['ctrLookAhead', 15],
] as const satisfies readonly (readonly [keyof ActivationStatusBlob, number])[];
const RESERVED = { start: 7, end: 12 };
const HASH_OFFSET = 16;

/** KDF_INTERNAL(KDF(transportKey, 3000), challenge || nonce). */
export function statusBlobIv({ transportKey, challenge, nonce }: StatusBlobEncryption): Buffer {
  if (challenge === undefined && nonce === undefined) return Buffer.alloc(16);
  if (challenge?.length !== 16 || nonce?.length !== 16) {
    throw new RangeError('challenge and nonce must both be 16 bytes (or both absent for protocol 3.0)');
  }
  return kdfInternal(kdf(transportKey, TRANSPORT_IV_INDEX), Buffer.concat([challenge, nonce]));
}

export function decryptStatusBlob(encryptedStatusBlob: Buffer, encryption: StatusBlobEncryption): ActivationStatusBlob {
  if (encryptedStatusBlob.length !== BLOB_LENGTH) {
    throw new RangeError(`encryptedStatusBlob must be ${BLOB_LENGTH} bytes, got ${encryptedStatusBlob.length}`);
  }
  const decipher = createDecipheriv('aes-128-cbc', encryption.transportKey, statusBlobIv(encryption)).setAutoPadding(false);
  const blob = Buffer.concat([decipher.update(encryptedStatusBlob), decipher.final()]);
  if (blob.readUInt32BE(0) !== MAGIC) {
    throw new Error('encryptedStatusBlob: no status magic after decryption (wrong transport key, challenge or nonce)');
  }
  const fields = Object.fromEntries(BYTE_FIELDS.map(([name, offset]) => [name, blob[offset]!]));
  return { ...(fields as Omit<ActivationStatusBlob, 'ctrDataHash'>), ctrDataHash: blob.subarray(HASH_OFFSET) };
}

/** The reserved bytes are random, as in the reference, so equal states give different blobs. */
export function encryptStatusBlob(status: ActivationStatusBlob, encryption: StatusBlobEncryption): Buffer {
  const blob = Buffer.alloc(BLOB_LENGTH);
  blob.writeUInt32BE(MAGIC, 0);
  for (const [name, offset] of BYTE_FIELDS) {
    const value = status[name];
    if (!Number.isInteger(value) || value < 0 || value > 255) throw new RangeError(`${name} must be an integer from 0 to 255, got ${value}`);
    blob[offset] = value;
  }
  randomBytes(RESERVED.end - RESERVED.start).copy(blob, RESERVED.start);
  if (status.ctrDataHash.length !== 16) throw new RangeError(`ctrDataHash must be 16 bytes, got ${status.ctrDataHash.length}`);
  status.ctrDataHash.copy(blob, HASH_OFFSET);
  const cipher = createCipheriv('aes-128-cbc', encryption.transportKey, statusBlobIv(encryption)).setAutoPadding(false);
  return Buffer.concat([cipher.update(blob), cipher.final()]);
}

/** KDF_INTERNAL(KDF(transportKey, 4000), counterData): what the blob carries instead of CTR_DATA. */
export function counterDataHash(counterData: Buffer, transportKey: Buffer): Buffer {
  assertCounterData(counterData);
  return kdfInternal(kdf(transportKey, COUNTER_HASH_INDEX), counterData);
}

export interface CounterDistanceInput {
  /** The device's own CTR_DATA. */
  counterData: Buffer;
  /** From the status blob. */
  ctrDataHash: Buffer;
  transportKey: Buffer;
  /** Steps to try; the blob's ctrLookAhead is the natural bound. */
  maxDistance: number;
}

/** How many steps the server's counter is ahead of `counterData`, or undefined beyond `maxDistance - 1`. */
export function counterDistance({ counterData, ctrDataHash, transportKey, maxDistance }: CounterDistanceInput): number | undefined {
  let candidate = counterData;
  for (let distance = 0; distance < maxDistance; distance++) {
    const hash = counterDataHash(candidate, transportKey);
    if (hash.length === ctrDataHash.length && timingSafeEqual(hash, ctrDataHash)) return distance;
    candidate = nextCounterData(candidate);
  }
  return undefined;
}
