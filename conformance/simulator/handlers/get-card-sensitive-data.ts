import { errorReply, jsonReply } from '../reply.ts';
import type { OperationHandler } from './handler.ts';

// GET getCardSensitiveData?fields=pan,cvv,expiry -> 200 {cardId, pan?, cvv?, expiryDate?}: the
// fields asked for (all three without `fields`). SCA on every call; the signed URI includes the query.

const ALL_FIELDS = ['pan', 'cvv', 'expiry'] as const;

export const getCardSensitiveDataHandler: OperationHandler = {
  operationId: 'getCardSensitiveData',
  ownerOf: ({ pathParams, state }) => state.cards.get(pathParams.cardId ?? '')?.endUserId,
  resolve(call, { state }) {
    const card = state.cards.get(call.pathParams.cardId ?? '');
    if (card === undefined) return errorReply('RESOURCE_NOT_FOUND', 'card');
    return {
      scaSubject: card.endUserId,
      execute() {
        const asked = call.query.get('fields')?.split(',') ?? [...ALL_FIELDS];
        return jsonReply(
          200,
          {
            cardId: card.id,
            ...(asked.includes('pan') ? { pan: card.pan } : {}),
            ...(asked.includes('cvv') ? { cvv: card.cvv } : {}),
            ...(asked.includes('expiry') ? { expiryDate: card.expiryDate } : {}),
          },
          { 'cache-control': 'no-store' },
        );
      },
    };
  },
};
