import type { SignatureFacts } from '../../../spec/expectations/index.ts';
import type { SignatureType } from '../../../spec/powerauth/index.ts';
import type { ProbeFamily } from '../family.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { withPushMode } from '../fixtures/push-mode.ts';
import { planRequest, sendAsPlanned, signatureFactsOf, signPlanned } from '../fixtures/requests.ts';
import { scaCaseFor } from '../sca-case.ts';
import type { ScaObservation } from '../sca-observation.ts';
import { headerMatrixCaseArbitrary, headerMatrixExamples, type HeaderMatrixCase } from './cases.ts';

// Strategy x factor x signature x device state x push mode on every SCA-eligible operation.

const SIGNATURE_TYPE: Readonly<Record<'knowledge' | 'biometry', SignatureType>> = {
  knowledge: 'possession_knowledge',
  biometry: 'possession_biometry',
};

// What the scene's own device is, seen from the decision table, once the scene degraded it.
const SIGNING_DEVICE: Readonly<Record<Scene['devices'], SignatureFacts['device']>> = {
  active: 'own-active',
  'blocked-only': 'own-blocked',
  'pending-only': 'own-removed',
  none: 'own-removed',
};

export const headerMatrixFamily: ProbeFamily<HeaderMatrixCase, ScaObservation> = {
  id: 'header-matrix',
  title: 'Header matrix: Linkcy-SCA-Strategy, Linkcy-SCA-Factor, signature, device state, push mode',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'property', arbitrary: headerMatrixCaseArbitrary, examples: headerMatrixExamples },
  describe: (testCase) => testCase,
  execute: async (testCase, session) => {
    const scene = await buildScene(session, { devices: testCase.devices, biometry: testCase.biometry });
    const planned = planRequest(session, scene, testCase.operationId, { withQuery: testCase.withQuery });
    const signer = scene.onboarded?.device;
    // Biometry signs only where it was onboarded: a real SDK cannot make the signature otherwise.
    const factor = testCase.signWith === 'biometry' && !testCase.biometry ? 'knowledge' : testCase.signWith;
    const signed = factor === 'none' || signer === undefined ? undefined : await signPlanned(session, signer, planned, { signatureType: SIGNATURE_TYPE[factor] });
    const headers: Record<string, string> = {
      ...(testCase.strategy === undefined ? {} : { 'linkcy-sca-strategy': testCase.strategy }),
      ...(testCase.factor === undefined ? {} : { 'linkcy-sca-factor': testCase.factor }),
      ...(signed === undefined ? {} : { 'linkcy-sca-signature': signed.header }),
    };
    const probe = await withPushMode(session, testCase.pushMode, () => sendAsPlanned(session, scene, planned, headers));
    const scaCase = scaCaseFor(session.context, scene, {
      operationId: testCase.operationId,
      strategy: asReceived(testCase.strategy),
      factor: asReceived(testCase.factor),
      pushMode: testCase.pushMode,
      signature:
        factor === 'none' || signed === undefined
          ? { present: false }
          : { present: true, wellFormed: true, facts: signatureFactsOf(session.context, SIGNATURE_TYPE[factor], { device: SIGNING_DEVICE[scene.devices] }) },
    });
    return { caseId: session.caseId, exchanges: session.exchanges, operationId: testCase.operationId, probe, scaCase };
  },
};

/** HTTP drops leading and trailing whitespace of a header value: judge what arrives. */
function asReceived(value: string | undefined): string | undefined {
  return value?.replace(/^[\t ]+|[\t ]+$/g, '');
}
