import type { CheckDefinition } from '../check.ts';
import { outcomeJudgement, outcomeProblems } from '../outcome.ts';
import { judgeFor } from '../sca-case.ts';
import type { ScaObservation } from '../sca-observation.ts';

// The answer to a bearer token of each kind is the decision table's row for it (the rest of the request is right).
export const authOutcome: CheckDefinition<ScaObservation> = {
  id: 'auth/outcome',
  title: 'Only a valid bearer token of the right kind reaches an operation',
  family: 'auth',
  requirementIds: ['SCA-AUTH-002', 'SCA-AUTH-003', 'SCA-AUTH-004', 'SCA-AUTH-005', 'SCA-AUTH-006'],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  run: (observation, judge) => {
    const prediction = judgeFor(judge, observation.scaCase);
    return outcomeJudgement(outcomeProblems(observation, prediction, judge), prediction);
  },
};
