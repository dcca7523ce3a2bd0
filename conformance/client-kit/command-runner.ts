import { spawn } from 'node:child_process';
import { outcomeOfStdout, type ClientEnvironment, type ClientRunResult } from './contract.ts';

// Command mode: `sh -c "<command>"` once per scenario with the contract's environment. The last
// JSON line of stdout is the outcome; any other exit, a timeout or no JSON line is a crash.
// stderr is kept (the caller redacts it) as evidence.

/** Past this, output is cut: a client printing forever must not fill the kit's memory. */
const MAX_OUTPUT_BYTES = 1024 * 1024;

export interface CommandRun {
  readonly result: ClientRunResult;
  readonly stderr: string;
  readonly durationMs: number;
}

export function runClientCommand(command: string, environment: ClientEnvironment, timeoutMs: number): Promise<CommandRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    // Its own process group, so a timeout ends the command's children too.
    const child = spawn('sh', ['-c', command], { env: { ...process.env, ...environment }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const append = (current: string, chunk: Buffer): string => (current.length >= MAX_OUTPUT_BYTES ? current : current + chunk.toString('utf8'));
    child.stdout.on('data', (chunk: Buffer) => (stdout = append(stdout, chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = append(stderr, chunk)));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    const finish = (result: ClientRunResult): void => {
      clearTimeout(timer);
      resolve({ result, stderr, durationMs: performance.now() - started });
    };
    child.on('error', (error) => finish({ crashed: true, reason: `the command could not start: ${error.message}` }));
    child.on('close', (code, signal) => {
      if (timedOut) return finish({ crashed: true, reason: `no outcome within ${timeoutMs} ms (the command was stopped)` });
      if (code !== 0) return finish({ crashed: true, reason: signal === null ? `exit code ${String(code)}` : `killed by ${signal}` });
      const parsed = outcomeOfStdout(stdout);
      finish('outcome' in parsed ? { crashed: false, outcome: parsed.outcome } : { crashed: true, reason: parsed.problem });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
