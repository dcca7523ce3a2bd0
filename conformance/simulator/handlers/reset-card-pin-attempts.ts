import { emptyReply } from '../reply.ts';
import { PIN_TRIES } from '../state.ts';
import { cardOperation, pinRefusal } from './card-rules.ts';

// POST resetCardPinAttempts -> 204: the try counter goes back to 3 and the PIN to UNLOCKED (G-PIN
// describes the online-transaction step in between; the simulator has no transactions at a
// terminal, so it unlocks at once). 409 CARD_MUST_BE_PHYSICAL, CARD_MUST_BE_ACTIVE.

export const resetCardPinAttemptsHandler = cardOperation('resetCardPinAttempts', ({ card }) => ({
  businessRefusal: pinRefusal(card),
  execute() {
    card.pinTriesLeft = PIN_TRIES;
    card.pinStatus = 'UNLOCKED';
    return emptyReply(204);
  },
}));
