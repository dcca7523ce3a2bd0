import { addBeneficiary } from '../records.ts';
import { jsonReply } from '../reply.ts';
import { objectField, stringField } from './body-fields.ts';
import { endUserCreation } from './end-user-rules.ts';

// POST createBeneficiary {type PERSON|COMPANY, name, endUserId?, bankingDetails {iban, bic}} ->
// 201 {id}. Only SEPA details exist so far (G-BEN); the document refuses others at step 2. The
// beneficiary belongs to the end user of the token or the one the partner names.

export const createBeneficiaryHandler = endUserCreation('createBeneficiary', (owner, call, { state, nowMs }) => {
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
});
