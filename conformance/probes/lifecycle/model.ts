import { WAITING_SCA_STATUS, type DeviceSummary, type Expectation, type ScaFactor } from '../../../spec/expectations/index.ts';
import { FAILED_ATTEMPTS_TO_BLOCK } from '../fixtures/device.ts';
import type { Scene } from '../fixtures/scene.ts';
import type { LifecycleStep } from './observation.ts';
import type { DeviceRef, LifecycleState, ModelDevice } from './state.ts';

// The model of the case's end users and their devices: immutable states, and the transition a
// step makes when the target answers as predicted. The commands keep one in step with the target;
// the check reads the state recorded before each step.

/** What fast-check mutates: the current state, replaced at each step. */
export interface LifecycleModel {
  state: LifecycleState;
}

export function deviceOf(state: LifecycleState, ref: DeviceRef): ModelDevice | undefined {
  return state.users[ref.user]?.[ref.index];
}

export function devicesOf(state: LifecycleState, user: number): readonly ModelDevice[] {
  return state.users[user] ?? [];
}

/** The end-user facts of the expectation model, read off the model. */
export function sceneFacts(devices: readonly ModelDevice[]): Pick<Scene, 'devices' | 'factors' | 'registrationPending'> {
  const present = devices.filter((device) => device.status !== 'REMOVED');
  const active = present.filter((device) => device.status === 'ACTIVE');
  const summary: DeviceSummary =
    present.length === 0 ? 'none' : active.length > 0 ? 'active' : present.some((device) => device.status === 'PENDING_ACTIVATION') ? 'pending-only' : 'blocked-only';
  const factors: ScaFactor[] = active.length === 0 ? [] : active.some((device) => device.biometry) ? ['KNOWLEDGE', 'BIOMETRY'] : ['KNOWLEDGE'];
  return { devices: summary, factors, registrationPending: present.some((device) => device.status === 'PENDING_ACTIVATION') };
}

/** The device at `slot` among `user`'s `eligible` ones (commands pick by slot, modulo what exists). */
export function pick(state: LifecycleState, user: number, slot: number, eligible: (device: ModelDevice) => boolean): DeviceRef | undefined {
  const indices = devicesOf(state, user).flatMap((device, index) => (eligible(device) ? [index] : []));
  const index = indices.length === 0 ? undefined : indices[slot % indices.length];
  return index === undefined ? undefined : { user, index };
}

export function isUsable(device: ModelDevice): boolean {
  return device.status === 'ACTIVE' && device.sdk;
}

/** The state after `step`, the target having answered as `expected` (the run stops otherwise). */
export function advance(step: LifecycleStep, expected: Expectation | undefined): LifecycleState {
  const { action, before } = step;
  // 202 "Waiting SCA" (the profile's waitingSca202) is a success status, but the operation waits
  // for the push: nothing changed yet, even though the body names a device.
  const succeeded = expected?.outcome.kind === 'success' && expected.outcome.status !== WAITING_SCA_STATUS;
  switch (action.kind) {
    case 'register': {
      const id = registeredIdOf(step);
      if (!succeeded || id === undefined) return before;
      return withUser(before, action.user, (devices) => [...devices, { id, status: 'PENDING_ACTIVATION', sdk: false, biometry: false, failedAttempts: 0 }]);
    }
    case 'sdk-activate':
      return step.failure === undefined ? withDevice(before, action.device, (device) => ({ ...device, sdk: true, biometry: action.biometry })) : before;
    case 'activate':
      return succeeded ? withDevice(before, action.device, (device) => ({ ...device, status: 'ACTIVE' })) : before;
    case 'delete':
      return succeeded ? withDevice(before, action.device, (device) => ({ ...device, status: 'REMOVED' })) : before;
    case 'sign':
      return withDevice(before, action.signer, (device) => {
        // A signature that passed the cryptography resets the count; a wrong key adds to it.
        if (expected?.sideEffects?.counterAdvances === true) return { ...device, failedAttempts: 0 };
        if (expected?.sideEffects?.failedAttempt !== true) return device;
        const failedAttempts = device.failedAttempts + 1;
        return { ...device, failedAttempts, status: failedAttempts >= FAILED_ATTEMPTS_TO_BLOCK ? 'BLOCKED' : device.status };
      });
    case 'read-devices':
      return before;
  }
}

function registeredIdOf(step: LifecycleStep): string | undefined {
  const body = step.exchange?.response.body;
  return typeof body === 'object' && body !== null && 'scaDeviceId' in body && typeof body.scaDeviceId === 'string' ? body.scaDeviceId : undefined;
}

function withUser(state: LifecycleState, user: number, change: (devices: readonly ModelDevice[]) => readonly ModelDevice[]): LifecycleState {
  return { users: state.users.map((devices, index) => (index === user ? change(devices) : devices)) };
}

function withDevice(state: LifecycleState, ref: DeviceRef, change: (device: ModelDevice) => ModelDevice): LifecycleState {
  return withUser(state, ref.user, (devices) => devices.map((device, index) => (index === ref.index ? change(device) : device)));
}
