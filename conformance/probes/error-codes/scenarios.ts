import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '../../../spec/errors/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import { cardBody } from '../fixtures/card.ts';
import { registerDevice, WRONG_PIN } from '../fixtures/device.ts';
import { partnerLogin } from '../fixtures/partner.ts';
import { planRequest, sendPlanned, signPlanned } from '../fixtures/requests.ts';
import { buildScene, type Scene, type SceneSpec } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import type { CaseSession } from '../session.ts';

// One deterministic scenario per catalogue code: how a client provokes it on a target, or why no
// client can. A code without a scenario is reported "not triggered" with the reason, never passed.

export interface ErrorScenario {
  readonly code: ErrorCode;
  readonly operationId: OperationId | null;
  /** The scenario in one line, or why the code cannot be provoked. */
  readonly how: string;
  /** Absent: no client request reaches this code on a target. */
  readonly provoke?: (session: CaseSession) => Promise<Exchange>;
}

const ACTIVE: SceneSpec = { devices: 'active', biometry: false, card: false };
const POWERAUTH_INTERNAL = 'PowerAuth-internal: no documented LinkCy operation takes the input that provokes it';

/** createCard on a scene, with SCA headers. */
async function createCard(session: CaseSession, spec: SceneSpec, headers: (scene: Scene) => Promise<Record<string, string>> | Record<string, string>): Promise<Exchange> {
  const scene = await buildScene(session, spec);
  return sendPlanned(session, planRequest(session, scene, 'createCard'), { token: scene.partnerToken, headers: await headers(scene) });
}

/** A correct-looking signed createCard whose signature the scene's device made with `options`. */
function signedWith(session: CaseSession, spec: SceneSpec, options: Parameters<typeof signPlanned>[3]): Promise<Exchange> {
  return createCard(session, spec, async (scene): Promise<Record<string, string>> => {
    const device = scene.onboarded?.device;
    if (device === undefined) return { 'linkcy-sca-strategy': 'DATA_SIGNING' };
    const signed = await signPlanned(session, device, planRequest(session, scene, 'createCard'), options);
    return dataSigningHeaders(signed.header);
  });
}

/** Refused at request validation (step 2), before any resource or SCA rule: a partner token is all it needs. */
async function rawCreateCard(session: CaseSession, body: string, contentType: string): Promise<Exchange> {
  const { token } = await partnerLogin(session);
  return session.call('createCard', { token, body, headers: { 'content-type': contentType } });
}

export const ERROR_SCENARIOS: readonly ErrorScenario[] = [
  { code: 'SCA_REQUIRED', operationId: 'createCard', how: 'createCard without Linkcy-SCA-Strategy (PUSH_NOTIFICATION, not implemented)', provoke: (session) => createCard(session, ACTIVE, () => ({})) },
  { code: 'SCA_SIGNATURE_DOES_NOT_MATCH', operationId: 'createCard', how: 'createCard signed with a wrong PIN', provoke: (session) => signedWith(session, ACTIVE, { pin: WRONG_PIN }) },
  {
    code: 'NO_ACTIVE_SCA_DEVICE_FOUND',
    operationId: 'createCard',
    how: 'createCard signed by the end user\'s only device, BLOCKED by five wrong PINs',
    provoke: (session) => signedWith(session, { ...ACTIVE, devices: 'blocked-only' }, {}),
  },
  { code: 'SCA_DEVICE_NOT_VALID', operationId: 'createCard', how: 'createCard with a possession-only signature', provoke: (session) => signedWith(session, ACTIVE, { signatureType: 'possession' }) },
  {
    code: 'SCA_SIGNATURE_FORMAT_INVALID',
    operationId: 'createCard',
    how: 'createCard with DATA_SIGNING and a Linkcy-SCA-Signature outside the PowerAuth grammar',
    provoke: (session) => createCard(session, ACTIVE, () => dataSigningHeaders('PowerAuth pa_activation_id="not-a-uuid"')),
  },
  { code: 'SCA_SIGNATURE_MISSING', operationId: 'createCard', how: 'createCard with DATA_SIGNING and no Linkcy-SCA-Signature', provoke: (session) => createCard(session, ACTIVE, () => ({ 'linkcy-sca-strategy': 'DATA_SIGNING' })) },
  {
    code: 'SCA_UNEXPECTED_ERROR',
    operationId: 'createCard',
    how: 'createCard after the control plane injected a failing SCA back end (fault injection; no client request provokes it otherwise)',
    provoke: async (session) => {
      await session.control().injectFault({ operationId: 'createCard', count: 1, code: 'SCA_UNEXPECTED_ERROR' });
      return createCard(session, ACTIVE, () => ({ 'linkcy-sca-strategy': 'DATA_SIGNING' }));
    },
  },
  { code: 'ERROR_SIGNATURE_INVALID', operationId: null, how: `${POWERAUTH_INTERNAL} (online approval of a PowerAuth operation)` },
  { code: 'ERROR_TOKEN_INVALID', operationId: null, how: `${POWERAUTH_INTERNAL} (a PowerAuth token header)` },
  { code: 'ERROR_REQUEST', operationId: 'createCard', how: 'createCard with type "PLASTIC" (not in the enum)', provoke: (session) => rawCreateCard(session, JSON.stringify({ endUserId: randomUUID(), type: 'PLASTIC' }), 'application/json') },
  { code: 'ERROR_OTP_INVALID', operationId: null, how: `${POWERAUTH_INTERNAL} (an activation OTP; LinkCy's activation takes no payload)` },
  { code: 'ERROR_OPERATION_NOT_FOUND', operationId: null, how: `${POWERAUTH_INTERNAL} (a PowerAuth operation id)` },
  {
    code: 'ERROR_OPERATION_STATE_CHANGE',
    operationId: 'activateScaDevice',
    how: 'activateScaDevice before the SDK activation',
    provoke: async (session) => {
      const scene = await buildScene(session, { ...ACTIVE, devices: 'none' });
      const { scaDeviceId } = await registerDevice(session, scene.endUserId, scene.partnerToken);
      return session.call('activateScaDevice', { pathParams: { scaDeviceId }, token: scene.partnerToken });
    },
  },
  {
    code: 'ERROR_INTERNAL_API',
    operationId: 'getEndUser',
    how: 'getEndUser after the control plane injected an internal failure (fault injection; no client request provokes it otherwise)',
    provoke: async (session) => {
      const scene = await buildScene(session, { ...ACTIVE, devices: 'none' });
      await session.control().injectFault({ operationId: 'getEndUser', count: 1, status: 500 });
      return session.call('getEndUser', { pathParams: { endUserId: scene.endUserId }, token: scene.partnerToken });
    },
  },
  {
    code: 'SCA_REGISTRATION_NOT_FOUND',
    operationId: 'activateScaDevice',
    how: 'activateScaDevice of an scaDeviceId nobody registered',
    provoke: async (session) => {
      const scene = await buildScene(session, { ...ACTIVE, devices: 'none' });
      return session.call('activateScaDevice', { pathParams: { scaDeviceId: randomUUID() }, token: scene.partnerToken });
    },
  },
  {
    code: 'ERROR_REGISTRATION_NOT_ALLOWED',
    operationId: 'registerScaDevice',
    how: 'registerScaDevice while the first registration awaits activation',
    provoke: async (session) => {
      const scene = await buildScene(session, { ...ACTIVE, devices: 'none' });
      await registerDevice(session, scene.endUserId, scene.partnerToken);
      return session.call('registerScaDevice', { pathParams: { endUserId: scene.endUserId }, token: scene.partnerToken });
    },
  },
  { code: 'SCA_DEVICE_NOT_SET', operationId: 'createCard', how: 'createCard for an end user who never registered a device', provoke: (session) => createCard(session, { ...ACTIVE, devices: 'none' }, () => ({})) },
  { code: 'SCA_FACTOR_NOT_SET', operationId: 'createCard', how: 'createCard with Linkcy-SCA-Factor BIOMETRY for a PIN-only device', provoke: (session) => createCard(session, ACTIVE, () => ({ 'linkcy-sca-factor': 'BIOMETRY' })) },
  {
    code: 'SCA_INTERACTION_DECLINED',
    operationId: 'createCard',
    how: 'createCard with PUSH_NOTIFICATION while the control plane plays an end user who declines',
    provoke: async (session) => {
      await session.control().setPushMode('decline');
      try {
        return await createCard(session, ACTIVE, () => ({ 'linkcy-sca-strategy': 'PUSH_NOTIFICATION' }));
      } finally {
        await session.control().setPushMode('off');
      }
    },
  },
  {
    code: 'UNAUTHORIZED',
    operationId: 'getEndUser',
    how: 'getEndUser without an Authorization header',
    provoke: (session) => session.call('getEndUser', { pathParams: { endUserId: randomUUID() } }),
  },
  {
    code: 'FORBIDDEN',
    operationId: 'deleteScaDevice',
    how: "deleteScaDevice with the device owner's end-user token (partner-only operation)",
    provoke: async (session) => {
      const scene = await buildScene(session, ACTIVE);
      return sendPlanned(session, planRequest(session, scene, 'deleteScaDevice'), { token: scene.endUserToken });
    },
  },
  {
    code: 'RESOURCE_NOT_FOUND',
    operationId: 'getEndUser',
    how: 'getEndUser of an end user id nobody created',
    provoke: async (session) => {
      const scene = await buildScene(session, { ...ACTIVE, devices: 'none' });
      return session.call('getEndUser', { pathParams: { endUserId: randomUUID() }, token: scene.partnerToken });
    },
  },
  {
    code: 'PAYLOAD_TOO_LARGE',
    operationId: 'createCard',
    how: 'createCard with a 70 000-byte JSON body',
    provoke: (session) => rawCreateCard(session, JSON.stringify({ endUserId: randomUUID(), type: 'VIRTUAL', label: 'x'.repeat(70_000) }), 'application/json'),
  },
  { code: 'UNSUPPORTED_MEDIA_TYPE', operationId: 'createCard', how: 'createCard with Content-Type text/plain', provoke: (session) => rawCreateCard(session, cardBody(randomUUID()), 'text/plain') },
];
