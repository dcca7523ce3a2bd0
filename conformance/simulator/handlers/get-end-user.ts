import { errorReply, jsonReply } from '../reply.ts';
import { endUserView } from '../views.ts';
import type { OperationHandler } from './handler.ts';

// GET getEndUser -> 200 the end user with every SCA device registered for them (any status).

export const getEndUserHandler: OperationHandler = {
  operationId: 'getEndUser',
  ownerOf: ({ pathParams }) => pathParams.endUserId,
  resolve(call, { state }) {
    const endUser = state.endUsers.get(call.pathParams.endUserId ?? '');
    if (endUser === undefined) return errorReply('RESOURCE_NOT_FOUND', 'end user');
    return { execute: () => jsonReply(200, endUserView(endUser, state.devicesOf(endUser.id))) };
  },
};
