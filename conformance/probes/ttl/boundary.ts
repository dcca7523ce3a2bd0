import type { Expectation } from '../../../spec/expectations/index.ts';
import type { CheckDefinition } from '../check.ts';
import { outcomeProblems, type JudgedObservation } from '../outcome.ts';

/** The signature's age at the target: its clock just after the probe moved it, and after the answer. */
export interface AgeBracket {
  readonly low: number;
  readonly high: number;
}

/**
 * What a TTL case accepts. A frozen clock (ProbeContext.clockFrozen) makes the age the probe set
 * the age the target saw, so only the verdict at that age conforms: at exactly the TTL the
 * signature must be accepted. Only a clock that runs on (a URL or proxy target whose simulator
 * is not on a manual clock) leaves the bracket open, and then either verdict inside it conforms.
 */
export function boundaryExpectations(ages: AgeBracket, clockFrozen: boolean, predictAt: (ageMs: number) => Expectation): Expectation[] {
  const low = predictAt(ages.low);
  if (clockFrozen) return [low];
  const high = predictAt(ages.high);
  return low.rule === high.rule ? [low] : [low, high];
}

export const ttlBoundary: CheckDefinition<JudgedObservation> = {
  id: 'ttl/boundary',
  title: 'A signature is accepted up to its TTL and refused after it',
  family: 'ttl',
  requirementIds: ['SCA-TTL-001', 'SCA-TTL-002'],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  run: outcomeProblems,
};
