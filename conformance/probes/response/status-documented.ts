import { isErrorCode } from '../../../spec/errors/index.ts';
import { expectedStatusOf, WAITING_SCA_STATUS } from '../../../spec/expectations/index.ts';
import type { CheckDefinition, JudgeContext, Problem } from '../check.ts';
import { statusReading } from '../profile-readings.ts';
import { errorCodeOf } from '../session.ts';
import { documentedExchanges, requirementsOfAnswer, responseViolations, violationProblem, type DocumentedExchange } from './documented-exchanges.ts';

// The document lists the statuses of the default profile. Two are the target profile's to decide
// (D-PROFILE-2, D-OA-10): 202 "Waiting SCA", and the status of SCA_SIGNATURE_DOES_NOT_MATCH; the
// other documented status of the latter is an informational reading, not a failure.

/** The status is the profile's, not the document's: nothing to judge here. */
function declaredByProfile(entry: DocumentedExchange, code: string | undefined, judge: JudgeContext): boolean {
  const { status } = entry.exchange.response;
  if (judge.expect.waitingSca202 && status === WAITING_SCA_STATUS) return true;
  return code === 'SCA_SIGNATURE_DOES_NOT_MATCH' && status === expectedStatusOf(code, judge.expect);
}

export const responseStatusDocumented: CheckDefinition = {
  id: 'response/status-documented',
  title: 'Every answer has a status the OpenAPI document gives the operation',
  family: 'response',
  requirementIds: ['SCA-RSP-001', 'SCA-RSP-005', 'SCA-ERR-001'],
  severity: 'major',
  needs: ['schema'],
  crossCutting: true,
  // The OpenAPI document, not the decision table, is what this check holds answers to.
  run: (observation, judge) => ({
    rows: [],
    problems: documentedExchanges(observation).flatMap((entry): Problem[] => {
      const code = errorCodeOf(entry.exchange, judge.errorCodePointers);
      if (declaredByProfile(entry, code, judge)) return [];
      const violations = responseViolations(entry).filter((violation) => violation.rule === 'undocumented-status');
      const problems = violationProblem(entry, violations, requirementsOfAnswer(entry, isErrorCode(code) ? code : undefined));
      const reading = isErrorCode(code) ? statusReading(code, entry.exchange.response.status, judge.expect) : undefined;
      return reading === undefined ? problems : problems.map((problem) => ({ ...problem, informational: reading, severity: 'minor' }));
    }),
  }),
};
