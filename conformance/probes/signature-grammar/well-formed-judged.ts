import type { CheckDefinition } from '../check.ts';
import { outcomeJudgement, outcomeProblems } from '../outcome.ts';
import { judgeFor } from '../sca-case.ts';
import type { GrammarObservation } from './observation.ts';

// A well-formed variant is held to the model's row for what it still says (the fields the mutation changed).
export const signatureGrammarWellFormed: CheckDefinition<GrammarObservation> = {
  id: 'signature-grammar/well-formed-judged',
  title: 'A well-formed variant of a signature is read as the reference parser reads it',
  family: 'signature-grammar',
  requirementIds: ['SCA-SIG-005', 'SCA-SIG-006', 'SCA-SIG-009', 'SCA-SIG-007', 'SCA-SIG-014'],
  severity: 'major',
  needs: ['sca-semantics', 'control'],
  appliesTo: (observation) => observation.wellFormed,
  run: (observation, judge) => {
    const prediction = judgeFor(judge, observation.scaCase);
    return outcomeJudgement(outcomeProblems(observation, prediction, judge), prediction);
  },
};
