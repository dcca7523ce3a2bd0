import { isErrorCode } from '../../../spec/errors/index.ts';
import type { CheckDefinition } from '../check.ts';
import { errorCodeOf } from '../session.ts';
import { documentedExchanges } from './documented-exchanges.ts';

export const responseErrorCodeInCatalogue: CheckDefinition = {
  id: 'response/error-code-in-catalogue',
  title: 'Every error answer carries a code of the error catalogue',
  family: 'response',
  requirementIds: ['SCA-ERR-001'],
  severity: 'major',
  needs: ['schema'],
  crossCutting: true,
  // The OpenAPI document, not the decision table, is what this check holds answers to.
  run: (observation, judge) => ({
    rows: [],
    problems: documentedExchanges(observation).flatMap(({ exchange, operationId }) => {
      if (exchange.response.status < 400) return [];
      const code = errorCodeOf(exchange, judge.errorCodePointers);
      if (isErrorCode(code)) return [];
      return [
        {
          message: `Expected: an error body with a catalogue error code\nReceived: ${exchange.response.status} ${code === undefined ? 'with no code' : `with code ${JSON.stringify(code)}`}`,
          requirementIds: ['SCA-ERR-001'],
          operationId,
          rule: code === undefined ? 'code-missing' : 'code-unknown',
          evidence: [exchange],
        },
      ];
    }),
  }),
};
