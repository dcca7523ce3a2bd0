import { createServer, type IncomingMessage } from 'node:http';
import type { OperationInfo } from '../../spec/openapi/index.ts';
import { stopServer } from './app-stand-in.ts';
import { Recorder, type RecordingLine } from './recording.ts';

// `linkcy-sca record --upstream URL --out FILE`: a recording proxy in front of any LinkCy URL.
// The partner points its integration tests at it; every exchange is forwarded unchanged and
// written (redacted, signatures as SHA-256) for `linkcy-sca judge`. Times are the proxy's clock.

/** Hop-by-hop and framing headers: the proxy's own connection sets them. */
const NOT_FORWARDED = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'content-encoding']);

export interface RecordingProxy {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startRecordingProxy(options: {
  upstream: string;
  operations: readonly OperationInfo[];
  write: (line: RecordingLine) => void;
  host?: string;
  port?: number;
}): Promise<RecordingProxy> {
  const upstream = options.upstream.replace(/\/+$/, '');
  const recorder = new Recorder(options.operations);
  const server = createServer((incoming, response) => {
    void (async () => {
      const at = Date.now();
      const requestBody = await readBody(incoming);
      const method = (incoming.method ?? 'GET').toUpperCase();
      const target = incoming.url ?? '/';
      let status = 502;
      let responseBody = JSON.stringify({ errorCode: 'UPSTREAM_UNREACHABLE', message: `the recording proxy could not reach ${upstream}` });
      let headers: Record<string, string> = { 'content-type': 'application/json' };
      try {
        const answer = await fetch(upstream + target, {
          method,
          headers: forwardable(incoming.headers),
          ...(requestBody.length === 0 || method === 'GET' || method === 'HEAD' ? {} : { body: requestBody }),
          redirect: 'manual',
        });
        status = answer.status;
        responseBody = await answer.text();
        headers = Object.fromEntries([...answer.headers].filter(([name]) => !NOT_FORWARDED.has(name)));
      } catch {
        // Answered 502 above; recorded like any answer.
      }
      response.writeHead(status, headers);
      response.end(responseBody);
      options.write(recorder.record({ at, method, target, requestHeaders: incoming.headers, requestBody: requestBody.toString('utf8'), status, responseBody }));
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('startRecordingProxy: not listening on a TCP port');
  return { url: `http://${options.host ?? '127.0.0.1'}:${address.port}`, stop: () => stopServer(server) };
}

function forwardable(headers: IncomingMessage['headers']): Record<string, string> {
  const forwarded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_FORWARDED.has(name)) continue;
    forwarded[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return forwarded;
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
