import { expect } from 'vitest';
import { ERROR_CATALOGUE, readErrorCode, type ErrorCode } from '../../../spec/errors/index.ts';
import { buildPath, type OperationId, type QueryValue } from '../../../spec/openapi/index.ts';
import { getDefaultValidators } from '../../../spec/validate/index.ts';
import { httpActivationExchange, VirtualDevice, type DeviceFactor, type SignedRecord, type SignRequest } from '../../../generators/index.ts';
import type { SimulatorHandle } from '../index.ts';

// Black-box access to a running simulator for the tests: every documented operation is called
// over HTTP and every answer is checked against the OpenAPI document (spec/validate) unless a
// test turns that off (defects that break the schema on purpose).

export interface SignSpec {
  readonly device: VirtualDevice;
  readonly factor?: DeviceFactor;
  readonly pin?: string;
  readonly signatureType?: SignRequest['signatureType'];
  /** Sign other data than is sent (tampering tests). */
  readonly signedTarget?: string;
  readonly signedBody?: string;
  readonly signedMethod?: string;
}

export interface CallOptions {
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** Sent as `Authorization: Bearer <token>`. */
  readonly token?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON with Content-Type application/json. */
  readonly body?: unknown;
  /** Sent byte for byte (Content-Type from `headers`). */
  readonly rawBody?: string;
  /** DATA_SIGNING with a signature from this device over the request as sent. */
  readonly sign?: SignSpec;
  /** Default true: the answer must match the OpenAPI document. */
  readonly validate?: boolean;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  readonly body: unknown;
  /** The request target sent (path and query). */
  readonly target: string;
}

export const TEST_PIN = '1234';

export interface ActivateSdkOptions {
  readonly biometry?: boolean;
  readonly version?: '3.0' | '3.1' | '3.2' | '3.3';
  /** Default true: report every signature to the simulator (control.recordSignature). */
  readonly recordSignatures?: boolean;
}

export class SimulatorClient {
  constructor(readonly simulator: SimulatorHandle) {}

  /** Calls a documented operation at the path the simulator serves it on. */
  async call(operationId: OperationId, options: CallOptions = {}): Promise<CallResult> {
    const operation = this.simulator.operations.find((candidate) => candidate.operationId === operationId);
    if (operation === undefined) throw new Error(`no operation ${operationId}`);
    const target = buildPath(operation, options.pathParams ?? {}, options.query ?? {});
    const bodyText = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const headers: Record<string, string> = {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    };
    if (options.sign !== undefined) {
      const { device, signedTarget, signedBody, signedMethod, ...signing } = options.sign;
      headers['linkcy-sca-strategy'] = 'DATA_SIGNING';
      headers['linkcy-sca-signature'] = device.sign({
        method: signedMethod ?? operation.method,
        uri: signedTarget ?? target,
        body: signedBody ?? bodyText,
        ...signing,
      });
    }
    const result = await this.send(operation.method, target, headers, bodyText);
    if (options.validate !== false) {
      const violations = getDefaultValidators().validateResponse(operationId, {
        status: result.status,
        headers: result.headers,
        ...(result.text === '' ? {} : { body: result.body }),
      });
      expect(violations, `${operationId} answered ${result.status} ${result.text}`).toEqual([]);
    }
    return result;
  }

  /** Any request, byte for byte. */
  async send(method: string, target: string, headers: Readonly<Record<string, string>> = {}, body?: string): Promise<CallResult> {
    const response = await fetch(`${this.simulator.url}${target}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: Object.fromEntries(response.headers), text, body: parsed, target };
  }

  async partnerToken(): Promise<string> {
    const { partnerName, username, password } = this.simulator.info.partner;
    const result = await this.call('login', { body: { partnerName, username, password } });
    expect(result.status).toBe(200);
    return field(result.body, 'token');
  }

  /** Registers a device and returns the registration body. */
  async register(endUserId: string, token: string, extra: CallOptions = {}): Promise<{ scaDeviceId: string; activationCode: string; activationCodeSignature: string; activationQrCodeData: string }> {
    const result = await this.call('registerScaDevice', { pathParams: { endUserId }, token, ...extra });
    expect(result.status, result.text).toBe(201);
    return {
      scaDeviceId: field(result.body, 'scaDeviceId'),
      activationCode: field(result.body, 'activationCode'),
      activationCodeSignature: field(result.body, 'activationCodeSignature'),
      activationQrCodeData: field(result.body, 'activationQrCodeData'),
    };
  }

  /**
   * The SDK side: a VirtualDevice activated with the code. It reports its signatures for the TTL
   * unless `recordSignatures` is false (then it signs like a real SDK, of unknown provenance).
   */
  activateSdk(
    registration: { activationCode: string; activationCodeSignature: string },
    { recordSignatures = true, ...options }: ActivateSdkOptions = {},
  ): Promise<VirtualDevice> {
    const { info, control } = this.simulator;
    return VirtualDevice.activate({
      exchange: httpActivationExchange(this.simulator.url),
      activation: registration,
      masterPublicKey: info.masterPublicKey,
      applicationKey: info.applicationKey,
      applicationSecret: info.applicationSecret,
      pin: TEST_PIN,
      ...options,
      ...(recordSignatures ? { onSigned: (record: SignedRecord) => control.recordSignature(record) } : {}),
    });
  }

  /** Register, SDK activation, activateScaDevice: an ACTIVE device. Extra devices need `registerWith` (SCA). */
  async onboard(
    endUserId: string,
    token: string,
    options: ActivateSdkOptions & { registerWith?: CallOptions } = {},
  ): Promise<{ device: VirtualDevice; scaDeviceId: string }> {
    const registration = await this.register(endUserId, token, options.registerWith);
    const device = await this.activateSdk(registration, options);
    const activation = await this.call('activateScaDevice', { pathParams: { scaDeviceId: registration.scaDeviceId }, token });
    expect(activation.status).toBe(204);
    return { device, scaDeviceId: registration.scaDeviceId };
  }

  /**
   * A createCard body for `endUserId` (serialised): a fresh empty ledger of theirs and an active
   * card profile (VIRTUAL unless asked: a PHYSICAL one comes with a deliveryMethod).
   */
  cardBody(endUserId: string, type: 'PHYSICAL' | 'VIRTUAL' = 'VIRTUAL', extra: Readonly<Record<string, unknown>> = {}): string {
    const { control } = this.simulator;
    const { ledgerId } = control.createLedger({ endUserId });
    const { cardProfileId } = control.createCardProfile({ type });
    return JSON.stringify({ ledgerId, profileId: cardProfileId, ...(type === 'PHYSICAL' ? { deliveryMethod: 'FRENCH_MAIL' } : {}), ...extra });
  }

  /** createCard for `endUserId` (body from cardBody unless `options` give one). */
  createCard(endUserId: string, token: string, options: CallOptions = {}): Promise<CallResult> {
    const body = options.body === undefined && options.rawBody === undefined ? { rawBody: this.cardBody(endUserId), headers: { 'content-type': 'application/json', ...options.headers } } : {};
    return this.call('createCard', { token, ...options, ...body });
  }

  /** getConsumer: the end user with their devices (the simulator's end users are consumers unless made corporate). */
  getEndUser(endUserId: string, token: string | undefined, options: CallOptions = {}): Promise<CallResult> {
    return this.call('getConsumer', { pathParams: { consumerId: endUserId }, ...(token === undefined ? {} : { token }), ...options });
  }
}

/** Status from the catalogue, and the code in the body. */
export function expectError(result: CallResult, code: ErrorCode): void {
  expect({ status: result.status, code: readErrorCode(result.body) }, result.text).toEqual({ status: ERROR_CATALOGUE[code].status, code });
}

export function field(body: unknown, name: string): string {
  const value: unknown = body !== null && typeof body === 'object' ? Reflect.get(body, name) : undefined;
  if (typeof value !== 'string') throw new Error(`expected a string field ${name} in ${JSON.stringify(body)}`);
  return value;
}
