import { spawn, type ChildProcess } from 'node:child_process';
import { redactText } from '../spec/redaction/index.ts';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

// Child processes of the bench: servers that print one JSON line when ready, and one-shot
// measurements that print one JSON line when done. Each runs on its own event loop, so a server
// and the load on it compete for cores the way they would on a CI machine, never for one loop.

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess<T> {
  readonly ready: T;
  readonly pid: number;
  /** Resident set size now, from /proc (Linux), in MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

export async function startServerProcess<T>(args: readonly string[]): Promise<ServerProcess<T>> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)));
  const line = await firstLine(child, () => stderr);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`bench: ${args.join(' ')} has no pid`);
  return {
    ready: JSON.parse(line) as T,
    pid,
    rssMb: () => rssMbOf(pid),
    stop: () => stopChild(child),
  };
}

/** Runs a child to its end and parses the last stdout line. */
export async function runChild<T>(args: readonly string[]): Promise<T> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const last = stdout.trim().split('\n').at(-1) ?? '';
  // The arguments carry bearer tokens: the message goes through the one redactor.
  if (code !== 0 || last === '') throw new Error(redactText(`bench: ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
  return JSON.parse(last) as T;
}

function firstLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (child.stdout === null) return reject(new Error('bench: child without stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(line));
    child.once('exit', (code) => reject(new Error(`bench: child exited ${code} before it was ready: ${stderr()}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`bench: no VmRSS for pid ${pid}`);
  return kb / 1024;
}
