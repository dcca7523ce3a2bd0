import { randomUUID } from 'node:crypto';
import type { ScaCase } from '../../../spec/expectations/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { SceneRequest } from '../../simulator/index.ts';
import type { ProbeContext } from '../context.ts';
import { deleteDevice } from '../fixtures/device.ts';
import { planRequest, sendPlanned } from '../fixtures/requests.ts';
import { buildScene, sceneFactsOf, type Scene } from '../fixtures/scene.ts';
import { HarnessError } from '../harness-error.ts';
import { scaCaseFor, type ScaCaseParts } from '../sca-case.ts';
import type { CaseSession } from '../session.ts';
import type { BoundaryCase } from './boundary-case.ts';
import type { JudgedCall } from './observation.ts';
import { signedBy } from './signed-by.ts';

// The edges of the evaluation order (docs/sca-evaluation-order.md) that the random families reach
// only by chance: an invalid request or an unknown resource answers before SCA is asked for, a
// KYC refusal comes only once SCA has passed, and a device removed leaves no device at all.

const DATA_SIGNING = { 'linkcy-sca-strategy': 'DATA_SIGNING' } as const;

function judged(session: CaseSession, scene: Pick<Scene, 'devices' | 'factors' | 'registrationPending'>, probe: JudgedCall['probe'], parts: ScaCaseParts, kyc?: ScaCase['endUser']['kyc'], note?: string): JudgedCall {
  const scaCase = scaCaseFor(session.context, scene, parts);
  return {
    operationId: parts.operationId,
    probe,
    scaCase: kyc === undefined ? scaCase : { ...scaCase, endUser: { ...scaCase.endUser, kyc } },
    ...(note === undefined ? {} : { note }),
  };
}

/** The operation on a resource nobody issued: answered before SCA is even asked for (no SCA headers sent). */
function unknownResourceCase(operationId: OperationId, resource: 'cardId' | 'scaDeviceId'): BoundaryCase {
  return {
    id: `evaluation-order/unknown-resource-before-sca/${operationId}`,
    requirementIds: resource === 'scaDeviceId' ? ['SCA-DEV-013'] : ['SCA-ERR-010'],
    async play(session) {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      const unknown: Scene = { ...scene, resources: { ...scene.resources, [resource]: randomUUID() } };
      const probe = await sendPlanned(session, planRequest(session, unknown, operationId), { token: scene.partnerToken });
      return [judged(session, scene, probe, { operationId, resourceExists: false })];
    },
  };
}

/** KYC (or KYB) not validated: SCA is asked for first, and the refusal comes once a signature passed (D-AUDIT-7). */
function kycCase(kind: 'consumer' | 'corporate'): BoundaryCase {
  const world: SceneRequest = { kind, kyc: 'PENDING' };
  return {
    id: `evaluation-order/kyc-after-sca/${kind}`,
    requirementIds: ['SCA-KYC-002', 'SCA-KYC-001'],
    async play(session) {
      const scene = await buildScene(session, { devices: 'active', biometry: false, world });
      const kyc = kind === 'consumer' ? 'consumer-not-validated' : 'corporate-not-validated';
      const planned = planRequest(session, scene, 'createCard');
      const unsigned = await sendPlanned(session, planned, { token: scene.partnerToken });
      const { header, signature } = await signedBy(session, scene, planned);
      const signed = await sendPlanned(session, planned, { token: scene.partnerToken, headers: { ...DATA_SIGNING, 'linkcy-sca-signature': header } });
      return [
        judged(session, scene, unsigned, { operationId: 'createCard' }, kyc, 'no SCA headers'),
        judged(session, scene, signed, { operationId: 'createCard', strategy: 'DATA_SIGNING', signature }, kyc, 'a correct signature'),
      ];
    },
  };
}

export function orderBoundaryCases(_context: ProbeContext): BoundaryCase[] {
  return [
    {
      // A correct signature of a request the document refuses does not make it valid.
      id: 'evaluation-order/invalid-request-before-sca',
      requirementIds: ['SCA-ERR-003'],
      async play(session) {
        const scene = await buildScene(session, { devices: 'active', biometry: false });
        const planned = { ...planRequest(session, scene, 'createCard'), body: '{}' };
        const { header, signature } = await signedBy(session, scene, planned);
        const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers: { ...DATA_SIGNING, 'linkcy-sca-signature': header } });
        return [judged(session, scene, probe, { operationId: 'createCard', requestValid: false, strategy: 'DATA_SIGNING', signature })];
      },
    },
    unknownResourceCase('getCardPin', 'cardId'),
    unknownResourceCase('activateScaDevice', 'scaDeviceId'),
    kycCase('consumer'),
    kycCase('corporate'),
    {
      // Every device REMOVED is "no device": the removed one's signature names nothing any more.
      id: 'evaluation-order/only-device-removed',
      requirementIds: ['SCA-ERR-008', 'SCA-DEV-015'],
      async play(session) {
        const scene = await buildScene(session, { devices: 'active', biometry: false });
        if (scene.resources.scaDeviceId === undefined) throw new HarnessError('the scene has no device to delete');
        await deleteDevice(session, scene.partnerToken, scene.resources.scaDeviceId);
        const planned = planRequest(session, scene, 'createCard');
        const { header, signature } = await signedBy(session, scene, planned, { device: 'own-removed' });
        const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers: { ...DATA_SIGNING, 'linkcy-sca-signature': header } });
        return [judged(session, sceneFactsOf({ devices: 'none', biometry: false }), probe, { operationId: 'createCard', strategy: 'DATA_SIGNING', signature })];
      },
    },
  ];
}
