import { addBeneficiary } from '../records.ts';
import { jsonReply } from '../reply.ts';
import { objectField, stringField } from './body-fields.ts';
import { actingEndUser, kycRefusalOf } from './end-user-rules.ts';
import type { OperationHandler } from './handler.ts';

// POST createBeneficiary {type PERSON|COMPANY, name, endUserId?, bankingDetails {iban, bic}} ->
// 201 {id}. Only SEPA details exist so far (G-BEN); the document refuses others at step 2. The
// beneficiary belongs to the end user of the token or the one the partner names.

export const createBeneficiaryHandler: OperationHandler = {
  operationId: 'createBeneficiary',
  ownerOf: ({ body }) => stringField(body, 'endUserId'),
  resolve(call, { state, nowMs }) {
    const owner = actingEndUser(state, call.token, stringField(call.body, 'endUserId'));
    if (owner.kind === 'error') return owner;
    return {
      scaSubject: owner.id,
      kycRefusal: kycRefusalOf(owner),
      execute() {
        const beneficiary = addBeneficiary(
          state,
          {
            endUserId: owner.id,
            type: stringField(call.body, 'type') ?? 'PERSON',
            name: stringField(call.body, 'name') ?? '',
            bankingDetails: objectField(call.body, 'bankingDetails') ?? {},
          },
          nowMs,
        );
        return jsonReply(201, { id: beneficiary.id });
      },
    };
  },
};
