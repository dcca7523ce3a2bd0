import { ERROR_CATALOGUE } from '../../../spec/errors/index.ts';
import { requirementsFor, type RequirementId } from '../../../spec/requirements/index.ts';
import type { CheckDefinition } from '../check.ts';
import { describeAnswer } from '../outcome.ts';
import { errorCodeOf } from '../session.ts';
import type { ErrorCodeObservation } from './family.ts';
import { ERROR_SCENARIOS } from './scenarios.ts';

export const errorCodeMapping: CheckDefinition<ErrorCodeObservation> = {
  id: 'error-codes/mapping',
  title: 'Each provoked error answers its catalogue status and code',
  family: 'error-codes',
  // What a finding can name: the requirements of every code a scenario provokes, and the body/label ones.
  requirementIds: [...new Set<RequirementId>(['SCA-ERR-001', 'SCA-ERR-002', ...ERROR_SCENARIOS.filter((scenario) => scenario.provoke !== undefined).flatMap((scenario) => requirementsFor(scenario.code))])],
  severity: 'major',
  needs: ['sca-semantics', 'control'],
  run: ({ code, probe, operationId }, judge) => {
    const definition = ERROR_CATALOGUE[code];
    const observedCode = errorCodeOf(probe, judge.errorCodePointers);
    if (probe.response.status === definition.status && observedCode === code) return [];
    const requirementIds = [
      ...requirementsFor(code),
      ...(observedCode === undefined && probe.response.status >= 400 ? (['SCA-ERR-001'] as const) : []),
      ...('labelContradicts' in definition && probe.response.status !== definition.status ? (['SCA-ERR-002'] as const) : []),
    ];
    return [
      {
        message: `Expected: ${definition.status} ${code} (seed label "${definition.seedLabel}")\nReceived: ${describeAnswer(probe, judge)}`,
        requirementIds,
        ...(operationId === null ? {} : { operationId }),
        rule: code,
        evidence: [probe],
      },
    ];
  },
};
