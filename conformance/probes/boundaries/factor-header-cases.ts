import type { ScaCase } from '../../../spec/expectations/index.ts';
import { SCA_HEADER_NAMES } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import { planRequest, sendPlanned } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { scaCaseFor, type ScaCaseParts } from '../sca-case.ts';
import type { CaseSession } from '../session.ts';
import type { BoundaryCase } from './boundary-case.ts';
import type { JudgedCall } from './observation.ts';
import { signedBy } from './signed-by.ts';

// The stated edges of Linkcy-SCA-Factor (D-PROFILE-3): part of the contract only under the
// profile's factorHeader "BIOMETRY|PIN" (1.78), ignored under "absent" (1.114.5, default), where
// every case here is performed. Under "BIOMETRY|PIN": PIN names the knowledge factor, a factor the
// signature did not use is SCA_SIGNATURE_DOES_NOT_MATCH (row DS-FACTOR-MISMATCH), and a value in no
// enum is a request error on the SCA-eligible operations only. A target that ignores the header
// where the profile declares it answers as the other documented reading: reported, not failed.

const [STRATEGY, SIGNATURE] = SCA_HEADER_NAMES;
const FACTOR = 'Linkcy-SCA-Factor';
const NOT_IN_ENUM = 'NONE';

function judged(session: CaseSession, scene: Scene, probe: Exchange, parts: ScaCaseParts, note: string): JudgedCall {
  const scaCase: ScaCase = scaCaseFor(session.context, scene, parts);
  return { operationId: parts.operationId, probe, scaCase, note };
}

/** A PIN (knowledge) signature of createCard sent with Linkcy-SCA-Factor `factor`, from a device with or without biometry. */
function signedCase(edge: string, factor: 'PIN' | 'BIOMETRY', biometry: boolean): BoundaryCase {
  return {
    id: `factor-header/${edge}`,
    requirementIds: ['SCA-HDR-012', 'SCA-SIG-009'],
    async play(session) {
      const scene = await buildScene(session, { devices: 'active', biometry });
      const planned = planRequest(session, scene, 'createCard');
      const { header, signature } = await signedBy(session, scene, planned);
      const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers: { [STRATEGY]: 'DATA_SIGNING', [SIGNATURE]: header, [FACTOR]: factor } });
      const device = biometry ? 'a device with biometry' : 'a device without biometry';
      return [judged(session, scene, probe, { operationId: 'createCard', strategy: 'DATA_SIGNING', factor, signature }, `${FACTOR}: ${factor} on a PIN signature, from ${device}`)];
    },
  };
}

/** An unsigned getCard (never SCA) with a Linkcy-SCA-Factor in no enum: the header is not this operation's. */
const notInEnumNotScaEligible: BoundaryCase = {
  id: 'factor-header/not-in-enum-not-sca-eligible',
  requirementIds: ['SCA-HDR-012'],
  async play(session) {
    const scene = await buildScene(session, { devices: 'active', biometry: false });
    const planned = planRequest(session, scene, 'getCard');
    const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers: { [FACTOR]: NOT_IN_ENUM } });
    return [judged(session, scene, probe, { operationId: 'getCard', factor: NOT_IN_ENUM }, `${FACTOR}: ${NOT_IN_ENUM} on getCard, an operation that never needs SCA`)];
  },
};

export const factorHeaderBoundaryCases: readonly BoundaryCase[] = [
  signedCase('pin-on-pin-signature', 'PIN', false),
  signedCase('biometry-on-pin-signature', 'BIOMETRY', true),
  notInEnumNotScaEligible,
];
