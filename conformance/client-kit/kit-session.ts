import { buildPath, type OperationId, type OperationInfo } from '../../spec/openapi/index.ts';
import type { AppStandIn } from './app-stand-in.ts';

// The kit's own LinkCy calls for a scenario's setup (before the client runs, so never judged):
// partner login, and the device steps of the registration sequence, the app activating.

export interface KitSession {
  readonly baseUrl: string;
  readonly operations: readonly OperationInfo[];
  readonly partner: { partnerName: string; username: string; password: string };
  readonly app: AppStandIn;
}

async function call(
  session: KitSession,
  operationId: OperationId,
  options: { pathParams?: Record<string, string>; token?: string; body?: unknown } = {},
): Promise<Record<string, unknown>> {
  const operation = session.operations.find((candidate) => candidate.operationId === operationId);
  if (operation === undefined) throw new Error(`client kit setup: the simulator serves no ${operationId}`);
  const response = await fetch(session.baseUrl + buildPath(operation, options.pathParams ?? {}), {
    method: operation.method,
    headers: {
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`client kit setup: ${operationId} answered ${response.status}`);
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

export async function partnerToken(session: KitSession): Promise<string> {
  return String((await call(session, 'login', { body: session.partner })).token);
}

/** Register, the app's activation, activate: a device the app holds, ACTIVE. */
export async function onboardAppDevice(session: KitSession, token: string, endUserId: string): Promise<string> {
  const registration = await registerDevice(session, token, endUserId);
  await session.app.activate(endUserId, {
    activationCode: String(registration.activationCode),
    activationCodeSignature: String(registration.activationCodeSignature),
  });
  await call(session, 'activateScaDevice', { pathParams: { scaDeviceId: String(registration.scaDeviceId) }, token });
  return String(registration.scaDeviceId);
}

/** A first device needs no SCA; the kit never registers an extra one. */
export async function registerDevice(session: KitSession, token: string, endUserId: string): Promise<Record<string, unknown>> {
  return call(session, 'registerScaDevice', { pathParams: { endUserId }, token });
}

export async function deleteDevice(session: KitSession, token: string, scaDeviceId: string): Promise<void> {
  await call(session, 'deleteScaDevice', { pathParams: { scaDeviceId }, token });
}
