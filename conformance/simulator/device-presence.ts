import { errorReply, type ErrorReply } from './reply.ts';
import type { ScaDeviceRecord, SimulatorState } from './state.ts';

// The device checks PUSH_NOTIFICATION (step 5) and DATA_SIGNING (step 5c) share.

/**
 * SCA_DEVICE_NOT_SET when the end user has no device left (none registered, or all REMOVED);
 * NO_ACTIVE_SCA_DEVICE_FOUND when devices remain but none is ACTIVE; otherwise the active ones.
 */
export function activeDevicesOf(
  state: SimulatorState,
  endUserId: string,
): { readonly ok: true; readonly devices: ScaDeviceRecord[] } | { readonly ok: false; readonly reply: ErrorReply } {
  const present = state.devicesOf(endUserId).filter((device) => device.status !== 'REMOVED');
  if (present.length === 0) return { ok: false, reply: errorReply('SCA_DEVICE_NOT_SET') };
  const active = present.filter((device) => device.status === 'ACTIVE');
  if (active.length === 0) return { ok: false, reply: errorReply('NO_ACTIVE_SCA_DEVICE_FOUND') };
  return { ok: true, devices: active };
}
