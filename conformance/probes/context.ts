import { DEFAULT_SIGNATURE_TTL_MS, type Profile } from '../../spec/expectations/index.ts';
import type { OperationId, OperationInfo } from '../../spec/openapi/index.ts';
import { DEFAULT_TARGET_PROFILE, type TargetProfile } from '../../spec/profile/index.ts';
import type { Target } from '../targets/index.ts';

// What every family reads besides the case: the target, what it is known to run, and the
// document's operations at the paths the target serves.

export interface ProbeContext {
  readonly target: Target;
  /** What the target declares where the sources are silent or disagree (`--expect FILE`); judged against. */
  readonly expect: TargetProfile;
  /** Where its error bodies carry the code (the profile's pointers). */
  readonly errorCodePointers: readonly string[];
  /** The profile the target runs: from its control plane when it has one, else as told. */
  readonly profile: Profile;
  /** The signature lifetime the target enforces (seed: 30 s). */
  readonly signatureTtlMs: number;
  /**
   * The target's clock moves only when the control plane moves it (a simulator with a manual
   * clock, as the embedded one), so an age set by the probe is the age the target sees.
   */
  readonly clockFrozen: boolean;
  readonly operations: ReadonlyMap<OperationId, OperationInfo>;
}

export interface ProbeContextOptions {
  /** Used when the target has no control plane to ask; default sandbox. */
  readonly profile?: Profile;
  readonly signatureTtlMs?: number;
  /** The target profile (default DEFAULT_TARGET_PROFILE). */
  readonly expect?: TargetProfile;
}

export async function createProbeContext(target: Target, options: ProbeContextOptions = {}): Promise<ProbeContext> {
  // The control plane knows what the simulator really runs; an option could only be a guess.
  const state = target.control === undefined ? undefined : await target.control.state();
  const expect = options.expect ?? DEFAULT_TARGET_PROFILE;
  return {
    target,
    expect,
    errorCodePointers: expect.errorCodePointers,
    profile: state?.profile ?? options.profile ?? 'sandbox',
    // Without a control plane nothing says the clock stands still: assume it runs.
    clockFrozen: state?.clock === 'manual',
    signatureTtlMs: options.signatureTtlMs ?? DEFAULT_SIGNATURE_TTL_MS,
    operations: new Map(target.operations.map((operation) => [operation.operationId, operation])),
  };
}
