import type { ProbeFamily } from '../family.ts';
import { buildErrorCodeMapping } from './mapping-table.ts';
import type { ErrorCodeObservation } from './observation.ts';
import { errorScenarioCases, type ErrorScenario } from './scenarios.ts';

// Every catalogue code a client can provoke, documented vs observed: the codes of the SCA headers on
// every SCA-eligible operation that answers them under the target's profile, the others once.

export const errorCodesFamily: ProbeFamily<ErrorScenario, ErrorCodeObservation> = {
  id: 'error-codes',
  title: 'Error-code mapping: every catalogue code provoked, documented vs observed status and code',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'table', cases: errorScenarioCases },
  describe: (scenario) => ({ code: scenario.code, how: scenario.how, operationId: scenario.operationId }),
  execute: async (scenario, session) => {
    if (scenario.provoke === undefined) throw new Error(`error-codes: ${scenario.code} has no scenario`);
    const probe = await scenario.provoke(session);
    return {
      caseId: session.caseId,
      exchanges: session.exchanges,
      code: scenario.code,
      operationId: scenario.operationId,
      how: scenario.how,
      probe,
      ...(scenario.scaCase === undefined ? {} : { scaCase: scenario.scaCase(session.context) }),
    };
  },
  summarize: (outcome, context) => ({ errorCodeMapping: buildErrorCodeMapping(outcome, context) }),
};
