import { randomUUID } from 'node:crypto';
import { jsonReply } from '../reply.ts';
import { bodyRecord } from './body-fields.ts';
import { endUserCreation } from './end-user-rules.ts';

// POST createCryptoBeneficiary -> 201 {id}. SCA-eligible at 1.114.5 (P-CB); the path and the body
// are inferred (D-SRC-10): the simulator keeps the validated body and the owner, the end user of
// the token or the body's endUserId.

export const createCryptoBeneficiaryHandler = endUserCreation('createCryptoBeneficiary', (owner, call, { state, nowMs }) => {
  const id = randomUUID();
  state.cryptoBeneficiaries.set(id, { id, endUserId: owner.id, details: bodyRecord(call.body), createdAtMs: nowMs });
  return jsonReply(201, { id });
});
