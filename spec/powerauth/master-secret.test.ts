import { ECDH } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from './keys.ts';
import { deriveKeys, masterSecret, type DerivedKeys } from './master-secret.ts';
import { bytes, describeVectors } from './test-support/official-vectors.ts';

describeVectors('compute-master-secret-key.json', (cases) => {
  it.each(cases.map((vector, index) => [index, vector] as const))('case %i: device and server reach the same master secret', (_index, { input, output }) => {
    const expected = bytes(output, 'masterSecretKey');
    expect(masterSecret(bytes(input, 'devicePrivateKey'), bytes(input, 'serverPublicKey'))).toEqual(expected);
    expect(masterSecret(bytes(input, 'serverPrivateKey'), bytes(input, 'devicePublicKey'))).toEqual(expected);
  });

  it('the cases cover Java private keys of 33 and 32 bytes', () => {
    const lengths = new Set(cases.flatMap(({ input }) => [bytes(input, 'devicePrivateKey').length, bytes(input, 'serverPrivateKey').length]));
    expect([...lengths].sort()).toEqual([32, 33]);
  });

  it('a compressed public key gives the same master secret', () => {
    for (const { input, output } of cases) {
      const compressed = ECDH.convertKey(bytes(input, 'serverPublicKey'), 'prime256v1', undefined, undefined, 'compressed') as Buffer;
      expect(masterSecret(bytes(input, 'devicePrivateKey'), compressed)).toEqual(bytes(output, 'masterSecretKey'));
    }
  });
});

describeVectors('compute-derived-keys.json', (cases) => {
  it.each(cases.map((vector, index) => [index, vector] as const))('case %i derives the five keys', (_index, { input, output }) => {
    const derived = deriveKeys(bytes(input, 'masterSecretKey'));
    const expected = Object.fromEntries(Object.keys(output).map((name) => [name, bytes(output, name)]));
    expect(derived).toEqual(expected as unknown as DerivedKeys);
  });
});

describe('masterSecret and deriveKeys', () => {
  it('agree from both sides for fresh key pairs, and derive 16-byte keys', () => {
    for (let i = 0; i < 10; i++) {
      const device = generateKeyPair();
      const server = generateKeyPair();
      const secret = masterSecret(device.privateKey, server.publicKey);
      expect(secret).toHaveLength(16);
      expect(masterSecret(server.privateKey, device.publicKey)).toEqual(secret);
      for (const key of Object.values(deriveKeys(secret))) expect(key).toHaveLength(16);
    }
  });

  it('refuse a master secret that is not 16 bytes and a public key off the curve', () => {
    expect(() => deriveKeys(Buffer.alloc(32))).toThrow(/masterSecret must be 16 bytes, got 32/);
    const { privateKey } = generateKeyPair();
    expect(() => masterSecret(privateKey, Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]))).toThrow(/publicKey must be a P-256 point/);
  });
});
