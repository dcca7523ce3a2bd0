import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nextCounterData } from './counter.ts';
import { fold, kdf, kdfInternal } from './kdf.ts';
import { bytesOf, secretKey } from './test-support/arbitraries.ts';

// kdf itself is pinned by the derived-key and status-blob vectors; these pin the building blocks.

describe('fold', () => {
  it('XORs the two halves', () => {
    expect(fold(Buffer.from([0x01, 0xf0, 0x11, 0x0f]))).toEqual(Buffer.from([0x10, 0xff]));
  });

  it('of a value with itself appended is all zeros (XOR, never truncation)', () => {
    fc.assert(
      fc.property(bytesOf(16), (half) => {
        expect(fold(Buffer.concat([half, half]))).toEqual(Buffer.alloc(16));
      }),
    );
  });

  it('refuses odd or empty lengths', () => {
    expect(() => fold(Buffer.alloc(3))).toThrow(/even, non-zero length, got 3/);
    expect(() => fold(Buffer.alloc(0))).toThrow(/even, non-zero length, got 0/);
  });
});

describe('kdf', () => {
  it('gives 16 bytes and different keys for different indices', () => {
    fc.assert(
      fc.property(secretKey, fc.nat(), fc.nat(), (key, a, b) => {
        fc.pre(a !== b);
        expect(kdf(key, a)).toHaveLength(16);
        expect(kdf(key, a)).not.toEqual(kdf(key, b));
      }),
    );
  });

  it('refuses a key that is not 16 bytes and a negative or fractional index', () => {
    expect(() => kdf(Buffer.alloc(32), 1)).toThrow(/key must be 16 bytes, got 32/);
    expect(() => kdf(Buffer.alloc(16), -1)).toThrow(/index must be a non-negative safe integer/);
    expect(() => kdf(Buffer.alloc(16), 1.5)).toThrow(/index must be a non-negative safe integer/);
  });

  it('kdfInternal folds an HMAC to 16 bytes', () => {
    fc.assert(
      fc.property(secretKey, bytesOf(32), (key, data) => {
        expect(kdfInternal(key, data)).toHaveLength(16);
      }),
    );
  });
});

describe('nextCounterData', () => {
  it('is fold(SHA-256(counter))', () => {
    fc.assert(
      fc.property(bytesOf(16), (counter) => {
        expect(nextCounterData(counter)).toEqual(fold(createHash('sha256').update(counter).digest()));
      }),
    );
  });

  it('refuses counter data that is not 16 bytes', () => {
    expect(() => nextCounterData(Buffer.alloc(32))).toThrow(/counterData must be 16 bytes, got 32/);
  });
});
