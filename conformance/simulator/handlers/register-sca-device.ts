import { randomUUID } from 'node:crypto';
import { activationQrCodeData, createActivationCode, signActivationCode } from '../../../spec/powerauth/index.ts';
import { errorReply, jsonReply } from '../reply.ts';
import type { SimulatorState } from '../state.ts';
import type { OperationHandler } from './handler.ts';

// POST registerScaDevice -> 201 {scaDeviceId, activationQrCodeData, activationCode,
// activationCodeSignature}. The code is a real PowerAuth activation code signed by the simulator's
// master key, so the SDK (or the VirtualDevice) can check it came from this server. SCA is needed
// only for an extra device (the pipeline decides, scaPolicy first-device-free).

export const registerScaDeviceHandler: OperationHandler = {
  operationId: 'registerScaDevice',
  ownerOf: ({ pathParams }) => pathParams.endUserId,
  resolve(call, { state, nowMs, identity, settings }) {
    const endUser = state.endUsers.get(call.pathParams.endUserId ?? '');
    if (endUser === undefined) return errorReply('END_USER_NOT_FOUND', call.pathParams.endUserId ?? '');
    return {
      scaSubject: endUser.id,
      execute() {
        if (state.devicesOf(endUser.id).some((device) => device.status === 'PENDING_ACTIVATION')) {
          return errorReply('ERROR_REGISTRATION_NOT_ALLOWED');
        }
        // Defect `registrationUnblocks` acts here only.
        if (settings.defects.has('registrationUnblocks')) unblockDevicesOf(state, endUser.id);
        const activationCode = createActivationCode();
        const signature = signActivationCode(activationCode, identity.masterKeyPair.privateKey);
        const scaDeviceId = randomUUID();
        state.devices.set(scaDeviceId, {
          id: scaDeviceId,
          endUserId: endUser.id,
          status: 'PENDING_ACTIVATION',
          activationCode,
          activationId: null,
          name: null,
          platform: null,
          factors: [],
          createdAtMs: nowMs,
          activatedAtMs: null,
        });
        return jsonReply(201, {
          scaDeviceId,
          activationQrCodeData: activationQrCodeData(activationCode, signature),
          activationCode,
          activationCodeSignature: signature.toString('base64'),
        });
      },
    };
  },
};

function unblockDevicesOf(state: SimulatorState, endUserId: string): void {
  for (const device of state.devicesOf(endUserId)) {
    if (device.status !== 'BLOCKED') continue;
    device.status = 'ACTIVE';
    const activation = device.activationId === null ? undefined : state.activations.get(device.activationId);
    if (activation !== undefined) activation.failedAttempts = 0;
  }
}
