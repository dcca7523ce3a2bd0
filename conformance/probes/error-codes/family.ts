import type { ErrorCode } from '../../../spec/errors/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { Observation } from '../check.ts';
import type { ProbeFamily } from '../family.ts';
import { errorCodeMapping } from './mapping.ts';
import { errorScenarioCases, type ErrorScenario } from './scenarios.ts';

// Every catalogue code a client can provoke, documented vs observed: the codes of the SCA headers on
// every SCA-eligible operation that answers them under the target's profile, the others once.

export interface ErrorCodeObservation extends Observation {
  readonly kind: 'error-code';
  readonly code: ErrorCode;
  readonly operationId: OperationId | null;
  readonly how: string;
  readonly probe: Exchange;
}

export const errorCodesFamily: ProbeFamily<ErrorScenario, ErrorCodeObservation> = {
  id: 'error-codes',
  title: 'Error-code mapping: every catalogue code provoked, documented vs observed status and code',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'table', cases: errorScenarioCases },
  describe: (scenario) => ({ code: scenario.code, how: scenario.how, operationId: scenario.operationId }),
  execute: async (scenario, session) => {
    if (scenario.provoke === undefined) throw new Error(`error-codes: ${scenario.code} has no scenario`);
    const probe = await scenario.provoke(session);
    return { caseId: session.caseId, exchanges: session.exchanges, kind: 'error-code', code: scenario.code, operationId: scenario.operationId, how: scenario.how, probe };
  },
  checks: [errorCodeMapping],
};
