import type { CheckDefinition } from '../check.ts';
import { outcomeJudgement, outcomeProblems } from '../outcome.ts';
import { judgeFor } from '../sca-case.ts';
import type { ScaObservation } from '../sca-observation.ts';

// The answer to the case's headers is the decision table's row for its facts (or a reading the
// sources document for a disputed row of the profile).
export const headerMatrixOutcome: CheckDefinition<ScaObservation> = {
  id: 'header-matrix/outcome',
  title: 'SCA headers decide the answer as the decision table says',
  family: 'header-matrix',
  requirementIds: [
    'SCA-HDR-001', 'SCA-HDR-002', 'SCA-HDR-003', 'SCA-HDR-004', 'SCA-HDR-005', 'SCA-HDR-006', 'SCA-HDR-008', 'SCA-HDR-011',
    'SCA-HDR-012', 'SCA-BYP-001', 'SCA-BYP-004', 'SCA-BYP-005', 'SCA-PUSH-004', 'SCA-PUSH-005', 'SCA-ERR-008',
    'SCA-ERR-009', 'SCA-SIG-012', 'SCA-SIG-016', 'SCA-DEV-011', 'SCA-DEV-012',
  ],
  severity: 'major',
  needs: ['sca-semantics', 'control'],
  run: (observation, judge) => {
    const prediction = judgeFor(judge, observation.scaCase);
    return outcomeJudgement(outcomeProblems(observation, prediction, judge), prediction);
  },
};
