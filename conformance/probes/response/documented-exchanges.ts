import type { ErrorCode } from '../../../spec/errors/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import { requirementsFor, SUCCESS_REQUIREMENTS, type RequirementId } from '../../../spec/requirements/index.ts';
import type { HttpResponseShape, Violation } from '../../../spec/validate/index.ts';
import { getDefaultValidators } from '../../../spec/validate/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { Observation, Problem } from '../check.ts';

// What the response checks share: every exchange of a documented operation, its response as the
// validators read it, and which requirements a wrong answer breaks.

export interface DocumentedExchange {
  readonly exchange: Exchange;
  readonly operationId: OperationId;
}

/** Exchanges of documented operations; harness traffic (control plane, PowerAuth exchange) has none. */
export function documentedExchanges(observation: Observation): DocumentedExchange[] {
  return observation.exchanges.flatMap((exchange) => (exchange.operationId === undefined ? [] : [{ exchange, operationId: exchange.operationId }]));
}

export function responseShape(exchange: Exchange): HttpResponseShape {
  const { response } = exchange;
  // A body that is not JSON is still a body: the validators must see it to report its type.
  const body = response.body ?? (response.bodyText === '' ? undefined : response.bodyText);
  const contentType = response.headers['content-type'];
  return { status: response.status, headers: response.headers, ...(body === undefined ? {} : { body }), ...(contentType === undefined ? {} : { contentType }) };
}

export function responseViolations(entry: DocumentedExchange): Violation[] {
  return getDefaultValidators().validateResponse(entry.operationId, responseShape(entry.exchange));
}

/** Success answers break the operation's response requirement; error answers the error-body one. */
export function requirementsOfAnswer(entry: DocumentedExchange, code: ErrorCode | undefined): RequirementId[] {
  // A success answer stands on the operation's documented shape (spec/requirements, per operation).
  if (entry.exchange.response.status < 400) return [...SUCCESS_REQUIREMENTS[entry.operationId]];
  return ['SCA-ERR-001', ...(code === undefined ? [] : requirementsFor(code))];
}

/** One problem per exchange listing its violations, keyed by the rules and pointers broken. */
export function violationProblem(entry: DocumentedExchange, violations: readonly Violation[], requirementIds: readonly RequirementId[]): Problem[] {
  if (violations.length === 0) return [];
  const { request, response } = entry.exchange;
  const lines = violations.map((violation) => `- ${violation.message}`);
  return [
    {
      message: `${request.method} ${request.target} answered ${response.status}:\n${lines.join('\n')}`,
      requirementIds,
      operationId: entry.operationId,
      rule: [...new Set(violations.map((violation) => `${violation.rule}@${violation.pointer}`))].sort().join(','),
      evidence: [entry.exchange],
    },
  ];
}
