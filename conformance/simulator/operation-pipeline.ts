import { setTimeout as delay } from 'node:timers/promises';
import type { OperationMatch } from '../../spec/openapi/index.ts';
import { isScaEligible } from '../../spec/profile/index.ts';
import { authenticate, authorize } from './auth.ts';
import { settleActivations } from './device-activation.ts';
import { takeFault } from './faults.ts';
import type { HandlerContext, OperationCall } from './handlers/handler.ts';
import { OPERATION_HANDLERS } from './handlers/index.ts';
import { headerText, type SimulatorRequest } from './http-request.ts';
import { errorReply, type Reply } from './reply.ts';
import { validateOperationRequest } from './request-validation.ts';
import type { SimulatorRuntime } from './runtime.ts';
import { decideSca, factorHeaderOf } from './sca-evaluation.ts';
import type { TokenRecord } from './state.ts';

// docs/sca-evaluation-order.md for one call of a documented operation, steps 1 to 7 in order.

export async function answerOperation(runtime: SimulatorRuntime, match: OperationMatch, request: SimulatorRequest): Promise<Reply> {
  const fault = takeFault(runtime.state, match.operation.operationId);
  if (fault !== undefined && fault.delayMs > 0) await delay(fault.delayMs);
  if (fault?.reply !== undefined) return { ...errorReply(fault.reply.code), status: fault.reply.status };
  // No `await` from here on: the whole evaluation, state changes included, is one atomic step.
  return evaluateOperation(runtime, match, request);
}

function evaluateOperation(runtime: SimulatorRuntime, { operation, pathParams }: OperationMatch, request: SimulatorRequest): Reply {
  const { state, settings, validators } = runtime;
  const handler = OPERATION_HANDLERS[operation.operationId];
  const nowMs = runtime.clock.now();
  settleActivations(state, nowMs);
  const jsonBody = request.json?.ok === true ? request.json.value : undefined;

  // 1. Bearer token, token kind, and whose resources the call reaches.
  // `none-or-partner` (consumer and corporate sign-up) checks a bearer only when one is sent.
  let token: TokenRecord | undefined;
  const authorization = headerText(request.headers, 'authorization');
  if (operation.tokenPolicy !== 'none' && (operation.tokenPolicy !== 'none-or-partner' || authorization !== undefined)) {
    const authentication = authenticate(authorization, state, runtime.tokenIssuer, nowMs, settings.defects);
    if (!authentication.ok) return authentication.reply;
    const owner = handler.ownerOf({ pathParams, query: request.query, body: jsonBody, state });
    const refusal = authorize(operation, authentication.token, owner, settings.defects);
    if (refusal !== undefined) return refusal;
    token = authentication.token;
  }

  // 2. The request against the OpenAPI document.
  const { method, target, query, headers, rawBody } = request;
  const validation = validateOperationRequest(validators, operation, { pathParams, query, headers, rawBody, bodyTooLarge: request.bodyTooLarge, json: request.json });
  if (!validation.ok) return validation.reply;
  // Built field by field, never by spreading the request: this runs on every call.
  const call: OperationCall = { operation, method, target, pathParams, query, headers, rawBody, body: validation.body, token };
  const context: HandlerContext = { state, nowMs, settings, identity: runtime.identity, tokenIssuer: runtime.tokenIssuer };

  // 2 (continued). Linkcy-SCA-Factor, when the profile makes it part of the contract: on the
  // SCA-eligible operations only. Defect `factorHeaderCheckedEverywhere` acts here only.
  if (isScaEligible(operation.operationId) || settings.defects.has('factorHeaderCheckedEverywhere')) {
    const factor = factorHeaderOf(call, settings.expect);
    if (!factor.ok) return factor.reply;
  }

  // 3. What the call names exists.
  const resolution = handler.resolve(call, context);
  if ('kind' in resolution) return resolution;

  // 3b, 4 and 5. KYC when the profile puts it first; SCA when this call needs it under the profile's policy.
  const sca = decideSca(call, resolution, context, runtime.identity);
  if (sca.kind === 'answer') return sca.reply;

  // 6. Business rules: the subject's KYC first, then what the request names; 7. the answer.
  // Defect `kycNotEnforced` acts here only.
  const kycRefusal = settings.defects.has('kycNotEnforced') ? undefined : sca.kycRefusal;
  const reply = kycRefusal ?? resolution.businessRefusal ?? resolution.execute();
  sca.settle(reply);
  return reply;
}
