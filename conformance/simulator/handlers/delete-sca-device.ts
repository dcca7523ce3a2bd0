import { emptyReply, errorReply } from '../reply.ts';
import type { OperationHandler } from './handler.ts';

// DELETE deleteScaDevice -> 204: the device becomes REMOVED (still listed on the end user) and its
// PowerAuth activation is forgotten, so its signatures name an unknown activation from now on.

export const deleteScaDeviceHandler: OperationHandler = {
  operationId: 'deleteScaDevice',
  ownerOf: ({ pathParams, state }) => state.devices.get(pathParams.scaDeviceId ?? '')?.endUserId,
  resolve(call, { state, settings }) {
    const device = state.devices.get(call.pathParams.scaDeviceId ?? '');
    if (device === undefined) return errorReply('SCA_REGISTRATION_NOT_FOUND');
    return {
      scaSubject: device.endUserId,
      execute() {
        if (device.status === 'REMOVED') return errorReply('SCA_REGISTRATION_NOT_FOUND');
        // Defect `deleteKeepsDevice` acts here only.
        if (settings.defects.has('deleteKeepsDevice')) return emptyReply(204);
        device.status = 'REMOVED';
        if (device.activationId !== null) state.activations.delete(device.activationId);
        return emptyReply(204);
      },
    };
  },
};
