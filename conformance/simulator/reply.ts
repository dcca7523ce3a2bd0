import { ERROR_CATALOGUE, errorBody, type ErrorCode, type ErrorDetail } from '../../spec/errors/index.ts';
import type { DefectSet } from './defects.ts';

// What a handler decides, before it becomes HTTP. Errors stay symbolic (a catalogue code) until
// rendered, so the status always comes from ERROR_CATALOGUE and the two error-shape defects have
// one place to act.

export type Reply = JsonReply | EmptyReply | ErrorReply;

export interface JsonReply {
  readonly kind: 'json';
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface EmptyReply {
  readonly kind: 'empty';
  readonly status: number;
}

export interface ErrorReply {
  readonly kind: 'error';
  readonly code: ErrorCode;
  readonly args: readonly string[];
  /**
   * Extra explanation for the caller, e.g. the schema violations of an ERROR_REQUEST: vendor
   * `ErrorDetail`s, or spec/validate violations and `{message}` notes, which rendering converts.
   */
  readonly details?: readonly unknown[];
  /** Overrides the catalogue's status: an injected fault that asks for another one, or the profile's signatureMismatchStatus. */
  readonly status?: number;
}

export interface RenderedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly bodyText: string;
}

export function jsonReply(status: number, body: unknown, headers?: Readonly<Record<string, string>>): JsonReply {
  return headers === undefined ? { kind: 'json', status, body } : { kind: 'json', status, body, headers };
}

export function emptyReply(status: number): EmptyReply {
  return { kind: 'empty', status };
}

export function errorReply(code: ErrorCode, ...args: readonly string[]): ErrorReply {
  return { kind: 'error', code, args };
}

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** `nowMs`: the simulator clock, for the error body's timestamp. */
export function renderReply(reply: Reply, defects: DefectSet, nowMs: number = Date.now()): RenderedResponse {
  switch (reply.kind) {
    case 'json':
      return {
        status: reply.status,
        headers: { 'content-type': JSON_CONTENT_TYPE, ...reply.headers },
        bodyText: JSON.stringify(reply.body),
      };
    case 'empty':
      return { status: reply.status, headers: {}, bodyText: '' };
    case 'error':
      return renderError(reply, defects, nowMs);
  }
}

function renderError(reply: ErrorReply, defects: DefectSet, nowMs: number): RenderedResponse {
  const { code } = reply;
  // Defect `wrongStatusForScaRequired`: the one place SCA_REQUIRED gets its status.
  const status =
    reply.status ?? (code === 'SCA_REQUIRED' && defects.has('wrongStatusForScaRequired') ? 400 : ERROR_CATALOGUE[code].status);
  const details = reply.details?.map(toErrorDetail);
  const { errorCode, ...rest } = errorBody(code, { args: reply.args, status, nowMs, ...(details === undefined ? {} : { details }) });
  // Defect `missingErrorCode`: the one place error bodies are shaped.
  const body = defects.has('missingErrorCode') ? rest : { errorCode, ...rest };
  const headers: Record<string, string> = { 'content-type': JSON_CONTENT_TYPE };
  // RFC 6750: a 401 for a bearer-protected resource names the scheme it expects.
  if (code === 'UNAUTHORIZED') headers['www-authenticate'] = 'Bearer';
  return { status, headers, bodyText: JSON.stringify(body) };
}

/**
 * Producers keep their own detail shapes (spec/validate violations `{pointer, actual, message}`,
 * signature grammar errors `{code, message}`, plain notes `{message}`); the body always carries the
 * vendor's `{field, rejectedValue, message}`. `actual` is already redacted by spec/validate.
 */
export function toErrorDetail(detail: unknown): ErrorDetail {
  const record: Record<string, unknown> = detail !== null && typeof detail === 'object' ? (detail as Record<string, unknown>) : {};
  const text = (key: string): string | undefined => (typeof record[key] === 'string' ? record[key] : undefined);
  const pointer = text('pointer');
  const field = text('field') ?? (pointer === undefined ? undefined : fieldOfPointer(pointer)) ?? text('location') ?? '';
  const rejectedValue = 'rejectedValue' in record ? record.rejectedValue : (text('actual') ?? null);
  const message = text('message') ?? (typeof detail === 'string' ? detail : JSON.stringify(detail));
  return { field, rejectedValue, message };
}

/** `/body/rules/0/type` -> `rules[0].type`; `/headers/linkcy-sca-strategy` -> `linkcy-sca-strategy`. */
function fieldOfPointer(pointer: string): string {
  const [, , ...segments] = pointer.split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  return segments.reduce((field, segment) => (/^\d+$/.test(segment) ? `${field}[${segment}]` : field === '' ? segment : `${field}.${segment}`), '');
}
