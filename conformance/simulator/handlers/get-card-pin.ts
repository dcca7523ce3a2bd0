import { jsonReply } from '../reply.ts';
import { cardOwnerOf, pathCard, pinRefusal } from './card-rules.ts';
import type { OperationHandler } from './handler.ts';

// GET getCardPin -> 200 {pin} (4 digits), never cached. 409 CARD_MUST_BE_PHYSICAL, CARD_MUST_BE_ACTIVE.

export const getCardPinHandler: OperationHandler = {
  operationId: 'getCardPin',
  ownerOf: cardOwnerOf,
  resolve(call, { state }) {
    const found = pathCard(state, call.pathParams);
    if ('kind' in found) return found;
    const { card, owner } = found;
    return {
      scaSubject: owner.id,
      businessRefusal: pinRefusal(card),
      execute: () => jsonReply(200, { pin: card.pin }, { 'cache-control': 'no-store' }),
    };
  },
};
