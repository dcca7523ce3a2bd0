import type { CheckDefinition } from '../check.ts';
import { outcomeProblems } from '../outcome.ts';
import type { GrammarObservation } from './family.ts';

export const signatureGrammarWellFormed: CheckDefinition<GrammarObservation> = {
  id: 'signature-grammar/well-formed-judged',
  title: 'A well-formed variant of a signature is read as the reference parser reads it',
  family: 'signature-grammar',
  requirementIds: ['SCA-SIG-005', 'SCA-SIG-006', 'SCA-SIG-009', 'SCA-SIG-007', 'SCA-SIG-014'],
  severity: 'major',
  needs: ['sca-semantics', 'control'],
  appliesTo: (observation) => observation.wellFormed,
  run: outcomeProblems,
};
