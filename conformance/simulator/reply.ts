import { ERROR_CATALOGUE, errorBody, type ErrorCode } from '../../spec/errors/index.ts';
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
  /** Extra explanation for the caller, e.g. the schema violations of an ERROR_REQUEST. */
  readonly details?: unknown;
  /** Overrides the catalogue's status: only for an injected fault that asks for another one. */
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

export function renderReply(reply: Reply, defects: DefectSet): RenderedResponse {
  switch (reply.kind) {
    case 'json': {
      const headers: Record<string, string> = { 'content-type': JSON_CONTENT_TYPE };
      if (reply.headers !== undefined) Object.assign(headers, reply.headers);
      return { status: reply.status, headers, bodyText: JSON.stringify(reply.body) };
    }
    case 'empty':
      return { status: reply.status, headers: {}, bodyText: '' };
    case 'error':
      return renderError(reply, defects);
  }
}

function renderError(reply: ErrorReply, defects: DefectSet): RenderedResponse {
  const { code, message } = errorBody(reply.code, ...reply.args);
  // Defect `wrongStatusForScaRequired`: the one place SCA_REQUIRED gets its status.
  const status =
    reply.status ?? (code === 'SCA_REQUIRED' && defects.has('wrongStatusForScaRequired') ? 400 : ERROR_CATALOGUE[code].status);
  // Defect `missingErrorCode`: the one place error bodies are shaped.
  const body = {
    ...(defects.has('missingErrorCode') ? {} : { code }),
    message,
    ...(reply.details === undefined ? {} : { details: reply.details }),
  };
  const headers: Record<string, string> = { 'content-type': JSON_CONTENT_TYPE };
  // RFC 6750: a 401 for a bearer-protected resource names the scheme it expects.
  if (code === 'UNAUTHORIZED') headers['www-authenticate'] = 'Bearer';
  return { status, headers, bodyText: JSON.stringify(body) };
}
