import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PathOverrides } from '../../spec/openapi/index.ts';
import { preparePrismDocument, type PrismDocument } from './prism-document.ts';

// One @stoplight/prism-cli process (mock or validation proxy) on a free loopback port, in its own
// process group so close() ends it and anything it forked. Prism takes seconds to start, so a
// target starts it once and keeps it for the whole probe run.

export const DEFAULT_PRISM_START_TIMEOUT_MS = 30_000;

const HOST = '127.0.0.1';
const POLL_INTERVAL_MS = 50;
const STOP_GRACE_MS = 5_000;
const TAIL_LINES = 12;

export type PrismCommand = { readonly mode: 'mock' } | { readonly mode: 'proxy'; readonly upstream: string };

export interface PrismOptions {
  /** Prism serves the document with these paths (written to a temporary copy). */
  readonly pathOverrides?: PathOverrides;
  /** Bound on Prism's start-up; default DEFAULT_PRISM_START_TIMEOUT_MS. */
  readonly startTimeoutMs?: number;
}

export interface PrismProcess {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly pid: number;
  /** Ends the process group and waits until Prism has exited. Idempotent. */
  stop(): Promise<void>;
}

export async function startPrism(command: PrismCommand, options: PrismOptions = {}): Promise<PrismProcess> {
  const document = await preparePrismDocument(options.pathOverrides);
  try {
    try {
      return await startOnFreePort(command, document, options);
    } catch (error) {
      // The port was free when chosen and taken before Prism bound it: choose again, once.
      if (!(error instanceof PrismStartError && error.portTaken)) throw error;
      return await startOnFreePort(command, document, options);
    }
  } catch (error) {
    await document.remove();
    throw error;
  }
}

class PrismStartError extends Error {
  override readonly name = 'PrismStartError';
  constructor(
    message: string,
    readonly portTaken: boolean,
  ) {
    super(message);
  }
}

async function startOnFreePort(command: PrismCommand, document: PrismDocument, options: PrismOptions): Promise<PrismProcess> {
  const port = await freePort();
  const args = [
    prismBin(),
    command.mode,
    document.path,
    ...(command.mode === 'proxy' ? [command.upstream] : []),
    '--port',
    String(port),
    '--host',
    HOST,
    // Warnings and above only: a probe run would otherwise fill the pipe with a line per request.
    '--verboseLevel',
    'warn',
  ];
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`prism ${command.mode}: the process could not be spawned`);
  const tail = collectTail(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test runner or CLI that exits without close() must not leave Prism behind.
  const killOnExit = (): void => killGroup(pid, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(pid, 'SIGTERM');
        const stopped = await Promise.race([exited.then(() => true), sleep(STOP_GRACE_MS, false)]);
        if (!stopped) {
          killGroup(pid, 'SIGKILL');
          await exited;
        }
      }
      await document.remove();
    })();
    return stopping;
  };

  try {
    await waitUntilListening(child, port, options.startTimeoutMs ?? DEFAULT_PRISM_START_TIMEOUT_MS, command.mode, tail);
  } catch (error) {
    process.off('exit', killOnExit);
    killGroup(pid, 'SIGKILL');
    await exited;
    throw error;
  }
  return { url: `http://${HOST}:${port}`, pid, stop };
}

/** Polls the port by TCP (no HTTP request, so a proxied upstream sees nothing) until Prism listens. */
async function waitUntilListening(child: ChildProcess, port: number, timeoutMs: number, mode: string, tail: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const output = tail();
      const how = child.exitCode === null ? `signal ${child.signalCode}` : `code ${child.exitCode}`;
      throw new PrismStartError(`prism ${mode} exited with ${how} before listening; its output ends:\n${output}`, output.includes('EADDRINUSE'));
    }
    if (await canConnect(port)) return;
    if (Date.now() >= deadline) {
      throw new PrismStartError(`prism ${mode} did not listen on port ${port} within ${timeoutMs} ms; its output ends:\n${tail()}`, false);
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A port the OS just handed out; Prism binds it a moment later (a small race, retried once). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (address !== null && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port assigned'))));
    });
  });
}

/** The last lines Prism printed on stdout and stderr, for start-up errors. */
function collectTail(child: ChildProcess): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split(/\r?\n/).filter((line) => line.trim() !== ''));
    lines.splice(0, Math.max(0, lines.length - TAIL_LINES));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => (lines.length === 0 ? '(no output)' : lines.join('\n'));
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@stoplight/prism-cli/package.json');
  const manifest = require('@stoplight/prism-cli/package.json') as { bin: { prism: string } };
  return join(dirname(packageJson), manifest.bin.prism);
}
