import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { matchOperation, type OperationInfo } from '../../spec/openapi/index.ts';
import { displayUrl } from './display-url.ts';
import type { Exchange, ProbeRequest, ProbeResponse, ResponseAnomaly, Transport } from './exchange.ts';
import { TargetUnreachableError } from './target.ts';

// The one HTTP client every target sends through, control plane included, so a probe observes
// every target the same way. node:http with a keep-alive agent: fetch cost about four times the
// CPU per round trip (README, "Performance"). A conformance target is possibly broken by
// definition, so every answer is bounded: a per-request deadline for the whole answer, body
// included, a body size limit, and the run's abort signal. The request target is normalised as
// WHATWG URLs do (dot segments removed, spaces percent-encoded), as fetch did; the body goes out
// as the exact UTF-8 bytes given.

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Far above any documented LinkCy answer, far below what would strain a CI machine. */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Node's own limit on the header block of an answer (`--max-http-header-size`). */
const MAX_HEADER_BYTES = 16 * 1024;

/** What bounds one answer; the CLI's --request-timeout, --max-body and --run-timeout. */
export interface SendLimits {
  /** Per-request limit for the whole answer, body included; default DEFAULT_REQUEST_TIMEOUT_MS. */
  readonly requestTimeoutMs?: number;
  /** Answers with a longer body are abandoned; default DEFAULT_MAX_BODY_BYTES. */
  readonly maxBodyBytes?: number;
  /** The run's: aborting it ends every request in flight. */
  readonly signal?: AbortSignal;
}

export type Send = (request: ProbeRequest) => Promise<Exchange>;

export interface HttpClient {
  readonly transport: Transport;
  /** Closes the kept-alive connections. */
  close(): void;
}

/** A keep-alive client of one base URL. */
export function createHttpClient(baseUrl: string, limits: SendLimits = {}): HttpClient {
  const secure = baseUrl.startsWith('https:');
  // One connection per request in flight, reused after: probes send one request at a time.
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  return {
    transport: (request) => sendRequest(baseUrl, request, { ...limits, agent }),
    close: () => agent.destroy(),
  };
}

/** A target's `send`: its exchanges name the documented operation they target. */
export function createSend(transport: Transport, operations: readonly OperationInfo[]): Send {
  return async (request) => {
    const response = await transport(request);
    const operationId = matchOperation(operations, request.method, request.target)?.operation.operationId;
    return operationId === undefined ? { request, response } : { request, response, operationId };
  };
}

export interface SendOptions extends SendLimits {
  /** Default: a new connection, closed after the answer. */
  readonly agent?: HttpAgent;
}

/** Sends one request; any HTTP status is an answer, only a missing or unusable answer throws. */
export async function sendRequest(baseUrl: string, request: ProbeRequest, options: SendOptions = {}): Promise<ProbeResponse> {
  const url = requestUrl(baseUrl, request.target);
  const where = `${request.method} ${displayUrl(url.href)}`;
  try {
    return await exchangeOnce(url, request, options, where);
  } catch (error) {
    // A kept-alive connection the server closed while idle fails the next request before any
    // byte of answer: the request never reached the application, so it is sent once more.
    if (error instanceof StaleConnectionError) return exchangeOnce(url, request, options, where);
    throw error;
  }
}

function requestUrl(baseUrl: string, target: string): URL {
  return new URL(`${baseUrl.replace(/\/+$/, '')}${target}`);
}

class StaleConnectionError extends Error {}

function exchangeOnce(url: URL, request: ProbeRequest, options: SendOptions, where: string): Promise<ProbeResponse> {
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const started = performance.now();
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
  return new Promise<ProbeResponse>((resolve, reject) => {
    const signal = options.signal;
    if (signal?.aborted === true) return reject(signal.reason);
    let settled = false;
    let answer: IncomingMessage | undefined;
    let received = 0;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const fail = (error: Error): void => finish(() => reject(error));
    const unreachable = (reason: string): void => fail(new TargetUnreachableError(where, reason));

    const headers = outgoingHeaders(request, body);
    let outgoing: ReturnType<typeof httpRequest>;
    try {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      outgoing = send(url, { method: request.method, headers, agent: options.agent ?? false, maxHeaderSize: MAX_HEADER_BYTES });
    } catch (error) {
      return reject(new Error(`cannot send ${where}: ${requestErrorDetail(error)}`));
    }
    const timer = setTimeout(() => {
      unreachable(
        answer === undefined
          ? `no answer within ${timeoutMs} ms`
          : `answer incomplete after ${timeoutMs} ms: status ${answer.statusCode ?? '?'}, ${received} body bytes received`,
      );
      outgoing.destroy();
    }, timeoutMs);
    const onAbort = (): void => {
      fail(signal?.reason instanceof Error ? signal.reason : new Error('the run was aborted'));
      outgoing.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      if (answer === undefined && outgoing.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return fail(new StaleConnectionError(error.message));
      }
      unreachable(networkReason(error, answer, received));
    });
    outgoing.on('response', (incoming) => {
      answer = incoming;
      const declared = Number(incoming.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBodyBytes) {
        unreachable(`answer body of ${declared} bytes (Content-Length) is over the --max-body limit of ${maxBodyBytes} bytes; not read`);
        return void outgoing.destroy();
      }
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxBodyBytes) {
          unreachable(`answer body over the --max-body limit of ${maxBodyBytes} bytes; reading stopped`);
          return void outgoing.destroy();
        }
        chunks.push(chunk);
      });
      incoming.on('error', (error: NodeJS.ErrnoException) => unreachable(networkReason(error, answer, received)));
      incoming.on('close', () => {
        if (!incoming.complete) unreachable(midBodyReason(incoming, received));
      });
      incoming.on('end', () => {
        if (!incoming.complete) return unreachable(midBodyReason(incoming, received));
        finish(() => resolve(toProbeResponse(incoming, Buffer.concat(chunks, received), performance.now() - started)));
      });
    });
    try {
      if (body === undefined) outgoing.end();
      else outgoing.end(body);
    } catch (error) {
      fail(new Error(`cannot send ${where}: ${requestErrorDetail(error)}`));
      outgoing.destroy();
    }
  });
}

// fetch sent Content-Length: 0 for a POST or PUT without a body; node:http would otherwise
// announce a chunked body for them.
const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

function outgoingHeaders(request: ProbeRequest, body: Buffer | undefined): Record<string, string | number> {
  const headers: Record<string, string | number> = {};
  for (const name of Object.keys(request.headers)) headers[name] = request.headers[name] as string;
  const hasLength = Object.keys(headers).some((name) => name.toLowerCase() === 'content-length');
  if (!hasLength && (body !== undefined || METHODS_WITH_BODY.has(request.method.toUpperCase()))) headers['content-length'] = body?.length ?? 0;
  return headers;
}

function toProbeResponse(incoming: IncomingMessage, bytes: Buffer, durationMs: number): ProbeResponse {
  const { headers, repeated } = collectHeaders(incoming.rawHeaders);
  const anomalies = repeated.map((name): ResponseAnomaly => ({ rule: 'single-header', message: `header ${name}: sent more than once` }));
  const contentType = headers['content-type'];
  const bodyText = decodeBody(bytes, contentType, anomalies);
  const body = parseJsonBody(contentType, bodyText);
  const response: ProbeResponse = { status: incoming.statusCode ?? 0, headers, bodyText, durationMs };
  if (body !== undefined) response.body = body;
  if (anomalies.length > 0) response.anomalies = anomalies;
  return response;
}

// Headers HTTP allows once (RFC 9110): a second copy makes the answer ambiguous.
const SINGLETON_HEADERS: ReadonlySet<string> = new Set(['content-type', 'content-length', 'location', 'date', 'etag', 'last-modified', 'expires', 'retry-after']);

/** Lower-case names; a repeated header joined with `, `, as fetch did. */
function collectHeaders(rawHeaders: readonly string[]): { headers: Record<string, string>; repeated: string[] } {
  const headers: Record<string, string> = {};
  const repeated = new Set<string>();
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    const name = (rawHeaders[index] as string).toLowerCase();
    const value = rawHeaders[index + 1] as string;
    const previous = headers[name];
    if (previous !== undefined && SINGLETON_HEADERS.has(name)) repeated.add(name);
    headers[name] = previous === undefined ? value : `${previous}, ${value}`;
  }
  return { headers, repeated: [...repeated].map((name) => name.replace(/(^|-)[a-z]/g, (letter) => letter.toUpperCase())) };
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');
const TEXTUAL_MEDIA_TYPE = /^(?:text\/|application\/(?:[\w.+-]+\+)?json\b)|charset\s*=\s*"?utf-8/i;

/** UTF-8 text, invalid sequences replaced; a textual answer that is not valid UTF-8 is noted. */
function decodeBody(bytes: Buffer, contentType: string | undefined, anomalies: ResponseAnomaly[]): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    if (contentType !== undefined && TEXTUAL_MEDIA_TYPE.test(contentType)) anomalies.push({ rule: 'utf-8', message: `body: must be valid UTF-8 for Content-Type ${contentType}` });
    return LENIENT_UTF8.decode(bytes);
  }
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

function midBodyReason(incoming: IncomingMessage, received: number): string {
  const declared = incoming.headers['content-length'];
  return `the target closed the connection mid-body: status ${incoming.statusCode ?? '?'}, ${received}${declared === undefined ? '' : ` of ${declared}`} body bytes received`;
}

/** The error code first (ECONNREFUSED, HPE_...), then what it means here. */
function networkReason(error: NodeJS.ErrnoException, answer: IncomingMessage | undefined, received: number): string {
  const code = error.code;
  if (answer !== undefined && (code === 'ECONNRESET' || error.message === 'aborted')) return midBodyReason(answer, received);
  if (code === 'HPE_HEADER_OVERFLOW') return `${code}: the answer's headers are over ${MAX_HEADER_BYTES / 1024} KiB`;
  if (code === 'ECONNRESET') return `${code}: the target reset the connection before answering`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code?.startsWith('HPE_') === true) return `${code}: not a well-formed HTTP answer (${error.message})`;
  return code === undefined ? error.message : `${code}: ${error.message}`;
}

/** Node names the header it refuses, never its value; a header value may be a secret. */
function requestErrorDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_INVALID_CHAR' || code === 'ERR_INVALID_HTTP_TOKEN' || code === 'ERR_HTTP_INVALID_HEADER_VALUE') {
    return `a header name or value node:http refuses (${code}; value not shown)`;
  }
  return error.message;
}
