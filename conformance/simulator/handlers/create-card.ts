import { randomInt, randomUUID } from 'node:crypto';
import { errorReply, jsonReply } from '../reply.ts';
import type { CardRecord } from '../state.ts';
import { cardView } from '../views.ts';
import { stringField } from './body-fields.ts';
import type { OperationHandler } from './handler.ts';

// POST createCard {endUserId, type, label?} -> 201 the card. SCA on every call (scaPolicy required).

/** A test BIN: the PANs are Luhn-valid but belong to no scheme's live range. */
const TEST_BIN = '535522';
const CARD_VALIDITY_YEARS = 3;

export const createCardHandler: OperationHandler = {
  operationId: 'createCard',
  ownerOf: ({ body }) => stringField(body, 'endUserId'),
  resolve(call, context) {
    const { state } = context;
    const endUser = state.endUsers.get(stringField(call.body, 'endUserId') ?? '');
    if (endUser === undefined) return errorReply('RESOURCE_NOT_FOUND', 'end user');
    return {
      scaSubject: endUser.id,
      execute() {
        const type = stringField(call.body, 'type') === 'PHYSICAL' ? 'PHYSICAL' : 'VIRTUAL';
        const card = newCard(endUser.id, type, stringField(call.body, 'label'), context.nowMs);
        state.cards.set(card.id, card);
        const view = cardView(card);
        // Defect `offSchemaResponse` acts here only: a required field goes missing.
        if (context.settings.defects.has('offSchemaResponse')) delete view.maskedPan;
        return jsonReply(201, view);
      },
    };
  },
};

function newCard(endUserId: string, type: CardRecord['type'], label: string | undefined, nowMs: number): CardRecord {
  const expiry = new Date(nowMs);
  const month = String(expiry.getUTCMonth() + 1).padStart(2, '0');
  const year = String((expiry.getUTCFullYear() + CARD_VALIDITY_YEARS) % 100).padStart(2, '0');
  return {
    id: randomUUID(),
    endUserId,
    type,
    status: 'ACTIVE',
    label,
    pan: luhnComplete(TEST_BIN + randomDigits(9)),
    cvv: randomDigits(3),
    expiryDate: `${month}/${year}`,
    createdAtMs: nowMs,
  };
}

function randomDigits(count: number): string {
  return Array.from({ length: count }, () => String(randomInt(10))).join('');
}

/** `partial` followed by its Luhn check digit. */
function luhnComplete(partial: string): string {
  let sum = 0;
  for (const [index, char] of [...partial].reverse().entries()) {
    const digit = Number(char);
    const doubled = index % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return partial + String((10 - (sum % 10)) % 10);
}
