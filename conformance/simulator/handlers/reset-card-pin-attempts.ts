import { emptyReply } from '../reply.ts';
import { PIN_TRIES } from '../state.ts';
import { cardOwnerOf, pathCard, pinRefusal } from './card-rules.ts';
import type { OperationHandler } from './handler.ts';

// POST resetCardPinAttempts -> 204: the try counter goes back to 3 and the PIN to UNLOCKED (G-PIN
// describes the online-transaction step in between; the simulator has no transactions at a
// terminal, so it unlocks at once). 409 CARD_MUST_BE_PHYSICAL, CARD_MUST_BE_ACTIVE.

export const resetCardPinAttemptsHandler: OperationHandler = {
  operationId: 'resetCardPinAttempts',
  ownerOf: cardOwnerOf,
  resolve(call, { state }) {
    const found = pathCard(state, call.pathParams);
    if ('kind' in found) return found;
    const { card, owner } = found;
    return {
      scaSubject: owner.id,
      businessRefusal: pinRefusal(card),
      execute() {
        card.pinTriesLeft = PIN_TRIES;
        card.pinStatus = 'UNLOCKED';
        return emptyReply(204);
      },
    };
  },
};
