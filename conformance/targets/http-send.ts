import { performance } from 'node:perf_hooks';
import { matchOperation, type OperationInfo } from '../../spec/openapi/index.ts';
import { displayUrl } from './display-url.ts';
import { TargetUnreachableError, type Exchange, type ProbeRequest, type ProbeResponse } from './target.ts';

// The one HTTP client every target sends through, control plane included, so a probe observes
// every target the same way. fetch normalises the request target as WHATWG URLs do (dot
// segments removed, spaces percent-encoded); the body goes out as the exact UTF-8 bytes given.

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface SendOptions {
  /** Per-request limit for the whole answer, body included; default DEFAULT_REQUEST_TIMEOUT_MS. */
  readonly timeoutMs?: number;
}

/** Sends one request to a fixed place; every target is one of these underneath. */
export type Transport = (request: ProbeRequest) => Promise<ProbeResponse>;

export type Send = (request: ProbeRequest) => Promise<Exchange>;

export function httpTransport(baseUrl: string, options: SendOptions = {}): Transport {
  return (request) => sendRequest(baseUrl, request, options);
}

/** A target's `send`: its exchanges name the documented operation they target. */
export function createSend(transport: Transport, operations: readonly OperationInfo[]): Send {
  return async (request) => {
    const response = await transport(request);
    const operationId = matchOperation(operations, request.method, request.target)?.operation.operationId;
    return operationId === undefined ? { request, response } : { request, response, operationId };
  };
}

/** Sends one request; any HTTP status is an answer, only a missing answer throws. */
export async function sendRequest(baseUrl: string, request: ProbeRequest, options: SendOptions = {}): Promise<ProbeResponse> {
  const url = `${baseUrl.replace(/\/+$/, '')}${request.target}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: request.method,
      headers: request.headers,
      // Bytes, not a string: fetch adds `content-type: text/plain` to a string body, and a probe
      // that leaves Content-Type out must reach the target without one.
      body: request.body === undefined ? undefined : Buffer.from(request.body, 'utf8'),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const bodyText = await response.text();
    const headers = lowerCaseHeaders(response.headers);
    const body = parseJsonBody(headers['content-type'], bodyText);
    const durationMs = performance.now() - started;
    return body === undefined
      ? { status: response.status, headers, bodyText, durationMs }
      : { status: response.status, headers, bodyText, body, durationMs };
  } catch (error) {
    throw toSendError(error, `${request.method} ${displayUrl(url)}`, timeoutMs);
  }
}

function lowerCaseHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {};
  // Headers yields lower-case names; repeated Set-Cookie come one by one, so join them here.
  headers.forEach((value, name) => {
    const previous = result[name];
    result[name] = previous === undefined ? value : `${previous}, ${value}`;
  });
  return result;
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function parseJsonBody(contentType: string | undefined, bodyText: string): unknown {
  if (contentType === undefined || !JSON_MEDIA_TYPE.test(contentType) || bodyText === '') return undefined;
  try {
    return JSON.parse(bodyText) as unknown;
  } catch {
    // Unparseable JSON is an observation for the checks (bodyText keeps it), not a send failure.
    return undefined;
  }
}

// undici codes for a request fetch refuses to build: the caller's mistake, not the target's.
const REQUEST_ERROR_CODES = new Set(['UND_ERR_INVALID_ARG', 'UND_ERR_NOT_SUPPORTED']);

function toSendError(error: unknown, where: string, timeoutMs: number): Error {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new TargetUnreachableError(where, `no answer within ${timeoutMs} ms`);
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause: unknown = error.cause;
    const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
    const reason = cause instanceof Error ? (code === undefined ? cause.message : `${code}: ${cause.message}`) : 'network error';
    if (code === undefined || !REQUEST_ERROR_CODES.has(code)) return new TargetUnreachableError(where, reason);
    return new Error(`cannot send ${where}: ${reason}`);
  }
  return new Error(`cannot send ${where}: ${requestErrorDetail(error)}`);
}

/** fetch quotes a rejected header value in its message, and a header value may be a secret. */
function requestErrorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.message.startsWith('Headers.') ? 'a header name or value fetch refuses (value not shown)' : error.message;
}
