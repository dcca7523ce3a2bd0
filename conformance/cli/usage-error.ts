/** A problem with what the user typed: reported in one line, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** 2 also when the target gave no usable answer; 3 when --run-timeout ended the run. */
export const EXIT_CODES = { ok: 0, failed: 1, usage: 2, timedOut: 3 } as const;
