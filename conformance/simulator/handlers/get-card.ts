import { jsonReply } from '../reply.ts';
import { cardView } from '../views.ts';
import { cardOwnerOf, pathCard } from './card-rules.ts';
import type { OperationHandler } from './handler.ts';

// GET getCard -> 200 the card (the vendor's CardInfoResponseDto_Partner fields the simulator keeps;
// never the PAN, only `truncatedPan`).

export const getCardHandler: OperationHandler = {
  operationId: 'getCard',
  ownerOf: cardOwnerOf,
  resolve(call, { state }) {
    const found = pathCard(state, call.pathParams);
    if ('kind' in found) return found;
    return { scaSubject: found.owner.id, execute: () => jsonReply(200, cardView(found.card, state)) };
  },
};
