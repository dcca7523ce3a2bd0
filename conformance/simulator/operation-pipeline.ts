import { setTimeout as delay } from 'node:timers/promises';
import type { OperationMatch } from '../../spec/openapi/index.ts';
import { authenticate, authorize } from './auth.ts';
import { hasActiveDevice } from './device-presence.ts';
import { takeFault } from './faults.ts';
import type { HandlerContext, OperationCall, Resolution } from './handlers/handler.ts';
import { OPERATION_HANDLERS } from './handlers/index.ts';
import { headerText, type SimulatorRequest } from './http-request.ts';
import { errorReply, type Reply } from './reply.ts';
import { validateOperationRequest } from './request-validation.ts';
import type { SimulatorRuntime } from './runtime.ts';
import { evaluateSca, SCA_STRATEGIES } from './sca-evaluation.ts';
import { SCA_FACTORS, type TokenRecord } from './state.ts';

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
  const jsonBody = request.json?.ok === true ? request.json.value : undefined;

  // 1. Bearer token, token kind, and whose resources the call reaches.
  let token: TokenRecord | undefined;
  if (operation.tokenPolicy !== 'none') {
    const authentication = authenticate(headerText(request.headers, 'authorization'), state, nowMs);
    if (!authentication.ok) return authentication.reply;
    const owner = handler.ownerOf({ pathParams, body: jsonBody, state });
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
  const context: HandlerContext = { state, nowMs, settings, identity: runtime.identity };

  // 3. What the call names exists.
  const resolution = handler.resolve(call, context);
  if ('kind' in resolution) return resolution;

  // 4 and 5. SCA, when this call needs it.
  if (needsSca(runtime, call, resolution)) {
    const strategyHeader = headerText(request.headers, 'linkcy-sca-strategy');
    const factorHeader = headerText(request.headers, 'linkcy-sca-factor');
    const strategy = SCA_STRATEGIES.find((candidate) => candidate === strategyHeader);
    const factor = SCA_FACTORS.find((candidate) => candidate === factorHeader);
    // Step 2 already refused values outside the enums; this keeps the types honest.
    if ((strategyHeader !== undefined && strategy === undefined) || (factorHeader !== undefined && factor === undefined)) {
      return errorReply('ERROR_REQUEST');
    }
    const scaError = evaluateSca(
      {
        endUserId: scaSubjectOf(call, resolution),
        strategy,
        factorHeader: factor,
        signatureHeader: headerText(request.headers, 'linkcy-sca-signature'),
        method: request.method,
        target: request.target,
        rawBody: request.rawBody,
      },
      state,
      nowMs,
      {
        applicationKey: runtime.identity.applicationKey,
        applicationSecret: runtime.identity.applicationSecret,
        signatureTtlMs: settings.signatureTtlMs,
        strictTtl: settings.strictTtl,
        profile: settings.profile,
        defects: settings.defects,
      },
    );
    if (scaError !== undefined) return scaError;
  }

  // 6 and 7. Business rules and the answer.
  return resolution.execute();
}

/** Step 4. */
function needsSca(runtime: SimulatorRuntime, call: OperationCall, resolution: Resolution): boolean {
  switch (call.operation.scaPolicy) {
    case 'required':
      return true;
    case 'first-device-exempt':
      // Defect `extraDeviceWithoutSca` acts here only.
      return !runtime.settings.defects.has('extraDeviceWithoutSca') && hasActiveDevice(runtime.state, scaSubjectOf(call, resolution));
    case 'none':
      return false;
  }
}

function scaSubjectOf(call: OperationCall, resolution: Resolution): string {
  if (resolution.scaSubject === undefined) {
    throw new Error(`handler ${call.operation.operationId} names no SCA subject, but its scaPolicy is ${call.operation.scaPolicy}`);
  }
  return resolution.scaSubject;
}
