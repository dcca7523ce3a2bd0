import type { ErrorCode } from '../../../spec/errors/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { Observation } from '../check.ts';
import type { ProbeFamily } from '../family.ts';
import { errorCodeMapping } from './mapping.ts';
import { ERROR_SCENARIOS, type ErrorScenario } from './scenarios.ts';

// Every catalogue code a client can provoke, provoked once, documented vs observed.

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
  source: { kind: 'table', cases: () => ERROR_SCENARIOS.filter((scenario) => scenario.provoke !== undefined) },
  describe: (scenario) => ({ code: scenario.code, how: scenario.how }),
  execute: async (scenario, session) => {
    if (scenario.provoke === undefined) throw new Error(`error-codes: ${scenario.code} has no scenario`);
    const probe = await scenario.provoke(session);
    return { caseId: session.caseId, exchanges: session.exchanges, kind: 'error-code', code: scenario.code, operationId: scenario.operationId, how: scenario.how, probe };
  },
  checks: [errorCodeMapping],
};
