import { randomBytes } from 'node:crypto';
import { DEFAULT_LOOK_AHEAD, formatSignatureHeader, parseSignatureHeader, type SignatureType } from '../../../spec/powerauth/index.ts';
import type { SignatureFacts } from '../../../spec/expectations/index.ts';
import type { VirtualDevice } from '../../../generators/index.ts';
import type { Exchange } from '../../targets/index.ts';
import { blockDevice, deleteDevice, onboardDevice, WRONG_PIN } from '../fixtures/device.ts';
import { OPERATION_RECIPES, PROBE_QUERY } from '../fixtures/operations.ts';
import { planRequest, sendAsPlanned, signPlanned, type PlannedRequest } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { dataSigningHeaders, signRequest } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import { expectSuccess, type CaseSession } from '../session.ts';
import type { SemanticOperationCase } from './cases.ts';

// Each mutation played for real on the case's operation: the fixtures it needs, the signature it
// makes, what it sends, and the facts that makes true (the expectation model turns facts into the
// answer).

export interface PlayedMutation {
  readonly scene: Scene;
  readonly planned: PlannedRequest;
  readonly probe: Exchange;
  readonly type: SignatureType;
  readonly facts: Partial<SignatureFacts>;
}

const KNOWLEDGE: SignatureType = 'possession_knowledge';

function deviceOf(scene: Scene): VirtualDevice {
  if (scene.onboarded === undefined) throw new HarnessError('the scene has no device');
  return scene.onboarded.device;
}

/** Sends `planned` as it is, signed by `device` over what `signed` says (default: the same request). */
async function sendSignedOver(session: CaseSession, scene: Scene, planned: PlannedRequest, device: VirtualDevice, signed: { method?: string; uri?: string; body?: string; signatureType?: SignatureType; pin?: string } = {}): Promise<Exchange> {
  const { header } = await signRequest(session, device, {
    method: signed.method ?? planned.method,
    uri: signed.uri ?? planned.target,
    body: 'body' in signed ? signed.body : planned.body,
    ...(signed.signatureType === undefined ? {} : { signatureType: signed.signatureType }),
    ...(signed.pin === undefined ? {} : { pin: signed.pin }),
  });
  return sendAsPlanned(session, scene, planned, dataSigningHeaders(header));
}

/** The request target with `/other` appended to its path (the query, if any, kept). */
function otherPath(target: string): string {
  const query = target.indexOf('?');
  return query === -1 ? `${target}/other` : `${target.slice(0, query)}/other${target.slice(query)}`;
}

export async function playMutation(session: CaseSession, testCase: SemanticOperationCase): Promise<PlayedMutation> {
  const queried = testCase.mutation === 'query-dropped' || testCase.mutation === 'query-altered';
  const scene = await buildScene(session, { devices: 'active', biometry: false });
  const planned = planRequest(session, scene, testCase.operationId, { withQuery: queried });
  const device = deviceOf(scene);
  const played = (probe: Exchange, facts: Partial<SignatureFacts> = {}, type: SignatureType = KNOWLEDGE): PlayedMutation => ({ scene, planned, probe, type, facts });
  switch (testCase.mutation) {
    case 'none':
      return played(await sendSignedOver(session, scene, planned, device));
    case 'second-own-device':
    case 'removed-device':
    case 'blocked-device': {
      // A second ACTIVE device (registered with SCA by the first), then degraded; the first stays ACTIVE.
      const second = await onboardDevice(session, scene.endUserId, scene.partnerToken, { biometry: false, signer: device });
      if (testCase.mutation === 'removed-device') await deleteDevice(session, scene.partnerToken, second.scaDeviceId);
      if (testCase.mutation === 'blocked-device') await blockDevice(session, scene, second.device);
      const signer = { 'second-own-device': 'own-active', 'removed-device': 'own-removed', 'blocked-device': 'own-blocked' } as const;
      return played(await sendSignedOver(session, scene, planned, second.device), { device: signer[testCase.mutation] });
    }
    case 'other-user-device': {
      const other = await session.control().createEndUser();
      const foreign = await onboardDevice(session, other.endUserId, scene.partnerToken, { biometry: false });
      return played(await sendSignedOver(session, scene, planned, foreign.device), { device: 'other-user' });
    }
    case 'wrong-pin':
      return played(await sendSignedOver(session, scene, planned, device, { pin: WRONG_PIN }), { counter: 'wrong-key' });
    case 'body-dropped':
      return played(await sendSignedOver(session, scene, planned, device, { body: '' }), { dataMatches: false });
    case 'body-altered':
      return played(await sendSignedOver(session, scene, planned, device, { body: OPERATION_RECIPES[planned.operationId].body?.(scene.resources, 'other') ?? '{}' }), { dataMatches: false });
    case 'method-altered':
      return played(await sendSignedOver(session, scene, planned, device, { method: planned.method === 'PUT' ? 'POST' : 'PUT' }), { dataMatches: false });
    case 'path-altered':
      return played(await sendSignedOver(session, scene, planned, device, { uri: otherPath(planned.target) }), { dataMatches: false });
    case 'query-dropped':
      return played(await sendSignedOver(session, scene, planned, device, { uri: session.targetOf(planned.operationId, planned.pathParams) }), { dataMatches: false });
    case 'query-altered':
      return played(await sendSignedOver(session, scene, planned, device, { uri: session.targetOf(planned.operationId, planned.pathParams, { ...PROBE_QUERY, probeRef: 'altered' }) }), { dataMatches: false });
    case 'replay': {
      const signed = await signPlanned(session, device, planned);
      const first = await sendAsPlanned(session, scene, planned, dataSigningHeaders(signed.header));
      expectSuccess(first, 'first use of the signature');
      return played(await sendAsPlanned(session, scene, planned, dataSigningHeaders(signed.header)), { counter: 'replayed' });
    }
    case 'overtaken': {
      // Two signatures of one device in flight (D-AUDIT-5): the younger is sent and accepted first.
      const older = await signPlanned(session, device, planned);
      const younger = await signPlanned(session, device, planned);
      expectSuccess(await sendAsPlanned(session, scene, planned, dataSigningHeaders(younger.header)), 'the younger signature');
      return played(await sendAsPlanned(session, scene, planned, dataSigningHeaders(older.header)), { counter: 'overtaken' });
    }
    case 'counter-ahead':
      device.skipCounter(testCase.counterSteps);
      return played(await sendSignedOver(session, scene, planned, device), { counter: testCase.counterSteps < DEFAULT_LOOK_AHEAD ? 'fresh' : 'beyond-window' });
    case 'possession-only':
      return played(await sendSignedOver(session, scene, planned, device, { signatureType: 'possession' }), {}, 'possession');
    case 'foreign-application-key': {
      const signed = await signPlanned(session, device, planned);
      const parsed = parseSignatureHeader(signed.header);
      if (!parsed.ok) throw new HarnessError('the virtual device made a malformed signature header');
      const header = formatSignatureHeader({ ...parsed.header, applicationKey: randomBytes(16).toString('base64') });
      return played(await sendAsPlanned(session, scene, planned, dataSigningHeaders(header)), { applicationKeyMatches: false });
    }
  }
}
