import { DEFAULT_LOOK_AHEAD } from '../../../spec/powerauth/index.ts';
import type { SignatureFacts } from '../../../spec/expectations/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { SignatureType } from '../../../spec/powerauth/index.ts';
import type { VirtualDevice } from '../../../generators/index.ts';
import type { ProbeContext } from '../context.ts';
import { planRequest, sendAsPlanned, signatureFactsOf, signPlanned, type PlannedRequest } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import { scaCaseFor } from '../sca-case.ts';
import type { CaseSession } from '../session.ts';
import type { BoundaryCase } from './boundary-case.ts';
import type { JudgedCall } from './observation.ts';

// The stated edges of the signature rules (docs/probe-design.md, "Stated boundaries"): counter
// window, TTL, single factors, factors not onboarded, failed-attempt counting, the signed URI.

const KNOWLEDGE: SignatureType = 'possession_knowledge';

function deviceOf(scene: Scene): VirtualDevice {
  if (scene.onboarded === undefined) throw new HarnessError('the scene has no device');
  return scene.onboarded.device;
}

/** A DATA_SIGNING call judged with these signature facts (a fresh signature of the own active device by default). */
function judged(session: CaseSession, scene: Scene, planned: PlannedRequest, probe: JudgedCall['probe'], facts: Partial<SignatureFacts> = {}, note?: string, type: SignatureType = KNOWLEDGE): JudgedCall {
  const scaCase = scaCaseFor(session.context, scene, {
    operationId: planned.operationId,
    strategy: 'DATA_SIGNING',
    signature: { present: true, wellFormed: true, facts: signatureFactsOf(session.context, type, facts) },
  });
  return { operationId: planned.operationId, probe, scaCase, ...(note === undefined ? {} : { note }) };
}

async function signedScene(session: CaseSession, operationId: OperationId): Promise<{ scene: Scene; planned: PlannedRequest; device: VirtualDevice }> {
  const scene = await buildScene(session, { devices: 'active', biometry: false });
  return { scene, planned: planRequest(session, scene, operationId), device: deviceOf(scene) };
}

const counterWindow: BoundaryCase[] = [
  {
    id: 'counter-window/last-accepted-ahead',
    requirementIds: ['SCA-SIG-011', 'SCA-SIG-009'],
    async play(session) {
      const { scene, planned, device } = await signedScene(session, 'createCard');
      device.skipCounter(DEFAULT_LOOK_AHEAD - 1);
      const signed = await signPlanned(session, device, planned);
      const probe = await sendAsPlanned(session, scene, planned, dataSigningHeaders(signed.header));
      return [judged(session, scene, planned, probe, { counter: 'fresh' }, `signed ${DEFAULT_LOOK_AHEAD - 1} counter steps ahead`)];
    },
  },
];

export function signatureBoundaryCases(_context: ProbeContext): BoundaryCase[] {
  return [...counterWindow];
}
