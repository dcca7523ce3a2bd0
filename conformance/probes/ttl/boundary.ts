import type { Expectation } from '../../../spec/expectations/index.ts';
import type { CheckDefinition } from '../check.ts';
import { outcomeJudgement, outcomeProblems } from '../outcome.ts';
import { profileAlternatives } from '../profile-readings.ts';
import { predictFor } from '../sca-case.ts';
import type { AgeBracket, TtlObservation } from './observation.ts';

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

export const ttlBoundary: CheckDefinition<TtlObservation> = {
  id: 'ttl/boundary',
  title: 'A signature is accepted up to its TTL and refused after it',
  family: 'ttl',
  requirementIds: ['SCA-TTL-001', 'SCA-TTL-002'],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  run: (observation, judge) => {
    const { scaCase, ages, clockFrozen } = observation;
    const expectations = boundaryExpectations(ages, clockFrozen, (ageMs) => predictFor(judge, { ...scaCase, ageMs }));
    const alternatives = expectations.flatMap((expectation) => profileAlternatives(judge, scaCase, expectation));
    const prediction = { expectations, alternatives };
    return outcomeJudgement(outcomeProblems(observation, prediction, judge), prediction);
  },
};
