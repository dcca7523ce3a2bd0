import { isErrorCode } from '../../../spec/errors/index.ts';
import type { CheckDefinition } from '../check.ts';
import { errorCodeOf } from '../session.ts';
import { documentedExchanges, requirementsOfAnswer, responseViolations, violationProblem } from './documented-exchanges.ts';

export const responseStatusDocumented: CheckDefinition = {
  id: 'response/status-documented',
  title: 'Every answer has a status the OpenAPI document gives the operation',
  family: 'response',
  requirementIds: ['SCA-RSP-001', 'SCA-RSP-005', 'SCA-ERR-001'],
  severity: 'major',
  needs: ['schema'],
  crossCutting: true,
  run: (observation, judge) =>
    documentedExchanges(observation).flatMap((entry) => {
      const violations = responseViolations(entry).filter((violation) => violation.rule === 'undocumented-status');
      const code = errorCodeOf(entry.exchange, judge.errorCodePointers);
      return violationProblem(entry, violations, requirementsOfAnswer(entry, isErrorCode(code) ? code : undefined));
    }),
};
