import fc from 'fast-check';
import { DEFAULT_LOOK_AHEAD } from '../spec/powerauth/index.ts';

// What goes wrong with a signature between the device and the target (or nothing, the control
// case): each mutation is a fact the expectation model reads; the probe family plays it for real.

export const SEMANTIC_MUTATIONS = [
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
  'overtaken',
  'counter-ahead',
  'possession-only',
  'foreign-application-key',
] as const;
export type SemanticMutation = (typeof SEMANTIC_MUTATIONS)[number];

export interface SemanticCase {
  readonly mutation: SemanticMutation;
  /** counter-ahead only: how many counter values the device skips before signing. */
  readonly counterSteps: number;
}

export interface SemanticMutationConstraints {
  /** The target's counter look-ahead window (default DEFAULT_LOOK_AHEAD, 20). */
  readonly lookAhead?: number;
}

function lookAheadOf(apiName: string, constraints: SemanticMutationConstraints): number {
  const lookAhead = constraints.lookAhead ?? DEFAULT_LOOK_AHEAD;
  if (!Number.isSafeInteger(lookAhead) || lookAhead < 1) throw new RangeError(`${apiName}: lookAhead must be a positive integer, got ${lookAhead}`);
  return lookAhead;
}

/** Every mutation once, the counter on both sides of the window: played first in every run. */
export function semanticMutationExamples(constraints: SemanticMutationConstraints = {}): SemanticCase[] {
  const lookAhead = lookAheadOf('semanticMutationExamples', constraints);
  const beyond = lookAhead + 5;
  return [...SEMANTIC_MUTATIONS.map((mutation) => ({ mutation, counterSteps: beyond })), { mutation: 'counter-ahead', counterSteps: Math.min(5, lookAhead) }];
}

export function semanticMutationArbitrary(constraints: SemanticMutationConstraints = {}): fc.Arbitrary<SemanticCase> {
  const lookAhead = lookAheadOf('semanticMutationArbitrary', constraints);
  return fc.record({
    mutation: fc.constantFrom(...SEMANTIC_MUTATIONS),
    // Both sides of the look-ahead window; shrinking walks down to its edge.
    counterSteps: fc.integer({ min: 1, max: 2 * lookAhead }),
  });
}
