import { ERROR_CATALOGUE } from '../../../spec/errors/index.ts';
import { expectedStatusOf } from '../../../spec/expectations/index.ts';
import { requirementsFor, type RequirementId } from '../../../spec/requirements/index.ts';
import type { CheckDefinition } from '../check.ts';
import { describeAnswer } from '../outcome.ts';
import { statusReading } from '../profile-readings.ts';
import { predictFor } from '../sca-case.ts';
import { errorCodeOf } from '../session.ts';
import type { ErrorCodeObservation } from './observation.ts';
import { ERROR_SCENARIOS } from './scenarios.ts';

export const errorCodeMapping: CheckDefinition<ErrorCodeObservation> = {
  id: 'error-codes/mapping',
  title: "Each provoked error answers its catalogue code with the catalogue's status (or the profile's, where a row decides it)",
  family: 'error-codes',
  // What a finding can name: the requirements of every code a scenario provokes, and the body/label ones.
  requirementIds: [...new Set<RequirementId>(['SCA-ERR-001', 'SCA-ERR-002', ...ERROR_SCENARIOS.filter((scenario) => scenario.provoke !== undefined).flatMap((scenario) => requirementsFor(scenario.code))])],
  severity: 'major',
  needs: ['sca-semantics', 'control'],
  run: ({ code, probe, operationId, scaCase }, judge) => {
    // The catalogue says what the code answers; where the scenario states its facts, the decision
    // row that gives this code is reached (scenarios.test.ts holds the two in agreement).
    const rows = scaCase === undefined ? [] : [predictFor(judge, scaCase).rule];
    const definition = ERROR_CATALOGUE[code];
    // The catalogue's status, or the one the target profile declares where the sources disagree.
    const status = expectedStatusOf(code, judge.expect);
    const observedCode = errorCodeOf(probe, judge.errorCodePointers);
    if (probe.response.status === status && observedCode === code) return { problems: [], rows };
    const requirementIds = [
      ...requirementsFor(code),
      ...(observedCode === undefined && probe.response.status >= 400 ? (['SCA-ERR-001'] as const) : []),
      ...('labelContradicts' in definition && probe.response.status !== status ? (['SCA-ERR-002'] as const) : []),
    ];
    const message = `Expected: ${status} ${code} (seed label "${definition.seedLabel}")\nReceived: ${describeAnswer(probe, judge)}`;
    const reading = observedCode === code ? statusReading(code, probe.response.status, judge.expect) : undefined;
    const problem = {
      message,
      requirementIds,
      ...(operationId === null ? {} : { operationId }),
      rule: code,
      evidence: [probe],
      ...(reading === undefined ? {} : { informational: reading, severity: 'minor' as const }),
    };
    return { problems: [problem], rows };
  },
};
