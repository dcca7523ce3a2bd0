import type { CheckDefinition } from '../check.ts';
import { outcomeProblems, type JudgedObservation } from '../outcome.ts';

export const authOutcome: CheckDefinition<JudgedObservation> = {
  id: 'auth/outcome',
  title: 'Only a valid bearer token of the right kind reaches an operation',
  family: 'auth',
  requirementIds: ['SCA-AUTH-002', 'SCA-AUTH-003', 'SCA-AUTH-004', 'SCA-AUTH-005', 'SCA-AUTH-006'],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  run: outcomeProblems,
};
