import { DEFAULT_SIGNATURE_TTL_MS, type Profile } from '../../spec/expectations/index.ts';
import type { OperationId, OperationInfo } from '../../spec/openapi/index.ts';
import type { Target } from '../targets/index.ts';

// What every family reads besides the case: the target, what it is known to run, and the
// document's operations at the paths the target serves.

export interface ProbeContext {
  readonly target: Target;
  /** The profile the target runs: from its control plane when it has one, else as told. */
  readonly profile: Profile;
  /** The signature lifetime the target enforces (seed: 30 s). */
  readonly signatureTtlMs: number;
  readonly operations: ReadonlyMap<OperationId, OperationInfo>;
}

export interface ProbeContextOptions {
  /** Used when the target has no control plane to ask; default sandbox. */
  readonly profile?: Profile;
  readonly signatureTtlMs?: number;
}

export async function createProbeContext(target: Target, options: ProbeContextOptions = {}): Promise<ProbeContext> {
  // The control plane knows what the simulator really runs; an option could only be a guess.
  const profile = target.control === undefined ? (options.profile ?? 'sandbox') : (await target.control.state()).profile;
  return {
    target,
    profile,
    signatureTtlMs: options.signatureTtlMs ?? DEFAULT_SIGNATURE_TTL_MS,
    operations: new Map(target.operations.map((operation) => [operation.operationId, operation])),
  };
}
