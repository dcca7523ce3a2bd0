import type { Expectation } from '../../../spec/expectations/index.ts';
import type { ProbeFamily } from '../family.ts';
import { planRequest, sendPlanned, signatureFactsOf, signPlanned } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import type { JudgedObservation } from '../outcome.ts';
import { predictFor, scaCaseFor } from '../sca-case.ts';
import type { CaseSession } from '../session.ts';
import { signatureAgeArbitrary, signatureAgeLandmarks } from './ages.ts';
import { ttlBoundary } from './boundary.ts';

// The TTL boundary (README.md, "The TTL boundary"): a recorded signature is presented after the
// target's clock moved by the case's age. Age <= TTL is accepted, age > TTL refused. The age the
// target sees is bracketed by its clock just after the move and just after the answer; when the
// bracket straddles the TTL (a target whose clock runs on), either answer is conforming, and only
// a target with a frozen clock decides the exact boundary.

export interface TtlCase {
  readonly ageMs: number;
}

export const ttlFamily: ProbeFamily<TtlCase, JudgedObservation> = {
  id: 'ttl',
  title: 'Signature TTL boundary (age <= TTL accepted, age > TTL refused)',
  needs: ['sca-semantics', 'control'],
  source: {
    kind: 'property',
    arbitrary: (context) => signatureAgeArbitrary({ ttlMs: context.signatureTtlMs }).map((ageMs) => ({ ageMs })),
    examples: (context) => signatureAgeLandmarks(context.signatureTtlMs).map((ageMs) => ({ ageMs })),
  },
  describe: (testCase) => testCase,
  execute: async (testCase, session) => {
    const scene = await buildScene(session, { devices: 'active', biometry: false, card: false });
    const planned = planRequest(session, scene, 'createCard');
    const device = scene.onboarded?.device;
    if (device === undefined) throw new HarnessError('the scene has no device');
    const signed = await signPlanned(session, device, planned);
    if (signed.recordedAtMs === undefined) throw new HarnessError('the TTL probe needs the target to record the signature');
    const control = session.control();
    const movedTo = await control.advanceClock(testCase.ageMs);
    const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers: dataSigningHeaders(signed.header) });
    const answeredBy = await control.now();
    const ages = { low: movedTo - signed.recordedAtMs, high: answeredBy - signed.recordedAtMs };
    return {
      caseId: session.caseId,
      exchanges: session.exchanges,
      operationId: 'createCard',
      probe,
      expectations: expectationsFor(session, scene, ages),
      note: `Signature age at the target: ${ages.low === ages.high ? `${ages.low}` : `${ages.low} to ${ages.high}`} ms (TTL ${session.context.signatureTtlMs} ms; age == TTL is accepted)`,
    };
  },
  checks: [ttlBoundary],
};

/** One expectation per distinct verdict over the bracket of ages. */
function expectationsFor(session: CaseSession, scene: Scene, ages: { low: number; high: number }): Expectation[] {
  const predictAt = (ageMs: number): Expectation =>
    predictFor(
      session.context,
      scaCaseFor(session.context, scene, {
        operationId: 'createCard',
        strategy: 'DATA_SIGNING',
        ageMs,
        signature: { present: true, wellFormed: true, facts: signatureFactsOf(session, 'possession_knowledge') },
      }),
    );
  const low = predictAt(ages.low);
  const high = predictAt(ages.high);
  return low.rule === high.rule ? [low] : [low, high];
}
