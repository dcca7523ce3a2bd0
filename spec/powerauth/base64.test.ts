import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalBase64 } from './base64.ts';

describe('isCanonicalBase64', () => {
  it('accepts what Buffer encodes, with the right length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(isCanonicalBase64(text)).toBe(true);
        expect(isCanonicalBase64(text, bytes.length)).toBe(true);
        expect(isCanonicalBase64(text, bytes.length + 1)).toBe(false);
      }),
    );
  });

  it.each([
    ['non-zero trailing bits', 'C2irDMhb8VR3+QBTfIsAJh=='],
    ['missing padding', 'C2irDMhb8VR3+QBTfIsAJg'],
    ['too much padding', 'C2irDMhb8VR3+QBTfIsAJg==='],
    ['URL-safe characters', 'C2irDMhb8VR3-QBTfIsAJg=='],
    ['inner whitespace', 'C2irDMhb 8VR3+QBTfIsAJg=='],
    ['surrounding whitespace', ' C2irDMhb8VR3+QBTfIsAJg=='],
    ['padding inside', 'C2ir=Mhb8VR3+QBTfIsAJg=='],
    ['a length not a multiple of 4', 'EklLXwMlpZhwMLHAXyX/XWHA=='],
  ])('rejects %s', (_name, text) => {
    expect(isCanonicalBase64(text)).toBe(false);
  });
});
