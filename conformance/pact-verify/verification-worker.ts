import { runVerification, type VerificationConfig, type VerificationMessage } from './run-verification.ts';

// Entry point of the worker process verify-pact forks. The Pact core writes its own report, with
// the bodies it compared, straight to file descriptor 1 from native code: nothing in this
// process can redact it. The parent discards this process's output and prints only the redacted
// verdicts this worker sends back over IPC.

process.once('message', (config: VerificationConfig) => {
  runVerification(config)
    .catch((error: unknown): VerificationMessage => ({ kind: 'error', message: error instanceof Error ? error.message : String(error) }))
    .then((message) => {
      process.send?.(message, () => process.exit(0));
    });
});
