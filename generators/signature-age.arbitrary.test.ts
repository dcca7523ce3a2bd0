import { describe, expect, it } from 'vitest';
import { signatureAgeArbitrary, signatureAgeLandmarks } from './signature-age.arbitrary.ts';
import { expectErrorNamingApi, expectSameValuesForSameSeed, sampleOf } from './test-support/properties.ts';

describe('signatureAgeArbitrary', () => {
  it('gives the same values for the same seed', () => {
    expectSameValuesForSameSeed(signatureAgeArbitrary());
  });

  it('lands on the seed TTL landmarks by default: 0, 29 s, 29.9 s, TTL-1 ms, 30 s, TTL+1 ms, 30.1 s, 45 s', () => {
    expect(signatureAgeLandmarks()).toEqual([0, 29_000, 29_900, 29_999, 30_000, 30_001, 30_100, 45_000]);
    expect(signatureAgeLandmarks({ ttlMs: 10_000 })).toEqual([0, 9_000, 9_900, 9_999, 10_000, 10_001, 10_100, 15_000]);
  });

  it.each([30_000, 5_000])('straddles a TTL of %i ms, landmarks and random ages within 0..2 TTL', (ttlMs) => {
    const ages = sampleOf(signatureAgeArbitrary({ ttlMs }));
    expect(ages.some((age) => age <= ttlMs)).toBe(true);
    expect(ages.some((age) => age > ttlMs)).toBe(true);
    expect(ages).toEqual(expect.arrayContaining(signatureAgeLandmarks({ ttlMs })));
    expect(ages.every((age) => Number.isInteger(age) && age >= 0 && age <= 2 * ttlMs)).toBe(true);
    expect(ages.some((age) => !signatureAgeLandmarks({ ttlMs }).includes(age))).toBe(true);
  });

  it('refuses a TTL under 1 s or not an integer, naming the API', () => {
    expectErrorNamingApi('signatureAgeArbitrary', () => signatureAgeArbitrary({ ttlMs: 999 }));
    expectErrorNamingApi('signatureAgeArbitrary', () => signatureAgeArbitrary({ ttlMs: 1.5e4 + 0.5 }));
    expectErrorNamingApi('signatureAgeLandmarks', () => signatureAgeLandmarks({ ttlMs: 0 }));
  });
});
