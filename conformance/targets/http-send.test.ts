import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations, loadOpenApiDocument } from '../../spec/openapi/index.ts';
import { createHttpClient, createSend, sendRequest } from './http-send.ts';
import { TargetUnreachableError } from './target.ts';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// A server that records what arrived and answers what the path asks for.
describe('sendRequest', () => {
  let server: Server;
  let baseUrl: string;
  let received: Received | undefined;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) };
        if (request.url === '/slow') return void setTimeout(() => response.end('late'), 500);
        if (request.url === '/redirect') response.writeHead(302, { location: '/elsewhere', 'set-cookie': ['a=1', 'b=2'] });
        else if (request.url === '/text') response.writeHead(200, { 'content-type': 'text/plain' });
        else if (request.url === '/broken-json') response.writeHead(200, { 'content-type': 'application/json' });
        else response.writeHead(201, { 'Content-Type': 'application/problem+json; charset=utf-8', 'X-Mixed-Case': 'Yes' });
        response.end(request.url === '/broken-json' ? '{"unfinished"' : request.url === '/text' ? '{"a":1}' : '{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends the body as the exact UTF-8 bytes given, adding no content type', async () => {
    const body = '{ "b" :1,\n"a":"\\u00e9té" }';
    const response = await sendRequest(baseUrl, { method: 'POST', target: '/echo?b=2&a=1', headers: { 'X-Probe': 'yes' }, body });
    expect(received?.body.equals(Buffer.from(body, 'utf8'))).toBe(true);
    expect(received?.url).toBe('/echo?b=2&a=1');
    expect(received?.headers['content-type']).toBeUndefined();
    expect(received?.headers['x-probe']).toBe('yes');
    expect(response.status).toBe(201);
  });

  it('lower-cases response header names and parses JSON media types', async () => {
    const response = await sendRequest(baseUrl, { method: 'GET', target: '/json', headers: {} });
    expect(response.headers['x-mixed-case']).toBe('Yes');
    expect(response.body).toEqual({ ok: true });
    expect(response.bodyText).toBe('{"ok":true}');
    expect(response.durationMs).toBeGreaterThan(0);
  });

  it('keeps non-JSON and broken JSON bodies as text only', async () => {
    const text = await sendRequest(baseUrl, { method: 'GET', target: '/text', headers: {} });
    expect(text.body).toBeUndefined();
    expect(text.bodyText).toBe('{"a":1}');
    const broken = await sendRequest(baseUrl, { method: 'GET', target: '/broken-json', headers: {} });
    expect(broken.body).toBeUndefined();
    expect(broken.bodyText).toBe('{"unfinished"');
  });

  it('reports a redirect instead of following it, joining repeated headers', async () => {
    const response = await sendRequest(baseUrl, { method: 'GET', target: '/redirect', headers: {} });
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/elsewhere');
    expect(response.headers['set-cookie']).toBe('a=1, b=2');
  });

  it('throws TargetUnreachableError, naming the URL without its query, on timeout and refusal', async () => {
    await expect(sendRequest(baseUrl, { method: 'GET', target: '/slow', headers: {} }, { requestTimeoutMs: 50 })).rejects.toThrow(
      new TargetUnreachableError(`GET ${baseUrl}/slow`, 'no answer within 50 ms'),
    );
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = sendRequest(closedUrl, { method: 'GET', target: '/x?token=secret', headers: {} });
    await expect(refused).rejects.toBeInstanceOf(TargetUnreachableError);
    await expect(refused).rejects.toThrow(`target unreachable: GET ${closedUrl}/x (ECONNREFUSED`);
  });

  it('refuses a request node:http cannot build as a plain error that does not echo header values', async () => {
    const sending = sendRequest(baseUrl, { method: 'GET', target: '/', headers: { authorization: 'Bearer se\ncret' } });
    await expect(sending).rejects.not.toBeInstanceOf(TargetUnreachableError);
    await expect(sending).rejects.toThrow('value not shown');
    await expect(sending).rejects.not.toThrow(/se\s*cret/);
  });
});

describe('createSend', () => {
  it('names the documented operation a request targets', async () => {
    const server = createServer((_request, response) => response.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const send = createSend(createHttpClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`).transport, listOperations(loadOpenApiDocument()));
    expect((await send({ method: 'POST', target: '/api/partner/cards?x=1', headers: {} })).operationId).toBe('createCard');
    expect((await send({ method: 'GET', target: '/api/partner/cards', headers: {} })).operationId).toBeUndefined();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
