import { addEndUser, findEndUserByPhone } from '../records.ts';
import { errorReply, jsonReply } from '../reply.ts';
import { bodyRecord, invalidField, stringField } from './body-fields.ts';
import type { OperationHandler } from './handler.ts';

// POST createConsumer {phone, partnerName?, firstName?, lastName?, ...} -> 201 {id}. Reachable
// without a token (OAS178 security [{}]), then `partnerName` is mandatory (409
// PARTNER_NAME_REQUIRED). A phone already used: 409 PHONE_ALREADY_TAKEN. A consumer created
// through the API starts with KYC NOT_STARTED and no password (the control plane sets both).

export const createConsumerHandler: OperationHandler = {
  operationId: 'createConsumer',
  ownerOf: () => undefined,
  resolve: (call, { state, nowMs, settings }) => ({
    scaSubject: null,
    execute() {
      const partnerName = stringField(call.body, 'partnerName');
      if (call.token === undefined && partnerName === undefined) return errorReply('PARTNER_NAME_REQUIRED');
      if (partnerName !== undefined && partnerName !== settings.partner.partnerName) {
        return invalidField('partnerName', partnerName, 'no partner of this name');
      }
      const phone = stringField(call.body, 'phone') ?? '';
      if (findEndUserByPhone(state, phone) !== undefined) return errorReply('PHONE_ALREADY_TAKEN', phone);
      const { partnerName: _partner, ...details } = bodyRecord(call.body);
      const name = [stringField(call.body, 'firstName'), stringField(call.body, 'lastName')].filter((part) => part !== undefined).join(' ');
      const consumer = addEndUser(state, { kind: 'consumer', name: name === '' ? phone : name, phone, kycStatus: 'NOT_STARTED', details }, nowMs);
      return jsonReply(201, { id: consumer.id });
    },
  }),
};
