import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { EXIT_CODES } from './usage-error.ts';

// A conformance target is possibly broken by definition. Each server below is broken in one way
// (raw sockets, so nothing normalises the breakage away); a probe run against it must end with
// the problem named, the exit code saying what happened, and no crash or hang. `GET /` (the
// reachability check before a run) answers 404 at once, so the breakage meets the probe engine.
// Only the timeout cases use a short --request-timeout: a slow machine must not change a verdict.

const dir = mkdtempSync(join(tmpdir(), 'hostile-targets-'));
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(dir, { recursive: true, force: true });
});

/** Writes an answer to one request; `head` is e.g. "POST /api/partner/login". */
type Answer = (socket: Socket, head: string) => void;

function answerWith(status: string, headers: readonly string[], body: Buffer | string): Answer {
  return (socket) => {
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    socket.end(Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${[...headers, `Content-Length: ${bytes.length}`, 'Connection: close'].join('\r\n')}\r\n\r\n`), bytes]));
  };
}

const notFound = answerWith('404 Not Found', ['Content-Type: application/json'], '{"code":"RESOURCE_NOT_FOUND","message":"no"}');

/** A server that reads each request whole (head and Content-Length body), then answers it. */
async function hostileServer(answer: Answer): Promise<string> {
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = buffered.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      if (buffered.length < end + 4 + length) return;
      buffered = Buffer.alloc(0);
      const requestLine = head.split('\r\n')[0] ?? '';
      const [method = '', target = ''] = requestLine.split(' ');
      (method === 'GET' && target === '/' ? notFound : answer)(socket, `${method} ${target}`);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface CliRun {
  readonly exitCode: number;
  readonly stderr: string;
  /** The findings of the result file, when one was written. */
  readonly findings: string;
}

let runs = 0;

async function probe(url: string, ...flags: string[]): Promise<CliRun> {
  const out = join(dir, `run-${(runs += 1)}`);
  const written: string[] = [];
  const [stdout, stderr] = [process.stdout.write, process.stderr.write];
  process.stdout.write = () => true;
  process.stderr.write = (chunk: string | Uint8Array) => written.push(String(chunk)) > 0;
  let exitCode: number;
  try {
    exitCode = await main(['probe', '--target', url, '--only', 'response', '--runs', '1', '--out', out, '--request-timeout', '20s', '--max-body', '1MiB', ...flags]);
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
  let findings = '';
  try {
    findings = readFileSync(join(out, 'report.json'), 'utf8');
  } catch {
    // No result: the run ended before it could write one.
  }
  return { exitCode, stderr: written.join(''), findings };
}

describe('a target that gives no usable answer ends the run with exit 2, naming the problem', () => {
  it('never answers: the per-request timeout', async () => {
    const url = await hostileServer(() => undefined);
    const run = await probe(url, '--request-timeout', '400ms');
    expect(run.exitCode).toBe(EXIT_CODES.usage);
    expect(run.stderr).toMatch(new RegExp(`target unreachable: \\w+ ${url}/\\S* \\(no answer within 400 ms\\)`));
  });

  it('trickles one byte a second: the timeout covers the whole answer, body included', async () => {
    const url = await hostileServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n');
      const trickle = setInterval(() => socket.write('{'), 1000);
      socket.on('close', () => clearInterval(trickle));
    });
    const run = await probe(url, '--request-timeout', '2s');
    expect(run.exitCode).toBe(EXIT_CODES.usage);
    expect(run.stderr).toMatch(/\(answer incomplete after 2000 ms: status 200, \d+ body bytes received\)/);
  });

  it('resets the connection', async () => {
    const url = await hostileServer((socket) => socket.resetAndDestroy());
    const run = await probe(url);
    expect(run.exitCode).toBe(EXIT_CODES.usage);
    expect(run.stderr).toMatch(/\(ECONNRESET: the target reset the connection before answering\)/);
  });

  it('answers a 50 MB body: reading stops at --max-body, memory stays bounded', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const url = await hostileServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
      let sent = 0;
      const pump = (): void => {
        while (sent < 50 * 1024 * 1024 && !socket.destroyed) {
          sent += chunk.length;
          if (!socket.write(`${chunk.length.toString(16)}\r\n${chunk.toString('latin1')}\r\n`)) return void socket.once('drain', pump);
        }
        if (!socket.destroyed) socket.end('0\r\n\r\n');
      };
      pump();
    });
    const run = await probe(url);
    expect(run.exitCode).toBe(EXIT_CODES.usage);
    expect(run.stderr).toMatch(/\(answer body over the --max-body limit of 1048576 bytes; reading stopped\)/);
  });

  it('announces a 50 MB body: refused before reading', async () => {
    const url = await hostileServer((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n{'));
    const run = await probe(url);
    expect(run.exitCode).toBe(EXIT_CODES.usage);
    expect(run.stderr).toMatch(/\(answer body of 52428800 bytes \(Content-Length\) is over the --max-body limit of 1048576 bytes; not read\)/);
  });

  it('sends oversized headers', async () => {
    const url = await hostileServer(answerWith('200 OK', ['Content-Type: application/json', `X-Padding: ${'x'.repeat(20_000)}`], '{}'));
    const run = await probe(url);
    expect(run.exitCode).toBe(EXIT_CODES.usage);
    expect(run.stderr).toMatch(/\(HPE_HEADER_OVERFLOW: the answer's headers are over 16 KiB\)/);
  });

  it('sends two different Content-Length headers (request smuggling territory)', async () => {
    const url = await hostileServer((socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{}'));
    const run = await probe(url);
    expect(run.exitCode).toBe(EXIT_CODES.usage);
    expect(run.stderr).toMatch(/\(HPE_\w+: not a well-formed HTTP answer/);
  });

  it('closes the connection mid-body', async () => {
    const url = await hostileServer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"token":');
      setTimeout(() => socket.destroy(), 20);
    });
    const run = await probe(url);
    expect(run.exitCode).toBe(EXIT_CODES.usage);
    expect(run.stderr).toMatch(/\(the target closed the connection mid-body: status 200, 9 of 100 body bytes received\)/);
  });
});

describe('a target that answers wrongly fails checks (exit 1) and the findings name the problem', () => {
  it('answers non-JSON', async () => {
    const run = await probe(await hostileServer(answerWith('200 OK', ['Content-Type: text/html'], '<html>maintenance</html>')));
    expect(run.exitCode).toBe(EXIT_CODES.failed);
    expect(run.stderr).toContain('FAILED response/content-type');
    expect(run.findings).toContain('text/html');
  });

  it('answers invalid UTF-8 in a JSON body', async () => {
    const body = Buffer.concat([Buffer.from('{"code":"'), Buffer.from([0xff, 0xfe]), Buffer.from('","message":"x"}')]);
    const run = await probe(await hostileServer(answerWith('400 Bad Request', ['Content-Type: application/json'], body)));
    expect(run.exitCode).toBe(EXIT_CODES.failed);
    expect(run.findings).toContain('body: must be valid UTF-8 for Content-Type application/json');
  });

  it('sends a duplicate Content-Type header', async () => {
    const run = await probe(await hostileServer(answerWith('200 OK', ['Content-Type: application/json', 'Content-Type: text/plain'], '{}')));
    expect(run.exitCode).toBe(EXIT_CODES.failed);
    expect(run.findings).toContain('header Content-Type: sent more than once');
  });

  it('answers 200 to everything', async () => {
    const run = await probe(await hostileServer(answerWith('200 OK', ['Content-Type: application/json'], '{}')));
    expect(run.exitCode).toBe(EXIT_CODES.failed);
    expect(run.stderr).toContain('FAILED response/schema');
    expect(run.findings).toMatch(/response body \/\w+: must be present \(received nothing\)/);
  });

  it('redirects in a loop: each redirect is an answer, never followed', async () => {
    const run = await probe(await hostileServer((socket, head) => answerWith('302 Found', [`Location: ${head.split(' ')[1] ?? '/'}`], '')(socket, head)));
    expect(run.exitCode).toBe(EXIT_CODES.failed);
    expect(run.stderr).toContain('FAILED response/status-documented');
    expect(run.findings).toContain('302');
  });
});

describe('the run budget', () => {
  it('ends a run that outlasts --run-timeout with exit 3, the request in flight abandoned', async () => {
    const url = await hostileServer(() => undefined);
    const run = await probe(url, '--request-timeout', '10m', '--run-timeout', '300ms');
    expect(run.exitCode).toBe(EXIT_CODES.timedOut);
    expect(run.stderr).toContain('linkcy-sca: run stopped: --run-timeout of 300 ms reached; no report written');
  });
});
