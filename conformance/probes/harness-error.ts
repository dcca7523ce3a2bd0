/**
 * The harness could not set a case up (a fixture step answered unexpectedly, a capability is
 * missing). Reported as a harness error of the case, never as a check failure: nothing was judged.
 */
export class HarnessError extends Error {
  override readonly name = 'HarnessError';
}
