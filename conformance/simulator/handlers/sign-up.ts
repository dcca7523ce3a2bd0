import type { ErrorCode } from '../../../spec/errors/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import { addEndUser, findEndUserByPhone } from '../records.ts';
import { errorReply, jsonReply } from '../reply.ts';
import type { EndUserKind } from '../state.ts';
import { endUserView } from '../views.ts';
import { bodyRecord, invalidField, stringField } from './body-fields.ts';
import type { OperationHandler } from './handler.ts';

// What consumers and corporates share: sign-up (no token needed, then `partnerName` is: 409
// PARTNER_NAME_REQUIRED; a phone already used: 409 PHONE_ALREADY_TAKEN; KYC/KYB NOT_STARTED) and
// the read of one by its path id (with its SCA devices; the field is ours, D-SRC-6).

export interface SignUp {
  readonly operationId: OperationId;
  readonly kind: EndUserKind;
  /** The body field holding the phone the end user is known by, if any. */
  readonly phoneField: string;
  readonly nameOf: (body: unknown) => string | undefined;
}

export function signUpHandler({ operationId, kind, phoneField, nameOf }: SignUp): OperationHandler {
  return {
    operationId,
    ownerOf: () => undefined,
    resolve: (call, { state, nowMs, settings }) => ({
      scaSubject: null,
      execute() {
        const partnerName = stringField(call.body, 'partnerName');
        if (call.token === undefined && partnerName === undefined) return errorReply('PARTNER_NAME_REQUIRED');
        if (partnerName !== undefined && partnerName !== settings.partner.partnerName) {
          return invalidField('partnerName', partnerName, 'no partner of this name');
        }
        const phone = stringField(call.body, phoneField);
        if (phone !== undefined && findEndUserByPhone(state, phone) !== undefined) return errorReply('PHONE_ALREADY_TAKEN', phone);
        const { partnerName: _partnerName, ...details } = bodyRecord(call.body);
        const name = nameOf(call.body) ?? phone ?? kind;
        return jsonReply(201, { id: addEndUser(state, { kind, name, phone, kycStatus: 'NOT_STARTED', details }, nowMs).id });
      },
    }),
  };
}

export function endUserReadHandler(operationId: OperationId, kind: EndUserKind, pathParam: string, notFound: ErrorCode): OperationHandler {
  return {
    operationId,
    ownerOf: ({ pathParams }) => pathParams[pathParam],
    resolve(call, { state }) {
      const id = call.pathParams[pathParam] ?? '';
      const endUser = state.endUsers.get(id);
      if (endUser?.kind !== kind) return errorReply(notFound, id);
      return { scaSubject: endUser.id, execute: () => jsonReply(200, endUserView(endUser, state.devicesOf(endUser.id))) };
    },
  };
}
