import { errorReply, type ErrorReply } from '../reply.ts';
import type { CardRecord, EndUserRecord, SimulatorState } from '../state.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { HandlerContext, OperationCall, OperationHandler, OwnerQuery, Resolution } from './handler.ts';

// What the card operations share: the card of the path (404 CARD_NOT_FOUND), its owner, and the
// refusals of the PIN operations (OAS178: 409 CARD_MUST_BE_PHYSICAL, CARD_MUST_BE_ACTIVE).

function cardOwnerOf({ pathParams, state }: OwnerQuery): string | undefined {
  return state.cards.get(pathParams.cardId ?? '')?.endUserId;
}

function pathCard(state: SimulatorState, pathParams: Readonly<Record<string, string>>): { card: CardRecord; owner: EndUserRecord } | ErrorReply {
  const card = state.cards.get(pathParams.cardId ?? '');
  if (card === undefined) return errorReply('CARD_NOT_FOUND', pathParams.cardId ?? '');
  const owner = state.endUsers.get(card.endUserId);
  if (owner === undefined) throw new Error(`card ${card.id} has no owner`);
  return { card, owner };
}

/** Card secrets are never cached by intermediaries. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

/** The PIN is on physical cards only (G-PIN), and the card must be active. */
export function pinRefusal(card: CardRecord): ErrorReply | undefined {
  if (card.type !== 'PHYSICAL') return errorReply('CARD_MUST_BE_PHYSICAL');
  return activeRefusal(card);
}

export function activeRefusal(card: CardRecord): ErrorReply | undefined {
  return card.status === 'ACTIVE' ? undefined : errorReply('CARD_MUST_BE_ACTIVE');
}

/**
 * A handler for an operation on the path's card: step 3 finds the card (404 CARD_NOT_FOUND) and
 * makes its owner the SCA subject; `resolveCard` says the rest.
 */
export function cardOperation(
  operationId: OperationId,
  resolveCard: (found: { card: CardRecord; owner: EndUserRecord }, call: OperationCall, context: HandlerContext) => Omit<Resolution, 'scaSubject'>,
): OperationHandler {
  return {
    operationId,
    ownerOf: cardOwnerOf,
    resolve(call, context) {
      const found = pathCard(context.state, call.pathParams);
      if ('kind' in found) return found;
      return { scaSubject: found.owner.id, ...resolveCard(found, call, context) };
    },
  };
}
