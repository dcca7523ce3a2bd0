import fc from 'fast-check';
import { signatureAgeArbitrary, signatureAgeLandmarks } from '../../../generators/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { ProbeContext } from '../context.ts';
import type { ProbeFamily } from '../family.ts';
import { scaEligibleOperations } from '../fixtures/operations.ts';
import { planRequest, sendAsPlanned, signatureFactsOf, signPlanned } from '../fixtures/requests.ts';
import { buildScene } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import { scaCaseFor } from '../sca-case.ts';
import type { AgeBracket, TtlObservation } from './observation.ts';

// The TTL boundary (README.md, "The TTL boundary"): a recorded signature of a request of any
// SCA-eligible operation is presented after the target's clock moved by the case's age. Age <= TTL
// is accepted, age > TTL refused. The age the target sees is bracketed by its clock just after the
// move and just after the answer; on a frozen clock the two are equal and the exact boundary is
// judged (the check, boundary.ts, says when either answer conforms).

export interface TtlCase {
  readonly ageMs: number;
  readonly operationId: OperationId;
}

/** Every landmark age, rotating over the operations, until every operation had one. */
function ttlExamples(context: ProbeContext): TtlCase[] {
  const operations = scaEligibleOperations(context.operations.values());
  const landmarks = signatureAgeLandmarks({ ttlMs: context.signatureTtlMs });
  const count = Math.max(landmarks.length, operations.length);
  return Array.from({ length: count }, (_, index) => ({
    ageMs: landmarks[index % landmarks.length] ?? 0,
    operationId: operations[index % operations.length] ?? 'createCard',
  }));
}

function ttlArbitrary(context: ProbeContext): fc.Arbitrary<TtlCase> {
  return fc.record({
    ageMs: signatureAgeArbitrary({ ttlMs: context.signatureTtlMs }),
    operationId: fc.constantFrom(...scaEligibleOperations(context.operations.values())),
  });
}

export const ttlFamily: ProbeFamily<TtlCase, TtlObservation> = {
  id: 'ttl',
  title: 'Signature TTL boundary (age <= TTL accepted, age > TTL refused)',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'property', arbitrary: ttlArbitrary, examples: ttlExamples },
  describe: (testCase) => testCase,
  execute: async (testCase, session) => {
    const scene = await buildScene(session, { devices: 'active', biometry: false });
    const planned = planRequest(session, scene, testCase.operationId);
    const device = scene.onboarded?.device;
    if (device === undefined) throw new HarnessError('the scene has no device');
    const signed = await signPlanned(session, device, planned);
    if (signed.recordedAtMs === undefined) throw new HarnessError('the TTL probe needs the target to record the signature');
    const control = session.control();
    const movedTo = await control.advanceClock(testCase.ageMs);
    const probe = await sendAsPlanned(session, scene, planned, dataSigningHeaders(signed.header));
    const answeredBy = await control.now();
    const ages: AgeBracket = { low: movedTo - signed.recordedAtMs, high: answeredBy - signed.recordedAtMs };
    return {
      caseId: session.caseId,
      exchanges: session.exchanges,
      operationId: testCase.operationId,
      probe,
      scaCase: scaCaseFor(session.context, scene, {
        operationId: testCase.operationId,
        strategy: 'DATA_SIGNING',
        ageMs: ages.low,
        signature: { present: true, wellFormed: true, facts: signatureFactsOf(session.context, 'possession_knowledge') },
      }),
      ages,
      clockFrozen: session.context.clockFrozen,
      note: `Signature age at the target: ${ages.low === ages.high ? `${ages.low}` : `${ages.low} to ${ages.high}`} ms (TTL ${session.context.signatureTtlMs} ms; age == TTL is accepted)`,
    };
  },
};
