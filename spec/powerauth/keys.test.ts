import { createECDH } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecdhWithPrivateKey, generateKeyPair, normalizePrivateKey, normalizePublicKey } from './keys.ts';
import { bytesOf } from './test-support/arbitraries.ts';

describe('generateKeyPair', () => {
  it('gives a 32-byte private key and its 65-byte uncompressed public key', () => {
    for (let i = 0; i < 20; i++) {
      const { privateKey, publicKey } = generateKeyPair();
      expect(privateKey).toHaveLength(32);
      expect(publicKey).toHaveLength(65);
      expect(publicKey[0]).toBe(0x04);
      expect(ecdhWithPrivateKey(privateKey).getPublicKey()).toEqual(publicKey);
    }
  });
});

describe('normalizePrivateKey', () => {
  it('turns Java BigInteger forms (33 bytes with a sign byte, 32, shorter) into 32 bytes', () => {
    fc.assert(
      fc.property(bytesOf(32), (scalar) => {
        expect(normalizePrivateKey(Buffer.concat([Buffer.alloc(1), scalar]))).toEqual(scalar);
        expect(normalizePrivateKey(scalar)).toEqual(scalar);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 255 }), (zeros, firstByte) => {
        const short = Buffer.concat([Buffer.from([firstByte]), Buffer.alloc(31 - zeros, 0x5a)]);
        expect(normalizePrivateKey(short)).toEqual(Buffer.concat([Buffer.alloc(zeros), short]));
      }),
    );
  });

  it('refuses 33 bytes without a zero sign byte, more than 33, and none, naming the field', () => {
    expect(() => normalizePrivateKey(Buffer.alloc(33, 1), 'devicePrivateKey')).toThrow(/devicePrivateKey: a 33-byte private key must start with a zero sign byte/);
    expect(() => normalizePrivateKey(Buffer.alloc(34))).toThrow(/privateKey must be 1 to 33 bytes/);
    expect(() => normalizePrivateKey(Buffer.alloc(0))).toThrow(/privateKey must be 1 to 33 bytes/);
  });

  it('ecdhWithPrivateKey refuses zero and scalars not below the curve order', () => {
    expect(() => ecdhWithPrivateKey(Buffer.alloc(32), 'serverPrivateKey')).toThrow(/serverPrivateKey must be a P-256 scalar/);
    expect(() => ecdhWithPrivateKey(Buffer.alloc(32, 0xff))).toThrow(/privateKey must be a P-256 scalar/);
  });
});

describe('normalizePublicKey', () => {
  it('gives the uncompressed form of a compressed or uncompressed key', () => {
    const ecdh = createECDH('prime256v1');
    for (let i = 0; i < 20; i++) {
      ecdh.generateKeys();
      const uncompressed = ecdh.getPublicKey();
      expect(normalizePublicKey(ecdh.getPublicKey(undefined, 'compressed'))).toEqual(uncompressed);
      expect(normalizePublicKey(uncompressed)).toEqual(uncompressed);
    }
  });

  it('refuses points not on the curve and wrong sizes, naming the field', () => {
    const offCurve = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]);
    expect(() => normalizePublicKey(offCurve, 'serverPublicKey')).toThrow(/serverPublicKey must be a P-256 point in SEC1 form/);
    expect(() => normalizePublicKey(Buffer.alloc(32, 2))).toThrow(/publicKey must be a P-256 point/);
    expect(() => normalizePublicKey(Buffer.alloc(0))).toThrow(/publicKey must be a P-256 point/);
  });
});
