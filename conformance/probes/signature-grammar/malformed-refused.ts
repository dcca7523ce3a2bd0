import type { CheckDefinition } from '../check.ts';
import { outcomeProblems } from '../outcome.ts';
import type { GrammarObservation } from './family.ts';

export const signatureGrammarMalformed: CheckDefinition<GrammarObservation> = {
  id: 'signature-grammar/malformed-refused',
  title: 'A Linkcy-SCA-Signature outside the PowerAuth grammar gets 409 SCA_SIGNATURE_FORMAT_INVALID',
  family: 'signature-grammar',
  requirementIds: ['SCA-SIG-005', 'SCA-SIG-006', 'SCA-SIG-013'],
  severity: 'major',
  needs: ['sca-semantics', 'control'],
  appliesTo: (observation) => !observation.wellFormed,
  run: outcomeProblems,
};
