import { randomUUID } from 'node:crypto';
import { jsonReply } from '../reply.ts';
import { bodyRecord, stringField } from './body-fields.ts';
import { actingEndUser, kycRefusalOf } from './end-user-rules.ts';
import type { OperationHandler } from './handler.ts';

// POST createCryptoBeneficiary -> 201 {id}. SCA-eligible at 1.114.5 (P-CB); the path and the body
// are inferred (docs/decisions.md): the simulator keeps the validated body and the owner, the end
// user of the token or the body's endUserId.

export const createCryptoBeneficiaryHandler: OperationHandler = {
  operationId: 'createCryptoBeneficiary',
  ownerOf: ({ body }) => stringField(body, 'endUserId'),
  resolve(call, { state, nowMs }) {
    const owner = actingEndUser(state, call.token, stringField(call.body, 'endUserId'));
    if (owner.kind === 'error') return owner;
    return {
      scaSubject: owner.id,
      kycRefusal: kycRefusalOf(owner),
      execute() {
        const id = randomUUID();
        state.cryptoBeneficiaries.set(id, { id, endUserId: owner.id, details: bodyRecord(call.body), createdAtMs: nowMs });
        return jsonReply(201, { id });
      },
    };
  },
};
