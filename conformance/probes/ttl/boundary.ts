import type { CheckDefinition } from '../check.ts';
import { outcomeProblems, type JudgedObservation } from '../outcome.ts';

export const ttlBoundary: CheckDefinition<JudgedObservation> = {
  id: 'ttl/boundary',
  title: 'A signature is accepted up to its TTL and refused after it',
  family: 'ttl',
  requirementIds: ['SCA-TTL-001', 'SCA-TTL-002'],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  run: outcomeProblems,
};
