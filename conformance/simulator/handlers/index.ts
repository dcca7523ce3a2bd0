import type { OperationId } from '../../../spec/openapi/index.ts';
import { activateScaDeviceHandler } from './activate-sca-device.ts';
import { createCardHandler } from './create-card.ts';
import { deleteScaDeviceHandler } from './delete-sca-device.ts';
import { getCardSensitiveDataHandler } from './get-card-sensitive-data.ts';
import { getEndUserHandler } from './get-end-user.ts';
import type { OperationHandler } from './handler.ts';
import { loginHandler } from './login.ts';
import { refreshTokenHandler } from './refresh-token.ts';
import { registerScaDeviceHandler } from './register-sca-device.ts';

/** One handler per operation of the document: a missing one is a compile error. */
export const OPERATION_HANDLERS: Readonly<Record<OperationId, OperationHandler>> = {
  login: loginHandler,
  refreshToken: refreshTokenHandler,
  getEndUser: getEndUserHandler,
  registerScaDevice: registerScaDeviceHandler,
  activateScaDevice: activateScaDeviceHandler,
  deleteScaDevice: deleteScaDeviceHandler,
  createCard: createCardHandler,
  getCardSensitiveData: getCardSensitiveDataHandler,
};
