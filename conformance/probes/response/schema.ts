import type { CheckDefinition } from '../check.ts';
import { documentedExchanges, requirementsOfAnswer, responseViolations, violationProblem } from './documented-exchanges.ts';

// Rules another response check owns: the status, and the media type (the body is not read then).
const NOT_SCHEMA = new Set(['undocumented-status', 'content-type', 'body-required', 'body-not-allowed']);

export const responseSchema: CheckDefinition = {
  id: 'response/schema',
  title: 'Every answer body and header matches the schema of its documented response',
  family: 'response',
  requirementIds: ['SCA-RSP-002', 'SCA-RSP-006', 'SCA-RSP-007', 'SCA-RSP-008', 'SCA-AUTH-007', 'SCA-DEV-004', 'SCA-ERR-001'],
  severity: 'major',
  needs: ['schema'],
  crossCutting: true,
  // The OpenAPI document, not the decision table, is what this check holds answers to.
  run: (observation) => ({
    rows: [],
    problems: documentedExchanges(observation).flatMap((entry) => {
      const violations = responseViolations(entry).filter((violation) => !NOT_SCHEMA.has(violation.rule));
      return violationProblem(entry, violations, requirementsOfAnswer(entry, undefined));
    }),
  }),
};
