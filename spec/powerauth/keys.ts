import { createECDH, createPrivateKey, createPublicKey, ECDH, type KeyObject } from 'node:crypto';

// P-256 keys as the protocol moves them: raw private scalars (Java BigInteger bytes) and SEC1
// public points. node:crypto wants KeyObjects or fixed sizes, so everything passes through here.

export const CURVE = 'prime256v1';
const PRIVATE_KEY_LENGTH = 32;
const UNCOMPRESSED_PUBLIC_KEY_LENGTH = 65;

export interface KeyPair {
  /** 32-byte big-endian scalar. */
  privateKey: Buffer;
  /** 65-byte uncompressed SEC1 point, `04 || X || Y`. */
  publicKey: Buffer;
}

export function generateKeyPair(): KeyPair {
  const ecdh = createECDH(CURVE);
  ecdh.generateKeys();
  return { privateKey: normalizePrivateKey(ecdh.getPrivateKey()), publicKey: ecdh.getPublicKey() };
}

/**
 * Java's BigInteger gives 33 bytes (a leading zero sign byte), 32, or fewer for a small value;
 * Node gives the shortest form. Both become the fixed 32-byte scalar.
 */
export function normalizePrivateKey(privateKey: Buffer, field = 'privateKey'): Buffer {
  let scalar = privateKey;
  if (scalar.length === PRIVATE_KEY_LENGTH + 1) {
    if (scalar[0] !== 0) throw new RangeError(`${field}: a 33-byte private key must start with a zero sign byte`);
    scalar = scalar.subarray(1);
  }
  if (scalar.length === 0 || scalar.length > PRIVATE_KEY_LENGTH) {
    throw new RangeError(`${field} must be 1 to 33 bytes (Java BigInteger form), got ${privateKey.length}`);
  }
  const padded = Buffer.alloc(PRIVATE_KEY_LENGTH);
  scalar.copy(padded, PRIVATE_KEY_LENGTH - scalar.length);
  return padded;
}

/** The 65-byte uncompressed form of a compressed (33-byte) or uncompressed P-256 public key. */
export function normalizePublicKey(publicKey: Buffer, field = 'publicKey'): Buffer {
  try {
    const point = ECDH.convertKey(publicKey, CURVE, undefined, undefined, 'uncompressed');
    if (!Buffer.isBuffer(point) || point.length !== UNCOMPRESSED_PUBLIC_KEY_LENGTH) throw new Error('unexpected point size');
    return point;
  } catch {
    throw new RangeError(`${field} must be a P-256 point in SEC1 form (33 bytes compressed or 65 uncompressed)`);
  }
}

/** An ECDH context holding `privateKey`, for key agreement and for the matching public key. */
export function ecdhWithPrivateKey(privateKey: Buffer, field = 'privateKey'): ECDH {
  const scalar = normalizePrivateKey(privateKey, field);
  const ecdh = createECDH(CURVE);
  try {
    ecdh.setPrivateKey(scalar);
  } catch {
    throw new RangeError(`${field} must be a P-256 scalar between 1 and the curve order`);
  }
  return ecdh;
}

export function privateKeyObject(privateKey: Buffer, field = 'privateKey'): KeyObject {
  return cachedKeyObject(`private:${privateKey.toString('base64')}`, () => {
    const publicKey = ecdhWithPrivateKey(privateKey, field).getPublicKey();
    return createPrivateKey({
      key: { ...pointToJwk(publicKey), d: normalizePrivateKey(privateKey, field).toString('base64url') },
      format: 'jwk',
    });
  });
}

export function publicKeyObject(publicKey: Buffer, field = 'publicKey'): KeyObject {
  return cachedKeyObject(`public:${publicKey.toString('base64')}`, () => createPublicKey({ key: pointToJwk(normalizePublicKey(publicKey, field)), format: 'jwk' }));
}

// The master key pair signs and verifies every activation code of a run: importing it once
// instead of per code was a tenth of a probe run. A few keys are live at a time; the cache is
// emptied when it fills, so it never grows.
const KEY_OBJECT_CACHE_LIMIT = 16;
const keyObjects = new Map<string, KeyObject>();

function cachedKeyObject(cacheKey: string, make: () => KeyObject): KeyObject {
  let key = keyObjects.get(cacheKey);
  if (key === undefined) {
    key = make();
    if (keyObjects.size >= KEY_OBJECT_CACHE_LIMIT) keyObjects.clear();
    keyObjects.set(cacheKey, key);
  }
  return key;
}

function pointToJwk(uncompressed: Buffer): { kty: 'EC'; crv: 'P-256'; x: string; y: string } {
  return {
    kty: 'EC',
    crv: 'P-256',
    x: uncompressed.subarray(1, 33).toString('base64url'),
    y: uncompressed.subarray(33, 65).toString('base64url'),
  };
}
