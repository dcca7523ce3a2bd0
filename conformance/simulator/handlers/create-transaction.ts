import { errorReply } from '../reply.ts';
import { stringField } from './body-fields.ts';
import { kycRefusalOf } from './end-user-rules.ts';
import type { OperationHandler } from './handler.ts';
import { amountOf, ledgerOwnerOf, namedLedger, transfer } from './transfer-rules.ts';

// POST createTransaction {amount, beneficiaryId, ledgerFromId, reference?, allowFastPayment?,
// allowInterLedger?} -> 201 {id}: the ledger's balance goes down by the amount at once (the
// simulator has no payment rails). The SCA subject is the ledger's owner; a beneficiary of
// another end user is not theirs to pay: 404 BENEFICIARY_NOT_FOUND, as for an unknown one.

export const createTransactionHandler: OperationHandler = {
  operationId: 'createTransaction',
  ownerOf: ({ body, state }) => ledgerOwnerOf(state, body),
  resolve(call, { state, nowMs }) {
    const from = namedLedger(state, call.body, 'ledgerFromId');
    if ('kind' in from) return from;
    const beneficiaryId = stringField(call.body, 'beneficiaryId') ?? '';
    const beneficiary = state.beneficiaries.get(beneficiaryId);
    if (beneficiary?.endUserId !== from.endUserId) return errorReply('BENEFICIARY_NOT_FOUND', beneficiaryId);
    const owner = state.endUsers.get(from.endUserId);
    if (owner === undefined) throw new Error(`ledger ${from.id} has no owner`);
    // A malformed amount is a request error: refused before SCA, like step 2's.
    const amountMinor = amountOf(call.body);
    if (typeof amountMinor !== 'number') return amountMinor;
    return {
      scaSubject: owner.id,
      kycRefusal: kycRefusalOf(owner),
            execute: () =>
        transfer(
          state,
          {
            kind: 'beneficiary',
            ledgerFromId: from.id,
            counterpartId: beneficiary.id,
            amountMinor,
            reference: stringField(call.body, 'reference'),
            createdAtMs: nowMs,
          },
          from,
        ),
    };
  },
};
