import { addLedger } from '../records.ts';
import { jsonReply } from '../reply.ts';
import { LEDGER_TYPES } from '../state.ts';
import { refusedField, stringField } from './body-fields.ts';
import { actingEndUser, kycRefusalOf } from './end-user-rules.ts';
import type { OperationHandler } from './handler.ts';

// POST createLedger {endUserId?, type, friendlyName?, ...} or {parentLedgerId} (a virtual ledger)
// -> 201 {id}, balance 0. An end-user token makes a ledger for its own end user; a partner names
// the end user (400 END_USER_ID_REQUIRED otherwise); a virtual ledger belongs to its parent's
// owner and holds its currency (400 LEDGER_NOT_FOUND for an unknown parent). The owner must be
// KYC-validated.

export const createLedgerHandler: OperationHandler = {
  operationId: 'createLedger',
  ownerOf: ({ body, state }) => state.ledgers.get(stringField(body, 'parentLedgerId') ?? '')?.endUserId ?? stringField(body, 'endUserId'),
  resolve(call, { state, nowMs }) {
    const parentLedgerId = stringField(call.body, 'parentLedgerId');
    const parent = parentLedgerId === undefined ? undefined : state.ledgers.get(parentLedgerId);
    if (parentLedgerId !== undefined && parent === undefined) return refusedField('LEDGER_NOT_FOUND', 'parentLedgerId', parentLedgerId, 'no ledger with this id', parentLedgerId);
    const owner = actingEndUser(state, call.token, parent?.endUserId ?? stringField(call.body, 'endUserId'));
    if (owner.kind === 'error') return owner;
    if (parent !== undefined && owner.id !== parent.endUserId) return refusedField('LEDGER_NOT_FOUND', 'parentLedgerId', parent.id, 'no ledger with this id', parent.id);
    const type = parent?.type ?? LEDGER_TYPES.find((candidate) => candidate === stringField(call.body, 'type')) ?? 'EUR_FRANCE';
    const friendlyName = stringField(call.body, 'friendlyName');
    return {
      scaSubject: owner.id,
      kycRefusal: kycRefusalOf(owner),
      execute: () => jsonReply(201, { id: addLedger(state, { endUserId: owner.id, type, friendlyName, parentLedgerId }, nowMs).id }),
    };
  },
};
