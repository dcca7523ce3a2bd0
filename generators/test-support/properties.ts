import fc from 'fast-check';
import { expect } from 'vitest';

// Property assertions every generator test shares (style.md, convention 8).

const SEED = 42;
const SAMPLES = 50;

/** Same seed, same values: a replayed case is the case that failed. */
export function expectSameValuesForSameSeed<T>(arbitrary: fc.Arbitrary<T>): void {
  const first = fc.sample(arbitrary, { seed: SEED, numRuns: SAMPLES });
  const second = fc.sample(arbitrary, { seed: SEED, numRuns: SAMPLES });
  expect(second).toEqual(first);
}

/** A refused constraint says which API refused it, as fast-check's own arbitraries do. */
export function expectErrorNamingApi(apiName: string, build: () => unknown): void {
  expect(build).toThrow(new RegExp(`^${apiName}: `));
}

/** Values drawn with a fixed seed, enough for distribution assertions. */
export function sampleOf<T>(arbitrary: fc.Arbitrary<T>, numRuns = 2000): T[] {
  return fc.sample(arbitrary, { seed: SEED, numRuns });
}
