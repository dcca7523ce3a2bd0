import { errorReply, jsonReply } from '../reply.ts';
import { endUserView } from '../views.ts';
import type { OperationHandler } from './handler.ts';

// GET getConsumer -> 200 the consumer, with every SCA device registered for them (any status; the
// field is ours: the vendor lists devices "in the Enduser object" without naming the field).

export const getConsumerHandler: OperationHandler = {
  operationId: 'getConsumer',
  ownerOf: ({ pathParams }) => pathParams.consumerId,
  resolve(call, { state }) {
    const consumer = state.endUsers.get(call.pathParams.consumerId ?? '');
    if (consumer?.kind !== 'consumer') return errorReply('CONSUMER_NOT_FOUND', call.pathParams.consumerId ?? '');
    return { scaSubject: consumer.id, execute: () => jsonReply(200, endUserView(consumer, state.devicesOf(consumer.id))) };
  },
};
