import { randomUUID } from 'node:crypto';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import { cardBody } from '../fixtures/card.ts';
import { registerDevice, sdkActivate } from '../fixtures/device.ts';
import { partnerLogin } from '../fixtures/partner.ts';
import { planRequest, sendPlanned, signPlanned } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import type { CaseSession } from '../session.ts';
import type { ResponseCase, StatefulVariant } from './cases.ts';

// Plays a response case. The probe exchange is never asserted here: whatever comes back is what
// the response checks judge. Fixture steps before it still must succeed.

const EXAMPLE_ID = '0b9a3f4e-2c1d-4e5f-8a7b-6c5d4e3f2a1b';
const NOT_A_UUID = 'not-a-uuid';

export async function playResponseCase(session: CaseSession, testCase: ResponseCase): Promise<Exchange> {
  return testCase.kind === 'stateful' ? playStateful(session, testCase.operationId, testCase.variant) : playExample(session, testCase);
}

async function playStateful(session: CaseSession, operationId: OperationId, variant: StatefulVariant): Promise<Exchange> {
  if (operationId === 'login' || operationId === 'refreshToken') return playTokenCall(session, operationId, variant);
  // Registration and activation start from an end user with no device; the rest need an active one.
  const fresh = operationId === 'registerScaDevice' || operationId === 'activateScaDevice';
  const scene = await buildScene(session, { devices: fresh ? 'none' : 'active', biometry: false, card: operationId === 'getCardSensitiveData' });
  const token = variant === 'no-token' ? undefined : scene.partnerToken;
  if (variant === 'unknown-resource' || variant === 'invalid-request') return playWrongRequest(session, operationId, variant, scene);
  if (operationId === 'activateScaDevice') {
    const registration = await registerDevice(session, scene.endUserId, scene.partnerToken);
    await sdkActivate(session, registration, false);
    return session.call('activateScaDevice', { pathParams: { scaDeviceId: registration.scaDeviceId }, token });
  }
  const planned = planRequest(session, scene, operationId, operationId === 'getCardSensitiveData' ? { fields: 'pan,expiry' } : {});
  const device = scene.onboarded?.device;
  const needsSca = session.operation(operationId).scaPolicy === 'required' || (operationId === 'registerScaDevice' && scene.devices === 'active');
  if (!needsSca || device === undefined || variant === 'no-token') return sendPlanned(session, planned, { token });
  const signed = await signPlanned(session, device, planned);
  return sendPlanned(session, planned, { token, headers: dataSigningHeaders(signed.header) });
}

/** An id nobody issued, or one that is not a UUID (a bad `fields` list for the card data, whose id is fine). */
function playWrongRequest(session: CaseSession, operationId: OperationId, variant: 'unknown-resource' | 'invalid-request', scene: Scene): Promise<Exchange> {
  const token = scene.partnerToken;
  const id = variant === 'unknown-resource' ? randomUUID() : NOT_A_UUID;
  if (operationId === 'createCard') {
    const body = variant === 'unknown-resource' ? cardBody(id) : JSON.stringify({ endUserId: scene.endUserId, type: 'PLASTIC' });
    return session.call('createCard', { token, body, headers: { 'linkcy-sca-strategy': 'DATA_SIGNING' } });
  }
  if (operationId === 'getCardSensitiveData' && variant === 'invalid-request' && scene.cardId !== undefined) {
    return session.call(operationId, { token, pathParams: { cardId: scene.cardId }, query: { fields: 'pin' } });
  }
  return session.call(operationId, { token, pathParams: allParams(session, operationId, id) });
}

/** Every path parameter of the operation set to `value`. */
function allParams(session: CaseSession, operationId: OperationId, value: string): Record<string, string> {
  const names = [...session.operation(operationId).pathTemplate.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
  return Object.fromEntries(names.map((name) => [name, value]));
}

/** login: success, wrong password ("unknown"), empty body; refreshToken: a real, an unknown and no refresh token. */
async function playTokenCall(session: CaseSession, operationId: 'login' | 'refreshToken', variant: StatefulVariant): Promise<Exchange> {
  const partner = session.context.target.info?.partner;
  if (operationId === 'login') {
    const body = variant === 'invalid-request' || partner === undefined ? {} : { ...partner, ...(variant === 'unknown-resource' ? { password: `wrong-${randomUUID()}` } : {}) };
    return session.call('login', { body: JSON.stringify(body) });
  }
  const refreshToken = variant === 'success' ? (await partnerLogin(session)).refreshToken : `unknown-${randomUUID()}`;
  return session.call('refreshToken', { body: JSON.stringify(variant === 'invalid-request' ? {} : { refreshToken }) });
}

/** A valid request (so a mock answers from the document), asking Prism for one documented answer. */
function playExample(session: CaseSession, testCase: Extract<ResponseCase, { kind: 'documented-example' }>): Promise<Exchange> {
  const { operationId, status, example } = testCase;
  const operation = session.operation(operationId);
  const pathParams = allParams(session, operationId, EXAMPLE_ID);
  const bodies: Partial<Record<OperationId, unknown>> = {
    login: { partnerName: 'probe', username: 'probe', password: 'probe' },
    refreshToken: { refreshToken: 'probe' },
    createCard: { endUserId: EXAMPLE_ID, type: 'VIRTUAL' },
  };
  const body = bodies[operationId];
  return session.call(operationId, {
    pathParams,
    ...(operation.tokenPolicy === 'none' ? {} : { token: 'probe-token' }),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    headers: { prefer: example === null ? `code=${status}` : `code=${status}, example=${example}` },
  });
}
