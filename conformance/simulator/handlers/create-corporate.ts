import { addEndUser, findEndUserByPhone } from '../records.ts';
import { errorReply, jsonReply } from '../reply.ts';
import { bodyRecord, invalidField, stringField } from './body-fields.ts';
import type { OperationHandler } from './handler.ts';

// POST createCorporate {name, partnerName?, ...} -> 201 {id}. Like createConsumer: no token needed
// (then partnerName is), KYB NOT_STARTED. The body's shape is inferred (docs/decisions.md); an
// `accountOwnerPhone`, when sent, must not be any end user's phone already.

export const createCorporateHandler: OperationHandler = {
  operationId: 'createCorporate',
  ownerOf: () => undefined,
  resolve: (call, { state, nowMs, settings }) => ({
    scaSubject: null,
    execute() {
      const partnerName = stringField(call.body, 'partnerName');
      if (call.token === undefined && partnerName === undefined) return errorReply('PARTNER_NAME_REQUIRED');
      if (partnerName !== undefined && partnerName !== settings.partner.partnerName) {
        return invalidField('partnerName', partnerName, 'no partner of this name');
      }
      const phone = stringField(call.body, 'accountOwnerPhone');
      if (phone !== undefined && findEndUserByPhone(state, phone) !== undefined) return errorReply('PHONE_ALREADY_TAKEN', phone);
      const { partnerName: _partner, ...details } = bodyRecord(call.body);
      const name = stringField(call.body, 'name') ?? stringField(call.body, 'legalName') ?? 'Corporate';
      const corporate = addEndUser(state, { kind: 'corporate', name, ...(phone === undefined ? {} : { phone }), kycStatus: 'NOT_STARTED', details }, nowMs);
      return jsonReply(201, { id: corporate.id });
    },
  }),
};
