import { errorReply, jsonReply } from '../reply.ts';
import { endUserView } from '../views.ts';
import type { OperationHandler } from './handler.ts';

// GET getCorporate -> 200 the corporate, with its SCA devices (field inferred, as on consumers).

export const getCorporateHandler: OperationHandler = {
  operationId: 'getCorporate',
  ownerOf: ({ pathParams }) => pathParams.corporateId,
  resolve(call, { state }) {
    const corporate = state.endUsers.get(call.pathParams.corporateId ?? '');
    if (corporate?.kind !== 'corporate') return errorReply('CORPORATE_NOT_FOUND', call.pathParams.corporateId ?? '');
    return { scaSubject: corporate.id, execute: () => jsonReply(200, endUserView(corporate, state.devicesOf(corporate.id))) };
  },
};
