import type { DeviceSummary, ScaFactor } from '../../../spec/expectations/index.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { VirtualDevice } from '../../../generators/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { Registration } from '../fixtures/device.ts';
import type { Scene } from '../fixtures/scene.ts';
import { HarnessError } from '../harness-error.ts';
import type { CaseSession } from '../session.ts';

// The model of one end user's devices that the lifecycle commands keep in step with the target,
// and the real side: the session, the registrations and the virtual devices.

export type ModelStatus = 'PENDING_ACTIVATION' | 'ACTIVE' | 'BLOCKED' | 'REMOVED';

export interface ModelDevice {
  status: ModelStatus;
  /** The SDK activation (PowerAuth exchange) happened. */
  sdk: boolean;
  biometry: boolean;
}

export interface LifecycleModel {
  /** In registration order; the real side holds the same index. */
  readonly devices: ModelDevice[];
}

export interface RealDevice {
  readonly registration: Registration;
  virtual?: VirtualDevice;
}

export interface LifecycleReal {
  readonly session: CaseSession;
  /** The end user's scene, built without a device: the commands make and end them. */
  readonly scene: Scene;
  readonly partnerToken: string;
  readonly endUserId: string;
  readonly devices: RealDevice[];
  /** One line per command run, with the answer: the replay log of the case. */
  readonly steps: string[];
}

/** The end-user facts of the expectation model, read off the model. */
export function sceneFacts(model: Readonly<LifecycleModel>): Pick<Scene, 'devices' | 'factors' | 'registrationPending'> {
  const present = model.devices.filter((device) => device.status !== 'REMOVED');
  const active = present.filter((device) => device.status === 'ACTIVE');
  const devices: DeviceSummary =
    present.length === 0 ? 'none' : active.length > 0 ? 'active' : present.some((device) => device.status === 'PENDING_ACTIVATION') ? 'pending-only' : 'blocked-only';
  const factors: ScaFactor[] = active.length === 0 ? [] : active.some((device) => device.biometry) ? ['KNOWLEDGE', 'BIOMETRY'] : ['KNOWLEDGE'];
  return { devices, factors, registrationPending: model.devices.some((device) => device.status === 'PENDING_ACTIVATION') };
}

/** The device at `slot` among those `eligible` (commands pick by slot, modulo what exists). */
export function pick(model: Readonly<LifecycleModel>, slot: number, eligible: (device: ModelDevice) => boolean): number | undefined {
  const indices = model.devices.flatMap((device, index) => (eligible(device) ? [index] : []));
  return indices.length === 0 ? undefined : indices[slot % indices.length];
}

/** The device a command acts on, in the model and on the target; check() promised one, so none is a harness error. */
export function pickDevice(
  model: Readonly<LifecycleModel>,
  real: LifecycleReal,
  slot: number,
  eligible: (device: ModelDevice) => boolean,
  command: string,
): { index: number; device: ModelDevice; target: RealDevice } {
  const index = pick(model, slot, eligible);
  const device = index === undefined ? undefined : model.devices[index];
  const target = index === undefined ? undefined : real.devices[index];
  if (index === undefined || device === undefined || target === undefined) throw new HarnessError(`${command}: no device`);
  return { index, device, target };
}

/** The target answered otherwise than the model says: stops the run, becomes the finding. */
export class ModelMismatch extends Error {
  override readonly name = 'ModelMismatch';
  constructor(
    readonly command: string,
    readonly expected: string,
    readonly exchange: Exchange | undefined,
    readonly requirementIds: readonly RequirementId[],
    readonly rule: string,
  ) {
    super(`${command}: expected ${expected}`);
  }
}
