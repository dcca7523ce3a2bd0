import fc from 'fast-check';

// What goes wrong with a signature between the device and the target (or nothing, the control
// case): each mutation is a fact the expectation model reads, played for real on the target.

const SEMANTIC_MUTATIONS = [
  'none',
  'second-own-device',
  'other-user-device',
  'removed-device',
  'blocked-device',
  'wrong-pin',
  'body-dropped',
  'body-altered',
  'method-altered',
  'path-altered',
  'query-dropped',
  'query-altered',
  'replay',
  'counter-ahead',
  'possession-only',
  'foreign-application-key',
] as const;
export type SemanticMutation = (typeof SEMANTIC_MUTATIONS)[number];

export interface SemanticCase {
  readonly mutation: SemanticMutation;
  /** counter-ahead only: how many counter values the device skips before signing (look-ahead is 20). */
  readonly counterSteps: number;
}

/** Every mutation once, the counter on both sides of the window: played first in every run. */
export function semanticCaseExamples(): SemanticCase[] {
  return [...SEMANTIC_MUTATIONS.map((mutation) => ({ mutation, counterSteps: 25 })), { mutation: 'counter-ahead', counterSteps: 5 }];
}

export function semanticCaseArbitrary(): fc.Arbitrary<SemanticCase> {
  return fc.record({
    mutation: fc.constantFrom(...SEMANTIC_MUTATIONS),
    // Both sides of the look-ahead window; shrinking walks down to its edge.
    counterSteps: fc.integer({ min: 1, max: 40 }),
  });
}
