import type { PathOverrides } from '../../spec/openapi/index.ts';
import type { TargetProfile } from '../../spec/profile/index.ts';
import { startSimulator, type SimulatorDefect, type SimulatorProfile } from '../simulator/index.ts';
import { createHttpTarget } from './http-target.ts';
import type { Target } from './target.ts';

// The embedded simulator: started for the probe run and stopped with it, control plane on. It is
// spoken to over HTTP only (the in-process handle is not used), so it behaves exactly like a
// simulator started elsewhere and given with --simulator-info. Its clock is manual (frozen, moved
// only by the control plane), so a probe that ages a signature by exactly the TTL gets a target
// that saw exactly that age, and the TTL boundary is judged to the millisecond.

export interface SimulatorTargetOptions {
  /** Default sandbox. */
  readonly profile?: SimulatorProfile;
  /** Default the simulator's (30 s, the seed's TTL). */
  readonly signatureTtlMs?: number;
  readonly pathOverrides?: PathOverrides;
  /** TEST ONLY: deliberate simulator defects, so a check can be shown failing. */
  readonly defects?: readonly SimulatorDefect[];
  /** The target profile to play (`--expect FILE`), so a run judged against it meets a target that follows it. */
  readonly expect?: TargetProfile;
  readonly requestTimeoutMs?: number;
}

export async function startSimulatorTarget(options: SimulatorTargetOptions = {}): Promise<Target> {
  const profile = options.profile ?? 'sandbox';
  const simulator = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    profile,
    control: true,
    clock: 'manual',
    signatureTtlMs: options.signatureTtlMs,
    pathOverrides: options.pathOverrides,
    defects: options.defects,
    ...(options.expect === undefined ? {} : { expect: options.expect }),
  });
  const defects = options.defects === undefined || options.defects.length === 0 ? '' : `, defects: ${options.defects.join(', ')}`;
  return createHttpTarget({
    kind: 'simulator',
    description: `simulator (embedded, ${profile} profile${defects})`,
    baseUrl: simulator.url,
    capabilities: ['schema'],
    info: simulator.info,
    pathOverrides: options.pathOverrides,
    requestTimeoutMs: options.requestTimeoutMs,
    close: () => simulator.stop(),
  });
}
