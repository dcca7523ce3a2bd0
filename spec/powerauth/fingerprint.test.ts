import { ECDH } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { activationFingerprint, minimalCoordinateX } from './fingerprint.ts';
import { generateKeyPair } from './keys.ts';
import { bytes, describeVectors, text } from './test-support/official-vectors.ts';

describeVectors('public-key-fingerprint-v3.json', (cases) => {
  it.each(cases.map((vector, index) => [index, vector] as const))('case %i gives the expected fingerprint and X coordinates', (_index, { input, output }) => {
    const devicePublicKey = bytes(input, 'devicePublicKey');
    const serverPublicKey = bytes(input, 'serverPublicKey');
    expect(minimalCoordinateX(devicePublicKey)).toEqual(bytes(output, 'devicePublicKeyCoordX'));
    expect(minimalCoordinateX(serverPublicKey)).toEqual(bytes(output, 'serverPublicKeyCoordX'));
    expect(activationFingerprint(devicePublicKey, serverPublicKey, text(output, 'activationId'))).toBe(text(output, 'fingerprint'));
  });

  it('the cases include X coordinates shorter than 32 bytes (leading zeros stripped)', () => {
    expect(cases.some(({ output }) => bytes(output, 'devicePublicKeyCoordX').length < 32 || bytes(output, 'serverPublicKeyCoordX').length < 32)).toBe(true);
  });
});

describe('activationFingerprint', () => {
  it('is 8 digits, the same for compressed keys, and changes with the activation id', () => {
    const device = generateKeyPair().publicKey;
    const server = generateKeyPair().publicKey;
    const compress = (key: Buffer) => ECDH.convertKey(key, 'prime256v1', undefined, undefined, 'compressed') as Buffer;
    const fingerprint = activationFingerprint(device, server, 'c6b6bcf3-8ac9-4b4b-a4c2-8c2c40e0a0a4');
    expect(fingerprint).toMatch(/^\d{8}$/);
    expect(activationFingerprint(compress(device), compress(server), 'c6b6bcf3-8ac9-4b4b-a4c2-8c2c40e0a0a4')).toBe(fingerprint);
    expect(activationFingerprint(device, server, 'c6b6bcf3-8ac9-4b4b-a4c2-8c2c40e0a0a5')).not.toBe(fingerprint);
  });

  it('names the key that is not a P-256 point', () => {
    expect(() => activationFingerprint(Buffer.alloc(10), generateKeyPair().publicKey, 'id')).toThrow(/devicePublicKey must be a P-256 point/);
  });
});
