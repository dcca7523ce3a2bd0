import type { CheckDefinition } from '../check.ts';
import { documentedExchanges, requirementsOfAnswer, responseViolations, violationProblem } from './documented-exchanges.ts';

const MEDIA_RULES = new Set(['content-type', 'body-required', 'body-not-allowed']);

export const responseContentType: CheckDefinition = {
  id: 'response/content-type',
  title: 'Every answer has a body exactly where documented, in a documented media type',
  family: 'response',
  requirementIds: ['SCA-RSP-003', 'SCA-RSP-004', 'SCA-ERR-001'],
  severity: 'minor',
  needs: ['schema'],
  crossCutting: true,
  run: (observation) =>
    documentedExchanges(observation).flatMap((entry) => {
      const violations = responseViolations(entry).filter((violation) => MEDIA_RULES.has(violation.rule));
      return violationProblem(entry, violations, requirementsOfAnswer(entry, undefined));
    }),
};
