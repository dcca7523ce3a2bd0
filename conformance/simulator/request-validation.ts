import type { IncomingHttpHeaders } from 'node:http';
import type { OperationInfo } from '../../spec/openapi/index.ts';
import type { OperationValidators, Violation } from '../../spec/validate/index.ts';
import { errorReply, type ErrorReply } from './reply.ts';

// Step 2 of docs/sca-evaluation-order.md. What is valid comes only from spec/validate (the
// OpenAPI document); this module decides the order of the answers: 415 for a content type the
// operation does not take; 400 for a body sent to an operation that takes none (so such an
// operation never answers the 413 it does not document); 413 for a body over the limit; then 400
// for malformed JSON or any schema violation (listed in `details`).

/** The largest request body read; anything longer answers 413 PAYLOAD_TOO_LARGE. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ReceivedRequest {
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: Buffer;
  /** The body was longer than MAX_BODY_BYTES (and `rawBody` is not all of it). */
  readonly bodyTooLarge: boolean;
  /** The body parsed as JSON; undefined when none was sent or it was too large. */
  readonly json: ParsedJson | undefined;
}

export type ParsedJson = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

export type ValidationOutcome = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly reply: ErrorReply };

export function validateOperationRequest(
  validators: OperationValidators,
  operation: OperationInfo,
  request: ReceivedRequest,
): ValidationOutcome {
  const bodySent = request.rawBody.length > 0 || request.bodyTooLarge;
  const parsed = request.json;
  // A body that is not JSON still goes to the validator (as text) so it can judge its content type.
  const body = !bodySent ? undefined : parsed?.ok === true ? parsed.value : request.rawBody.toString('utf8');
  const contentType = request.headers['content-type'];
  const violations = validators.validateRequest(operation.operationId, {
    pathParams: { ...request.pathParams },
    query: queryRecord(request.query),
    headers: request.headers,
    ...(body === undefined ? {} : { body }),
    ...(contentType === undefined ? {} : { contentType }),
  });
  if (violations.some((violation) => violation.location === 'content-type')) {
    return refuse('UNSUPPORTED_MEDIA_TYPE', [contentType ?? '(none)'], violations);
  }
  const bodyNotAllowed = violations.filter((violation) => violation.rule === 'body-not-allowed');
  if (bodyNotAllowed.length > 0) return refuse('ERROR_REQUEST', [], bodyNotAllowed);
  if (request.bodyTooLarge) return refuse('PAYLOAD_TOO_LARGE', [String(MAX_BODY_BYTES)]);
  if (parsed?.ok === false) {
    return refuse('ERROR_REQUEST', [], [{ location: 'body', pointer: '/body', rule: 'json', message: `body: ${parsed.message}` }]);
  }
  if (violations.length > 0) return refuse('ERROR_REQUEST', [], violations);
  return { ok: true, body };
}

/** Parses a body that was received whole; undefined when there is none to parse. */
export function parseJsonBody(rawBody: Buffer, bodyTooLarge: boolean): ParsedJson | undefined {
  if (rawBody.length === 0 || bodyTooLarge) return undefined;
  try {
    return { ok: true, value: JSON.parse(rawBody.toString('utf8')) as unknown };
  } catch {
    // The parser's own message quotes the body, which may hold secrets: say only what is wrong.
    return { ok: false, message: 'not valid JSON' };
  }
}

function queryRecord(query: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(query.keys())) {
    const values = query.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return record;
}

function refuse(
  code: 'UNSUPPORTED_MEDIA_TYPE' | 'PAYLOAD_TOO_LARGE' | 'ERROR_REQUEST',
  args: readonly string[],
  details?: readonly (Violation | { location: string; pointer: string; rule: string; message: string })[],
): ValidationOutcome {
  return { ok: false, reply: { ...errorReply(code, ...args), ...(details === undefined ? {} : { details }) } };
}
