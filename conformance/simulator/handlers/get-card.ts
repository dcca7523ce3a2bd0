import { jsonReply } from '../reply.ts';
import { cardView } from '../views.ts';
import { cardOperation } from './card-rules.ts';

// GET getCard -> 200 the card (the vendor's CardInfoResponseDto_Partner fields the simulator keeps;
// never the PAN, only `truncatedPan`).

export const getCardHandler = cardOperation('getCard', ({ card }, _call, { state }) => ({
  execute: () => jsonReply(200, cardView(card, state)),
}));
