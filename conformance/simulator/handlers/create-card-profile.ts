import { addCardProfile } from '../records.ts';
import { jsonReply } from '../reply.ts';
import { booleanField, refusedField, stringField } from './body-fields.ts';
import type { OperationHandler } from './handler.ts';

// POST createCardProfile {name, cardDesignId, active?} -> 201 {id}; 400 CARD_DESIGN_NOT_FOUND.
// `active` defaults to true (inferred: the vendor shows the field, not its default).

export const createCardProfileHandler: OperationHandler = {
  operationId: 'createCardProfile',
  ownerOf: () => undefined,
  resolve(call, { state, nowMs }) {
    const cardDesignId = stringField(call.body, 'cardDesignId') ?? '';
    if (!state.cardDesigns.has(cardDesignId)) return refusedField('CARD_DESIGN_NOT_FOUND', 'cardDesignId', cardDesignId, 'no card design with this id', cardDesignId);
    const name = stringField(call.body, 'name') ?? 'Card profile';
    const active = booleanField(call.body, 'active') ?? true;
    return {
      scaSubject: null,
      execute: () => jsonReply(201, { id: addCardProfile(state, { name, cardDesignId, active }, nowMs).id }),
    };
  },
};
