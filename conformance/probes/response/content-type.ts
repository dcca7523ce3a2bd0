import type { Violation } from '../../../spec/validate/index.ts';
import type { CheckDefinition } from '../check.ts';
import { documentedExchanges, requirementsOfAnswer, responseViolations, violationProblem, type DocumentedExchange } from './documented-exchanges.ts';

const MEDIA_RULES = new Set(['content-type', 'body-required', 'body-not-allowed']);

export const responseContentType: CheckDefinition = {
  id: 'response/content-type',
  title: 'Every answer has a body exactly where documented, in a documented media type',
  family: 'response',
  requirementIds: ['SCA-RSP-003', 'SCA-RSP-004', 'SCA-ERR-001'],
  severity: 'minor',
  needs: ['schema'],
  crossCutting: true,
  // The OpenAPI document, not the decision table, is what this check holds answers to.
  run: (observation) => ({
    rows: [],
    problems: documentedExchanges(observation).flatMap((entry) => {
      const violations = responseViolations(entry).filter((violation) => MEDIA_RULES.has(violation.rule));
      return violationProblem(entry, [...violations, ...messageAnomalies(entry)], requirementsOfAnswer(entry, undefined));
    }),
  }),
};

/**
 * What the HTTP client noticed about the message itself: a repeated Content-Type leaves the media
 * type ambiguous, and a JSON or text body that is not valid UTF-8 is not in its media type.
 */
function messageAnomalies(entry: DocumentedExchange): Violation[] {
  return (entry.exchange.response.anomalies ?? []).map(({ rule, message }) => ({
    location: rule === 'utf-8' ? 'body' : 'header',
    pointer: rule === 'utf-8' ? '/body' : '/headers',
    rule,
    expected: rule === 'utf-8' ? 'valid UTF-8' : 'each singleton header once',
    actual: message,
    message,
  }));
}
