import { isErrorCode } from '../../spec/errors/index.ts';
import { OPERATION_IDS } from '../../spec/openapi/index.ts';
import { ControlError, TOKEN_VALIDITIES, type EndUserRequest, type SimulatorControl } from './control-plane.ts';
import type { SimulatorRequest } from './http-request.ts';
import { readJsonBody } from './json-body.ts';
import {
  asObject,
  optionalBoolean,
  optionalInteger,
  optionalNumber,
  optionalOneOf,
  optionalString,
  requiredInteger,
  requiredOneOf,
  requiredString,
  type JsonObject,
} from './json-fields.ts';
import { emptyReply, errorReply, jsonReply, type Reply } from './reply.ts';
import { CARD_STATUSES, CARD_TYPES, KYC_STATUSES, LEDGER_TYPES, PUSH_MODES } from './state.ts';

// The control plane over HTTP: JSON in and out under the reserved prefix (default /__control),
// served only with `--control` (or in process). Each route decodes its body, calls the typed
// control method of the same name, and answers its result. README.md documents the routes.

export const DEFAULT_CONTROL_PREFIX = '/__control';

type ControlRoute = (control: SimulatorControl, body: JsonObject) => Reply;

const ROUTES: Readonly<Record<string, ControlRoute>> = {
  'POST /end-users': (control, body) => jsonReply(201, control.createEndUser(endUserRequest(body))),
  'POST /consumers': (control, body) => jsonReply(201, control.createConsumer(endUserRequest(body))),
  'POST /corporates': (control, body) => jsonReply(201, control.createCorporate(endUserRequest(body))),
  'POST /kyc': (control, body) => {
    const request = { endUserId: requiredString(body, 'endUserId'), status: requiredOneOf(body, 'status', KYC_STATUSES) };
    control.setKycStatus(request);
    return jsonReply(200, request);
  },
  'POST /ledgers': (control, body) =>
    jsonReply(
      201,
      control.createLedger({
        endUserId: requiredString(body, 'endUserId'),
        type: optionalOneOf(body, 'type', LEDGER_TYPES),
        currency: optionalString(body, 'currency'),
        balance: optionalNumber(body, 'balance'),
      }),
    ),
  'POST /card-profiles': (control, body) =>
    jsonReply(
      201,
      control.createCardProfile({
        type: optionalOneOf(body, 'type', CARD_TYPES),
        active: optionalBoolean(body, 'active'),
        name: optionalString(body, 'name'),
      }),
    ),
  'POST /scenes': (control, body) =>
    jsonReply(
      201,
      control.createScene({
        cardType: optionalOneOf(body, 'cardType', CARD_TYPES),
        cardStatus: optionalOneOf(body, 'cardStatus', CARD_STATUSES),
        kyc: optionalOneOf(body, 'kyc', KYC_STATUSES),
        kind: optionalOneOf(body, 'kind', ['consumer', 'corporate']),
        balance: optionalNumber(body, 'balance'),
      }),
    ),
  'POST /tokens': (control, body) =>
    jsonReply(
      201,
      control.issueToken({
          kind: requiredOneOf(body, 'kind', ['partner', 'end-user']),
          endUserId: optionalString(body, 'endUserId'),
          validity: optionalOneOf(body, 'validity', TOKEN_VALIDITIES),
      }),
    ),
  'GET /clock': (control) => jsonReply(200, { nowMs: control.now() }),
  'POST /clock': (control, body) => {
    const advanceMs = optionalInteger(body, 'advanceMs');
    const setMs = optionalInteger(body, 'setMs');
    if ((advanceMs === undefined) === (setMs === undefined)) {
      throw new ControlError('ERROR_REQUEST', 'give exactly one of advanceMs and setMs (integers)');
    }
    return jsonReply(200, { nowMs: advanceMs === undefined ? control.setClock(setMs ?? 0) : control.advanceClock(advanceMs) });
  },
  'POST /faults': (control, body) => {
    const code = optionalString(body, 'code');
    if (code !== undefined && !isErrorCode(code)) throw new ControlError('ERROR_REQUEST', 'code must be a code of the error catalogue');
    control.injectFault({
        operationId: requiredOneOf(body, 'operationId', OPERATION_IDS),
        count: requiredInteger(body, 'count'),
        status: optionalInteger(body, 'status'),
        code,
        delayMs: optionalInteger(body, 'delayMs'),
    });
    return jsonReply(201, { faults: control.state().faults });
  },
  'POST /push-mode': (control, body) => {
    const mode = requiredOneOf(body, 'mode', PUSH_MODES);
    control.setPushMode(mode);
    return jsonReply(200, { mode });
  },
  'POST /signatures': (control, body) => {
    const signature = { activationId: requiredString(body, 'activationId'), nonce: requiredString(body, 'nonce') };
    control.recordSignature(signature);
    return jsonReply(201, { ...signature, createdAtMs: control.now() });
  },
  'GET /state': (control) => jsonReply(200, control.state()),
  'GET /exchanges': (control) => jsonReply(200, { exchanges: control.exchanges() }),
  'POST /reset': (control) => {
    control.reset();
    return emptyReply(204);
  },
};

/** `path` is the request path after the control prefix, e.g. `/end-users`. */
export function answerControl(control: SimulatorControl, path: string, request: SimulatorRequest): Reply {
  const route = ROUTES[`${request.method} ${path}`];
  if (route === undefined) {
    const known = Object.keys(ROUTES).join(', ');
    return { ...errorReply('RESOURCE_NOT_FOUND', 'control route'), details: [{ message: `control routes: ${known}` }] };
  }
  const body = readJsonBody(request);
  if (!body.ok) return body.reply;
  try {
    return route(control, asObject(body.value));
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    return { ...errorReply(error.code, ...error.args), details: [{ field: error.field, rejectedValue: error.rejectedValue, message: error.message }] };
  }
}

function endUserRequest(body: JsonObject): EndUserRequest {
  return {
    name: optionalString(body, 'name'),
    phone: optionalString(body, 'phone'),
    password: optionalString(body, 'password'),
    kycStatus: optionalOneOf(body, 'kycStatus', KYC_STATUSES),
  };
}
