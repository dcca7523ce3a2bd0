import type { CheckDefinition } from '../check.ts';
import { outcomeJudgement, outcomeProblems } from '../outcome.ts';
import { judgeFor } from '../sca-case.ts';
import type { ScaObservation } from '../sca-observation.ts';

// The answer to a signature wrong in one respect (or right) is the decision table's row for its facts.
export const signatureSemanticsOutcome: CheckDefinition<ScaObservation> = {
  id: 'signature-semantics/outcome',
  title: 'A signature is accepted exactly when it is a fresh two-factor signature of this request by an active device of this end user',
  family: 'signature-semantics',
  requirementIds: [
    'SCA-SIG-001', 'SCA-SIG-004', 'SCA-SIG-007', 'SCA-SIG-008', 'SCA-SIG-009', 'SCA-SIG-011', 'SCA-SIG-014', 'SCA-SIG-015',
    'SCA-DEV-009', 'SCA-DEV-010', 'SCA-DEV-015', 'SCA-HDR-011', 'SCA-RSP-001',
  ],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  run: (observation, judge) => {
    const prediction = judgeFor(judge, observation.scaCase);
    return outcomeJudgement(outcomeProblems(observation, prediction, judge), prediction);
  },
};
