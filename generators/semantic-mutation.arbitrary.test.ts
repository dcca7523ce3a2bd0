import { describe, expect, it } from 'vitest';
import { SEMANTIC_MUTATIONS, semanticMutationArbitrary, semanticMutationExamples } from './semantic-mutation.arbitrary.ts';
import { expectErrorNamingApi, expectSameValuesForSameSeed, sampleOf } from './test-support/properties.ts';

describe('semanticMutationArbitrary', () => {
  it('gives the same values for the same seed', () => {
    expectSameValuesForSameSeed(semanticMutationArbitrary());
  });

  it('draws every mutation, the counter on both sides of the look-ahead window', () => {
    const cases = sampleOf(semanticMutationArbitrary());
    expect(new Set(cases.map((testCase) => testCase.mutation))).toEqual(new Set(SEMANTIC_MUTATIONS));
    expect(cases.some((testCase) => testCase.counterSteps <= 20)).toBe(true);
    expect(cases.some((testCase) => testCase.counterSteps > 20)).toBe(true);
    expect(cases.every((testCase) => testCase.counterSteps >= 1 && testCase.counterSteps <= 40)).toBe(true);
  });

  it('plays every mutation first, and the counter inside and beyond the window', () => {
    const examples = semanticMutationExamples();
    expect(examples.map((example) => example.mutation)).toEqual([...SEMANTIC_MUTATIONS, 'counter-ahead']);
    expect(examples.filter((example) => example.mutation === 'counter-ahead').map((example) => example.counterSteps)).toEqual([25, 5]);
    expect(semanticMutationExamples({ lookAhead: 3 }).at(-1)).toEqual({ mutation: 'counter-ahead', counterSteps: 3 });
  });

  it('refuses a look-ahead that is not a positive integer, naming the API', () => {
    expectErrorNamingApi('semanticMutationArbitrary', () => semanticMutationArbitrary({ lookAhead: 0 }));
    expectErrorNamingApi('semanticMutationExamples', () => semanticMutationExamples({ lookAhead: 2.5 }));
  });
});
