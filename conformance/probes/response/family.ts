import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Observation } from '../check.ts';
import type { ProbeFamily } from '../family.ts';
import { responseCaseArbitrary, responseCases, type ResponseCase } from './cases.ts';
import { playResponseCase } from './requests.ts';

// Response conformance. Its checks are cross-cutting: they judge every exchange of every family
// that runs. The family's own cases make sure each operation's answers are met on any target.

export const responseFamily: ProbeFamily<ResponseCase, Observation & { readonly operationId: OperationId }> = {
  id: 'response',
  title: 'Response conformance: documented status, schema, content type, catalogue error codes',
  needs: ['schema'],
  source: { kind: 'property', arbitrary: responseCaseArbitrary, examples: responseCases },
  describe: (testCase) => testCase,
  execute: async (testCase, session) => {
    await playResponseCase(session, testCase);
    return { caseId: session.caseId, exchanges: session.exchanges, operationId: testCase.operationId };
  },
};
