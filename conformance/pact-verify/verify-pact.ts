import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { redactText } from '../../spec/redaction/index.ts';
import type { VerificationConfig, VerificationMessage } from './run-verification.ts';

// verify-pact's entry from code: forks the worker (verification-worker.ts), hands it the
// configuration and waits for its verdicts. Everything the worker prints is dropped (the Pact
// core's unredacted report); what it sends is already redacted.

const WORKER = fileURLToPath(new URL('./verification-worker.ts', import.meta.url));
// Resolved from this file, so the worker compiles TypeScript wherever the CLI is run from.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Lines of the worker's stderr kept for an internal error's message. */
const STDERR_TAIL_LINES = 5;

export type { VerificationConfig, VerificationMessage };

export function verifyPact(config: VerificationConfig): Promise<VerificationMessage> {
  return new Promise((resolve) => {
    const child = fork(WORKER, [], {
      execArgv: ['--import', TSX_LOADER],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // The Pact core otherwise posts usage metrics to the network.
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    });
    let stderr = '';
    let answer: VerificationMessage | undefined;
    child.stdout?.resume();
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = `${stderr}${chunk.toString('utf8')}`.split('\n').slice(-STDERR_TAIL_LINES - 1).join('\n');
    });
    child.once('message', (message) => {
      answer = message as VerificationMessage;
    });
    child.once('exit', (code, signal) => {
      resolve(
        answer ?? {
          kind: 'error',
          message: redactText(`the verification worker ended (${signal ?? `exit ${code}`}) without a result${stderr.trim() === '' ? '' : `: ${stderr.trim()}`}`),
        },
      );
    });
    child.send(config);
  });
}
