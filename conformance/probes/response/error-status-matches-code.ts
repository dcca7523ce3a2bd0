import { ERROR_CATALOGUE, ERROR_CODES, isErrorCode } from '../../../spec/errors/index.ts';
import { expectedStatusOf } from '../../../spec/expectations/index.ts';
import { requirementsFor } from '../../../spec/requirements/index.ts';
import type { CheckDefinition } from '../check.ts';
import { statusReading } from '../profile-readings.ts';
import { errorCodeOf } from '../session.ts';
import { documentedExchanges } from './documented-exchanges.ts';

export const responseErrorStatusMatchesCode: CheckDefinition = {
  id: 'response/error-status-matches-code',
  title: "Every error answer's status is its code's catalogue status",
  family: 'response',
  // A wrong status breaks whatever requirement names the code: all of those, and the label one.
  requirementIds: ['SCA-ERR-002', ...ERROR_CODES.flatMap((code) => requirementsFor(code)).filter((id, index, all) => id !== 'SCA-ERR-002' && all.indexOf(id) === index)],
  severity: 'major',
  needs: ['schema'],
  crossCutting: true,
  // The OpenAPI document, not the decision table, is what this check holds answers to.
  run: (observation, judge) => ({
    rows: [],
    problems: documentedExchanges(observation).flatMap(({ exchange, operationId }) => {
      const code = errorCodeOf(exchange, judge.errorCodePointers);
      if (!isErrorCode(code)) return [];
      // The catalogue's status, or the one the target profile declares where the sources disagree.
      const status = expectedStatusOf(code, judge.expect);
      if (status === exchange.response.status) return [];
      const definition = ERROR_CATALOGUE[code];
      const reading = statusReading(code, exchange.response.status, judge.expect);
      return [
        {
          message: `Expected: ${status} for ${code} (seed label "${definition.seedLabel}")\nReceived: ${exchange.response.status} ${code}`,
          requirementIds: [...requirementsFor(code), ...('labelContradicts' in definition ? (['SCA-ERR-002'] as const) : [])],
          operationId,
          rule: code,
          evidence: [exchange],
          ...(reading === undefined ? {} : { informational: reading, severity: 'minor' as const }),
        },
      ];
    }),
  }),
};
