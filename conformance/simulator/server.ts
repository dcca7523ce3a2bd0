import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { answerControl } from './control-http.ts';
import type { SimulatorControl } from './control-plane.ts';
import { headersAsRead, type SimulatorRequest } from './http-request.ts';
import { readJsonBody } from './json-body.ts';
import { answerOperation } from './operation-pipeline.ts';
import { handleActivationCreate } from './powerauth-activation.ts';
import { errorReply, jsonReply, renderReply, type Reply } from './reply.ts';
import { MAX_BODY_BYTES, parseJsonBody } from './request-validation.ts';
import { retainBounded } from './retention.ts';
import { routeRequest, type Route } from './router.ts';
import type { SimulatorRuntime } from './runtime.ts';

// HTTP plumbing: read the body (bounded), route, answer, log the exchange. Whatever goes wrong
// inside becomes 500 ERROR_INTERNAL_API with no stack trace; the process never crashes on a request.

/** Past this many bytes the connection is dropped instead of drained, so nobody can stream forever. */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

export function createSimulatorServer(runtime: SimulatorRuntime, control: SimulatorControl, controlPrefix: string | undefined): Server {
  const server = createServer((request, response) => {
    answer(runtime, control, controlPrefix, request, response).catch(() => {
      // The client went away mid-request (or the socket failed): there is no one left to answer.
      response.destroy();
    });
  });
  // Malformed HTTP never reaches the handler: answer 400 and close, rather than reset silently.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  // CONNECT asks for a tunnel, which this server never opens; without this Node drops the socket.
  server.on('connect', (_request, socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, POST, DELETE\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  return server;
}

async function answer(
  runtime: SimulatorRuntime,
  control: SimulatorControl,
  controlPrefix: string | undefined,
  incoming: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const startedAt = performance.now();
  const at = runtime.clock.now();
  const { rawBody, bodyTooLarge } = await readBody(incoming);
  const target = incoming.url ?? '/';
  const method = (incoming.method ?? 'GET').toUpperCase();
  let route: Route = { kind: 'not-found' };
  let reply: Reply;
  try {
    const url = new URL(target, 'http://simulator.invalid');
    const request: SimulatorRequest = {
      method,
      target,
      pathname: url.pathname,
      query: url.searchParams,
      headers: headersAsRead(incoming, runtime.settings.defects),
      rawBody,
      bodyTooLarge,
      json: parseJsonBody(rawBody, bodyTooLarge),
    };
    route = routeRequest(runtime.operations, controlPrefix, method, url.pathname);
    reply = await answerRoute(runtime, control, route, request);
  } catch {
    reply = errorReply('ERROR_INTERNAL_API');
  }
  const rendered = renderReply(reply, runtime.settings.defects, runtime.clock.now());
  const headers = rendered.headers;
  headers['content-length'] = String(Buffer.byteLength(rendered.bodyText));
  response.writeHead(rendered.status, headers);
  response.end(rendered.bodyText);
  retainBounded(runtime.state, at);
  // The control plane's own traffic would drown the log it serves.
  if (route.kind === 'control') return;
  runtime.exchangeLog.record({
    at,
    operationId: route.kind === 'operation' ? route.match.operation.operationId : null,
    method,
    target,
    requestHeaders: incoming.headers,
    requestBody: bodyTooLarge ? `(body over ${MAX_BODY_BYTES} bytes, not kept)` : rawBody,
    status: rendered.status,
    responseHeaders: rendered.headers,
    responseBody: rendered.bodyText,
    durationMs: performance.now() - startedAt,
  });
}

async function answerRoute(runtime: SimulatorRuntime, control: SimulatorControl, route: Route, request: SimulatorRequest): Promise<Reply> {
  switch (route.kind) {
    case 'health':
      return jsonReply(200, { status: 'ok' });
    case 'control':
      return answerControl(control, route.path, request);
    case 'activation': {
      const body = readJsonBody(request);
      return body.ok ? handleActivationCreate(body.value, runtime.state) : body.reply;
    }
    case 'operation':
      return answerOperation(runtime, route.match, request);
    case 'not-found':
      return { ...errorReply('RESOURCE_NOT_FOUND', 'route'), details: [{ message: `nothing is served at ${request.method} ${request.pathname}` }] };
  }
}

/** The whole body, or only the news that it is larger than MAX_BODY_BYTES (the rest is drained unread). */
function readBody(incoming: IncomingMessage): Promise<{ rawBody: Buffer; bodyTooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_LIMIT_BYTES) {
        incoming.destroy();
        return;
      }
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    incoming.on('end', () => {
      const bodyTooLarge = size > MAX_BODY_BYTES;
      resolve({ rawBody: bodyTooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), bodyTooLarge });
    });
    incoming.on('error', reject);
    incoming.on('close', () => {
      if (!incoming.complete) reject(new Error('the request was aborted'));
    });
  });
}
