import { stringField, invalidField } from './body-fields.ts';
import { kycRefusalOf } from './end-user-rules.ts';
import type { OperationHandler } from './handler.ts';
import { amountOf, ledgerOwnerOf, namedLedger, transfer } from './transfer-rules.ts';

// POST createInterLedgerTransaction {ledgerFromId, ledgerToId, amount, reference?} -> 201 {id}:
// the amount moves from one ledger to the other at once. Both must exist (400 LEDGER_NOT_FOUND)
// and hold the same currency, and differ (400 naming ledgerToId: inferred, no vendor code seen).
// The SCA subject is the owner of the ledger debited.

export const createInterLedgerTransactionHandler: OperationHandler = {
  operationId: 'createInterLedgerTransaction',
  ownerOf: ({ body, state }) => ledgerOwnerOf(state, body),
  resolve(call, { state, nowMs }) {
    const from = namedLedger(state, call.body, 'ledgerFromId');
    if ('kind' in from) return from;
    const to = namedLedger(state, call.body, 'ledgerToId');
    if ('kind' in to) return to;
    const owner = state.endUsers.get(from.endUserId);
    if (owner === undefined) throw new Error(`ledger ${from.id} has no owner`);
    // A malformed amount is a request error: refused before SCA, like step 2's.
    const amountMinor = amountOf(call.body);
    if (typeof amountMinor !== 'number') return amountMinor;
    const sameLedger = to.id === from.id ? invalidField('ledgerToId', to.id, 'must differ from ledgerFromId') : undefined;
    const otherCurrency =
      to.currency === from.currency ? undefined : invalidField('ledgerToId', to.id, `must hold ${from.currency}, the currency of ledgerFromId`);
    return {
      scaSubject: owner.id,
      kycRefusal: kycRefusalOf(owner),
      businessRefusal: sameLedger ?? otherCurrency,
      execute: () =>
        transfer(
          state,
          {
            kind: 'inter-ledger',
            ledgerFromId: from.id,
            counterpartId: to.id,
            credit: to,
            amountMinor,
            reference: stringField(call.body, 'reference'),
            createdAtMs: nowMs,
          },
          from,
        ),
    };
  },
};
