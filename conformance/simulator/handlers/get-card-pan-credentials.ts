import { randomBytes } from 'node:crypto';
import { jsonReply } from '../reply.ts';
import { activeRefusal, cardOperation, NO_STORE } from './card-rules.ts';

// GET getCardPanCredentials -> 200 {token, secret, ttl: "PT1M"}: credentials for the vendor's
// PAN-display SDK, valid 60 s (R-PAN), never cached. The simulator serves no PAN display, so the
// token and secret are random and nothing redeems them. 409 CARD_MUST_BE_ACTIVE.

export const getCardPanCredentialsHandler = cardOperation('getCardPanCredentials', ({ card }) => ({
  businessRefusal: activeRefusal(card),
  execute: () =>
    jsonReply(200, { token: randomBytes(24).toString('base64url'), secret: randomBytes(24).toString('base64url'), ttl: 'PT1M' }, NO_STORE),
}));
