import { matchOperation } from '../../../spec/openapi/index.ts';
import type { RequestCheck } from './check.ts';

// SCA-CLI-010: the request as the OpenAPI document describes it. Secrets were redacted before
// the judge saw them; a redacted string is still a string, so only their formats are not judged.

export const requestSchema: RequestCheck = {
  kind: 'request',
  id: 'request-schema',
  title: 'The request is valid against the OpenAPI request schema',
  requirementId: 'SCA-CLI-010',
  judge(exchange, _earlier, { operations, validators }) {
    if (exchange.operationId === null) return [];
    const match = matchOperation([...operations.values()], exchange.method, exchange.target);
    if (match === undefined) return [];
    const url = new URL(exchange.target, 'http://judge.invalid');
    const query: Record<string, string | string[]> = {};
    for (const [name, value] of url.searchParams) {
      const previous = query[name];
      query[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
    let body: unknown;
    if (exchange.requestBody !== '') {
      try {
        body = JSON.parse(exchange.requestBody);
      } catch {
        body = exchange.requestBody;
      }
    }
    return validators
      .validateRequest(exchange.operationId, { pathParams: { ...match.pathParams }, query, headers: exchange.requestHeaders, ...(body === undefined ? {} : { body }) })
      // A redacted secret no longer has its format; the redaction is the suite's, not the client's.
      .filter((violation) => !violation.actual.includes('[REDACTED'))
      .map((violation) => violation.message);
  },
};
