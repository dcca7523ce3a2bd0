import { jsonReply } from '../reply.ts';
import { cardOperation, NO_STORE, pinRefusal } from './card-rules.ts';

// GET getCardPin -> 200 {pin} (4 digits), never cached. 409 CARD_MUST_BE_PHYSICAL, CARD_MUST_BE_ACTIVE.

export const getCardPinHandler = cardOperation('getCardPin', ({ card }) => ({
  businessRefusal: pinRefusal(card),
  execute: () => jsonReply(200, { pin: card.pin }, NO_STORE),
}));
