import type { OperationId } from '../../../spec/openapi/index.ts';
import { errorReply, type ErrorReply, type Reply } from '../reply.ts';
import { refusedField, stringField } from './body-fields.ts';
import type { HandlerContext, OperationCall, OperationHandler } from './handler.ts';
import type { EndUserRecord, SimulatorState, TokenRecord } from '../state.ts';

// Who a call acts for when the body or the query may name the end user, and the KYC gate every
// business operation shares (seed 000: consumers must be KYC-validated before operations).

/** 409 CONSUMER_KYC_MUST_BE_VALIDATED / CORPORATE_KYB_MUST_BE_VALIDATED, or undefined when VALIDATED. */
export function kycRefusalOf(endUser: EndUserRecord): ErrorReply | undefined {
  if (endUser.kycStatus === 'VALIDATED') return undefined;
  return endUser.kind === 'consumer' ? errorReply('CONSUMER_KYC_MUST_BE_VALIDATED') : errorReply('CORPORATE_KYB_MUST_BE_VALIDATED');
}

/**
 * The end user a create call acts for: an end-user token's own end user (step 1 already refused
 * a body naming another one), else the `endUserId` the partner names. A partner naming none gets
 * 400 END_USER_ID_REQUIRED; naming an unknown one, 404 END_USER_NOT_FOUND.
 */
export function actingEndUser(
  state: SimulatorState,
  token: TokenRecord | undefined,
  namedEndUserId: string | undefined,
): EndUserRecord | ErrorReply {
  const endUserId = token?.subject.kind === 'end-user' ? token.subject.endUserId : namedEndUserId;
  if (endUserId === undefined) return refusedField('END_USER_ID_REQUIRED', 'endUserId', null, 'required with a partner token');
  return state.endUsers.get(endUserId) ?? errorReply('END_USER_NOT_FOUND', endUserId);
}

/**
 * A handler for a KYC-gated creation that acts for the end user of the token or the body's
 * `endUserId` (actingEndUser): that end user is the SCA subject and their KYC is checked.
 */
export function endUserCreation(
  operationId: OperationId,
  execute: (owner: EndUserRecord, call: OperationCall, context: HandlerContext) => Reply,
): OperationHandler {
  return {
    operationId,
    ownerOf: ({ body }) => stringField(body, 'endUserId'),
    resolve(call, context) {
      const owner = actingEndUser(context.state, call.token, stringField(call.body, 'endUserId'));
      if (owner.kind === 'error') return owner;
      return { scaSubject: owner.id, kycRefusal: kycRefusalOf(owner), execute: () => execute(owner, call, context) };
    },
  };
}
