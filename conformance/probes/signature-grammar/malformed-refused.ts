import type { CheckDefinition } from '../check.ts';
import { outcomeJudgement, outcomeProblems } from '../outcome.ts';
import { judgeFor } from '../sca-case.ts';
import type { GrammarObservation } from './observation.ts';

// The model decides a malformed signature at its grammar row (the profile's malformedSignatureCode).
export const signatureGrammarMalformed: CheckDefinition<GrammarObservation> = {
  id: 'signature-grammar/malformed-refused',
  title: 'A Linkcy-SCA-Signature outside the PowerAuth grammar gets 409 SCA_SIGNATURE_FORMAT_INVALID',
  family: 'signature-grammar',
  requirementIds: ['SCA-SIG-005', 'SCA-SIG-006', 'SCA-SIG-013'],
  severity: 'major',
  needs: ['sca-semantics', 'control'],
  appliesTo: (observation) => !observation.wellFormed,
  run: (observation, judge) => {
    const prediction = judgeFor(judge, observation.scaCase);
    return outcomeJudgement(outcomeProblems(observation, prediction, judge), prediction);
  },
};
