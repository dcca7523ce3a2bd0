import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCounterData } from './counter.ts';
import { counterDataHash, counterDistance, decryptStatusBlob, encryptStatusBlob, statusBlobIv, type ActivationStatusBlob } from './status-blob.ts';
import { bytesOf, counterData, secretKey } from './test-support/arbitraries.ts';
import { bytes, describeVectors, text } from './test-support/official-vectors.ts';

describeVectors('activation-status-blob-iv.json', (cases) => {
  it.each(cases.map((vector, index) => [index, vector] as const))('case %i derives the expected IV', (_index, { input, output }) => {
    const iv = statusBlobIv({ transportKey: bytes(input, 'transportKey'), challenge: bytes(input, 'challenge'), nonce: bytes(input, 'nonce') });
    expect(iv).toEqual(bytes(output, 'iv'));
  });
});

describeVectors('activation-status-blob-data.json', (cases) => {
  it.each(cases.map((vector, index) => [index, vector] as const))('case %i decrypts to the expected status and counter distance', (_index, { input, output }) => {
    const transportKey = bytes(input, 'transportKey');
    const status = decryptStatusBlob(bytes(input, 'encryptedStatusBlob'), { transportKey, challenge: bytes(input, 'challenge'), nonce: bytes(input, 'nonce') });
    const byteFields = ['activationStatus', 'currentVersion', 'upgradeVersion', 'failedAttempts', 'maxFailedAttempts', 'ctrLookAhead', 'ctrByte'] as const;
    expect(status).toEqual({
      ...Object.fromEntries(byteFields.map((name) => [name, Number(text(output, name))])),
      ctrDataHash: bytes(output, 'ctrDataHash'),
    });
    const distance = counterDistance({ counterData: bytes(input, 'ctrData'), ctrDataHash: status.ctrDataHash, transportKey, maxDistance: status.ctrLookAhead });
    expect(distance).toBe(Number(text(output, 'counterDistance')));
  });

  it('a wrong challenge is detected (no status magic after decryption)', () => {
    const { input } = cases[0]!;
    const encryption = { transportKey: bytes(input, 'transportKey'), challenge: Buffer.alloc(16), nonce: bytes(input, 'nonce') };
    expect(() => decryptStatusBlob(bytes(input, 'encryptedStatusBlob'), encryption)).toThrow(/no status magic after decryption/);
  });
});

describe('encryptStatusBlob and decryptStatusBlob', () => {
  const byte = fc.integer({ min: 0, max: 255 });
  const status: fc.Arbitrary<ActivationStatusBlob> = fc.record({
    activationStatus: byte,
    currentVersion: byte,
    upgradeVersion: byte,
    ctrByte: byte,
    failedAttempts: byte,
    maxFailedAttempts: byte,
    ctrLookAhead: byte,
    ctrDataHash: bytesOf(16),
  });
  const encryption = fc.record({ transportKey: secretKey, challenge: bytesOf(16), nonce: bytesOf(16) });

  it('round trip, with random reserved bytes (equal states give different blobs)', () => {
    fc.assert(
      fc.property(status, encryption, (original, keys) => {
        const blob = encryptStatusBlob(original, keys);
        expect(blob).toHaveLength(32);
        expect(decryptStatusBlob(blob, keys)).toEqual(original);
        expect(encryptStatusBlob(original, keys)).not.toEqual(blob);
      }),
    );
  });

  it('uses a zero IV when challenge and nonce are both absent (protocol 3.0)', () => {
    fc.assert(
      fc.property(status, secretKey, (original, transportKey) => {
        expect(statusBlobIv({ transportKey })).toEqual(Buffer.alloc(16));
        expect(decryptStatusBlob(encryptStatusBlob(original, { transportKey }), { transportKey })).toEqual(original);
      }),
    );
  });

  it('refuses bad input, naming the field', () => {
    const transportKey = Buffer.alloc(16, 1);
    const valid: ActivationStatusBlob = {
      activationStatus: 3, currentVersion: 3, upgradeVersion: 3, ctrByte: 0, failedAttempts: 0, maxFailedAttempts: 5, ctrLookAhead: 20, ctrDataHash: Buffer.alloc(16),
    };
    expect(() => encryptStatusBlob({ ...valid, failedAttempts: 256 }, { transportKey })).toThrow(/failedAttempts must be an integer from 0 to 255, got 256/);
    expect(() => encryptStatusBlob({ ...valid, ctrDataHash: Buffer.alloc(8) }, { transportKey })).toThrow(/ctrDataHash must be 16 bytes, got 8/);
    expect(() => statusBlobIv({ transportKey, challenge: Buffer.alloc(16) })).toThrow(/challenge and nonce must both be 16 bytes/);
    expect(() => decryptStatusBlob(Buffer.alloc(31), { transportKey })).toThrow(/encryptedStatusBlob must be 32 bytes, got 31/);
  });
});

describe('counterDistance', () => {
  it('finds how far the server counter is ahead, within maxDistance', () => {
    fc.assert(
      fc.property(counterData, secretKey, fc.integer({ min: 1, max: 25 }), fc.nat(), (local, transportKey, maxDistance, seed) => {
        const distance = seed % (maxDistance + 1);
        let server = local;
        for (let step = 0; step < distance; step++) server = nextCounterData(server);
        const found = counterDistance({ counterData: local, ctrDataHash: counterDataHash(server, transportKey), transportKey, maxDistance });
        expect(found).toBe(distance < maxDistance ? distance : undefined);
      }),
    );
  });
});
