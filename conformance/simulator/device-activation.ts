import type { DeviceActivation } from '../../spec/profile/index.ts';
import type { ScaDeviceRecord, SimulatorState } from './state.ts';

// The profile's deviceActivation (SEED000: "SCA device is being activated", no content): a
// synchronous target makes the device ACTIVE before its 204; a delayed one keeps it
// PENDING_ACTIVATION until `delayMs` later on the simulator clock, as a back end that finishes the
// activation in the background would. Clients poll the device list either way (D-OA-7).

/** Starts the activation of a device whose SDK activation happened. */
export function activateDevice(device: ScaDeviceRecord, nowMs: number, activation: DeviceActivation): void {
  if (activation.mode === 'synchronous') {
    device.status = 'ACTIVE';
    device.activatedAtMs = nowMs;
    return;
  }
  // Activating again while it is under way changes nothing: the first call set the time.
  device.activatedAtMs ??= nowMs + activation.delayMs;
}

/** Devices whose delayed activation is due become ACTIVE; called before anything reads the state. */
export function settleActivations(state: SimulatorState, nowMs: number): void {
  for (const device of state.devices.values()) {
    if (device.status === 'PENDING_ACTIVATION' && device.activatedAtMs !== null && device.activatedAtMs <= nowMs) device.status = 'ACTIVE';
  }
}
