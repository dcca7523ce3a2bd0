import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc16Arc, createActivationCode, validateActivationCode } from './activation-code.ts';
import { bytesOf } from './test-support/arbitraries.ts';
import { describeVectors, text } from './test-support/official-vectors.ts';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

describeVectors('verify-activation-data-signature-v3.json', (cases) => {
  it('every code is valid (pattern, Base32, CRC-16/ARC)', () => {
    for (const { input } of cases) expect(validateActivationCode(text(input, 'activationCode'))).toBe(true);
  });
});

describe('crc16Arc', () => {
  it('has the CRC-16/ARC check value 0xBB3D for "123456789"', () => {
    expect(crc16Arc(Buffer.from('123456789', 'ascii'))).toBe(0xbb3d);
  });
});

describe('createActivationCode and validateActivationCode', () => {
  it('a created code is valid, grouped XXXXX-XXXXX-XXXXX-XXXXX and ends in A or Q', () => {
    fc.assert(
      fc.property(bytesOf(10), (random) => {
        const code = createActivationCode(random);
        expect(code).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){3}$/);
        expect(code).toMatch(/[AQ]$/);
        expect(validateActivationCode(code)).toBe(true);
      }),
    );
  });

  it('is the Base32 of the random bytes and their CRC, big-endian', () => {
    // Expected values from Python's base64.b32encode over the 12 bytes (CRC 0xC4C3 appended).
    const random = Buffer.from('0102030405060708090a', 'hex');
    expect(crc16Arc(random)).toBe(0xc4c3);
    expect(createActivationCode(random)).toBe('AEBAG-BAFAY-DQQCI-KYTBQ');
    expect(createActivationCode(Buffer.alloc(10))).toBe('AAAAA-AAAAA-AAAAA-AAAAA');
  });

  it('creates from fresh random bytes by default', () => {
    const codes = new Set(Array.from({ length: 20 }, () => createActivationCode()));
    expect(codes.size).toBe(20);
    for (const code of codes) expect(validateActivationCode(code)).toBe(true);
  });

  it('rejects any single-character substitution (CRC-16 catches every burst of 16 bits or fewer)', () => {
    fc.assert(
      fc.property(bytesOf(10), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 1, max: 31 }), (random, position, shift) => {
        const code = createActivationCode(random);
        const index = position + Math.floor(position / 5);
        const replaced = BASE32[(BASE32.indexOf(code[index]!) + shift) % 32]!;
        const mutated = code.slice(0, index) + replaced + code.slice(index + 1);
        expect(validateActivationCode(mutated)).toBe(false);
      }),
    );
  });

  it.each([
    ['lower case', 'gya4l-d4c7k-op2nv-usyyq'],
    ['no dashes', 'GYA4LD4C7KOP2NVUSYYQ'],
    ['wrong grouping', 'GYA4-LD4C7K-OP2NV-USYYQ'],
    ['a character outside Base32', 'GYA4L-D4C7K-OP2NV-USYY1'],
    ['surrounding space', ' GYA4L-D4C7K-OP2NV-USYYQ'],
    ['the empty string', ''],
  ])('rejects %s', (_name, code) => {
    expect(validateActivationCode(code)).toBe(false);
  });

  it('refuses random bytes that are not 10 bytes', () => {
    expect(() => createActivationCode(Buffer.alloc(12))).toThrow(/random must be 10 bytes, got 12/);
  });
});
