import type { ProbeFamily } from '../family.ts';
import { signatureFactsOf } from '../fixtures/requests.ts';
import { scaCaseFor } from '../sca-case.ts';
import type { ScaObservation } from '../sca-observation.ts';
import { semanticArbitrary, semanticExamples, type SemanticOperationCase } from './cases.ts';
import { playMutation } from './play.ts';

// Well-formed signatures that are wrong in one respect (device, PIN, data, counter, factors,
// application), and correct ones, on every SCA-eligible operation: does the target verify what
// PowerAuth verifies?

export const signatureSemanticsFamily: ProbeFamily<SemanticOperationCase, ScaObservation> = {
  id: 'signature-semantics',
  title: 'Signature semantics: device, PIN, signed data, counter, factors, application key',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'property', arbitrary: semanticArbitrary, examples: semanticExamples },
  describe: (testCase) => (testCase.mutation === 'counter-ahead' ? testCase : { mutation: testCase.mutation, operationId: testCase.operationId }),
  execute: async (testCase, session) => {
    const { scene, planned, probe, type, facts } = await playMutation(session, testCase);
    const scaCase = scaCaseFor(session.context, scene, {
      operationId: planned.operationId,
      strategy: 'DATA_SIGNING',
      signature: { present: true, wellFormed: true, facts: signatureFactsOf(session.context, type, facts) },
    });
    return { caseId: session.caseId, exchanges: session.exchanges, operationId: planned.operationId, probe, scaCase };
  },
};
