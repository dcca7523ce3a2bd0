import { activateDevice } from '../device-activation.ts';
import { emptyReply, errorReply } from '../reply.ts';
import type { OperationHandler } from './handler.ts';

// POST activateScaDevice -> 204: the device whose SDK activation happened becomes ACTIVE (step 6
// of docs/sca-evaluation-order.md, SCA-DEV-007). Already ACTIVE answers 204 again (idempotent); a
// REMOVED device is gone, so 404 SCA_REGISTRATION_NOT_FOUND as delete answers for it; a device
// whose SDK activation has not happened, or that is BLOCKED, cannot be activated (400
// ERROR_OPERATION_STATE_CHANGE).

export const activateScaDeviceHandler: OperationHandler = {
  operationId: 'activateScaDevice',
  ownerOf: ({ pathParams, state }) => state.devices.get(pathParams.scaDeviceId ?? '')?.endUserId,
  resolve(call, { state, nowMs, settings }) {
    const device = state.devices.get(call.pathParams.scaDeviceId ?? '');
    if (device === undefined) return errorReply('SCA_REGISTRATION_NOT_FOUND');
    return {
      scaSubject: device.endUserId,
      execute() {
        if (device.status === 'ACTIVE') return emptyReply(204);
        if (device.status === 'REMOVED') return errorReply('SCA_REGISTRATION_NOT_FOUND');
        if (device.status !== 'PENDING_ACTIVATION' || device.activationId === null) return errorReply('ERROR_OPERATION_STATE_CHANGE');
        // Synchronous, or under way for the profile's delayed deviceActivation.
        activateDevice(device, nowMs, settings.expect.deviceActivation);
        return emptyReply(204);
      },
    };
  },
};
