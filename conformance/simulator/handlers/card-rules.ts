import { errorReply, type ErrorReply } from '../reply.ts';
import type { CardRecord, EndUserRecord, SimulatorState } from '../state.ts';
import type { OwnerQuery } from './handler.ts';

// What the card operations share: the card of the path (404 CARD_NOT_FOUND), its owner, and the
// refusals of the PIN operations (OAS178: 409 CARD_MUST_BE_PHYSICAL, CARD_MUST_BE_ACTIVE).

export function cardOwnerOf({ pathParams, state }: OwnerQuery): string | undefined {
  return state.cards.get(pathParams.cardId ?? '')?.endUserId;
}

export function pathCard(state: SimulatorState, pathParams: Readonly<Record<string, string>>): { card: CardRecord; owner: EndUserRecord } | ErrorReply {
  const card = state.cards.get(pathParams.cardId ?? '');
  if (card === undefined) return errorReply('CARD_NOT_FOUND', pathParams.cardId ?? '');
  const owner = state.endUsers.get(card.endUserId);
  if (owner === undefined) throw new Error(`card ${card.id} has no owner`);
  return { card, owner };
}

/** The PIN is on physical cards only (G-PIN), and the card must be active. */
export function pinRefusal(card: CardRecord): ErrorReply | undefined {
  if (card.type !== 'PHYSICAL') return errorReply('CARD_MUST_BE_PHYSICAL');
  return activeRefusal(card);
}

export function activeRefusal(card: CardRecord): ErrorReply | undefined {
  return card.status === 'ACTIVE' ? undefined : errorReply('CARD_MUST_BE_ACTIVE');
}
