import { randomBytes } from 'node:crypto';
import { VirtualDevice } from '../../../generators/index.ts';
import type { DeviceSummary, ScaCase, ScaFactor, SignatureFacts } from '../../../spec/expectations/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import { DEFAULT_LOOK_AHEAD, formatSignatureHeader, parseSignatureHeader, type SignatureType } from '../../../spec/powerauth/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { ProbeContext } from '../context.ts';
import { FAILED_ATTEMPTS_TO_BLOCK, PROBE_PIN, WRONG_PIN } from '../fixtures/device.ts';
import { scaEligibleOperations, takesBody } from '../fixtures/operations.ts';
import { planRequest, sendAsPlanned, signatureFactsOf, signPlanned, type PlannedRequest } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { dataSigningHeaders, signRequest } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import { scaCaseFor } from '../sca-case.ts';
import type { CaseSession } from '../session.ts';
import type { BoundaryCase } from './boundary-case.ts';
import type { JudgedCall } from './observation.ts';

// The stated edges of the signature rules (docs/probe-design.md, "Stated boundaries"): an empty
// signature, the counter window, TTL per operation, single factors, factors not onboarded,
// failed-attempt counting, and percent-encoding in the signed URI. Each case states the facts of every call it judges; the
// device state a call meets follows from the calls before it (five failed attempts block).

const KNOWLEDGE: SignatureType = 'possession_knowledge';
/** The operation of the cases whose rule does not depend on the operation: SCA-eligible, repeatable, with a body. */
const SIGNED_OPERATION: OperationId = 'createCard';

/** One signing device of a fresh end user, and the request the case signs. */
interface Signer {
  readonly scene: Scene;
  readonly planned: PlannedRequest;
  readonly device: VirtualDevice;
  readonly session: CaseSession;
}

async function signer(session: CaseSession, options: { operationId?: OperationId; biometry?: boolean } = {}): Promise<Signer> {
  const scene = await buildScene(session, { devices: 'active', biometry: options.biometry ?? false });
  const device = scene.onboarded?.device;
  if (device === undefined) throw new HarnessError('the scene has no device');
  return { scene, planned: planRequest(session, scene, options.operationId ?? SIGNED_OPERATION), device, session };
}

/** What a judged call states besides "a fresh two-factor signature of this request by the own active device". */
interface CallFacts {
  readonly signature?: Partial<SignatureFacts>;
  readonly type?: SignatureType;
  /** The header does not parse. */
  readonly malformed?: true;
  /** The header is empty once trimmed. */
  readonly empty?: true;
  readonly ageMs?: number;
  /** The device state the call meets, when earlier calls changed it. */
  readonly devices?: DeviceSummary;
  readonly factors?: ScaFactor[];
  /** Sent as PUSH_NOTIFICATION, without a signature. */
  readonly push?: true;
}

function judged({ session, scene, planned }: Signer, probe: Exchange, note: string, facts: CallFacts = {}): JudgedCall {
  const signature: ScaCase['signature'] = facts.push
    ? { present: false }
    : facts.malformed || facts.empty
    ? { present: true, wellFormed: false, ...(facts.empty ? { defect: 'empty' as const } : {}) }
    : { present: true, wellFormed: true, facts: signatureFactsOf(session.context, facts.type ?? KNOWLEDGE, facts.signature) };
  const endUser = { ...scene, ...(facts.devices === undefined ? {} : { devices: facts.devices }), ...(facts.factors === undefined ? {} : { factors: facts.factors }) };
  const scaCase = scaCaseFor(session.context, endUser, {
    operationId: planned.operationId,
    strategy: facts.push ? 'PUSH_NOTIFICATION' : 'DATA_SIGNING',
    signature,
    ...(facts.ageMs === undefined ? {} : { ageMs: facts.ageMs }),
  });
  return { operationId: planned.operationId, probe, scaCase, note };
}

/** Signs the planned request (or what `uri` says was signed) and sends the request as planned. */
async function signAndSend(signing: Signer, options: { pin?: string; signatureType?: SignatureType; uri?: string; body?: string; device?: VirtualDevice } = {}): Promise<Exchange> {
  const { session, scene, planned } = signing;
  const { header } = await signRequest(session, options.device ?? signing.device, {
    method: planned.method,
    uri: options.uri ?? planned.target,
    body: 'body' in options ? options.body : planned.body,
    ...(options.pin === undefined ? {} : { pin: options.pin }),
    ...(options.signatureType === undefined ? {} : { signatureType: options.signatureType }),
  });
  return sendAsPlanned(session, scene, planned, dataSigningHeaders(header));
}

function send(signing: Signer, header: string): Promise<Exchange> {
  return sendAsPlanned(signing.session, signing.scene, signing.planned, dataSigningHeaders(header));
}

/** The device as it was when its state was exported: signs again from the same counter. */
function rewound(state: ReturnType<VirtualDevice['exportState']>): VirtualDevice {
  return VirtualDevice.importState(state, { pin: PROBE_PIN });
}

// --- An empty signature (SCA-SIG-012, D-PROFILE-1): missing under emptySignature "missing", malformed otherwise. ---

const emptySignature: BoundaryCase[] = (
  [
    ['empty-value', ''],
    ['whitespace-only', '   '],
  ] as const
).map(
  ([edge, value]): BoundaryCase => ({
    id: `empty-signature/${edge}`,
    requirementIds: ['SCA-SIG-012', 'SCA-HDR-006'],
    async play(session) {
      const signing = await signer(session);
      const probe = await send(signing, value);
      return [judged(signing, probe, `Linkcy-SCA-Signature ${JSON.stringify(value)} (HTTP trims it to empty)`, { empty: true })];
    },
  }),
);

// --- Counter window (SCA-SIG-011): the stored counter and LOOK_AHEAD - 1 values after it. ---

const counterWindow: BoundaryCase[] = [
  {
    id: 'counter-window/last-accepted-ahead',
    requirementIds: ['SCA-SIG-011', 'SCA-SIG-009'],
    async play(session) {
      const signing = await signer(session);
      signing.device.skipCounter(DEFAULT_LOOK_AHEAD - 1);
      return [judged(signing, await signAndSend(signing), `signed ${DEFAULT_LOOK_AHEAD - 1} counter values ahead (the last of the look-ahead)`)];
    },
  },
  {
    id: 'counter-window/first-refused-ahead',
    requirementIds: ['SCA-SIG-011', 'SCA-SIG-009'],
    async play(session) {
      const signing = await signer(session);
      signing.device.skipCounter(DEFAULT_LOOK_AHEAD);
      return [judged(signing, await signAndSend(signing), `signed ${DEFAULT_LOOK_AHEAD} counter values ahead (the first past the look-ahead)`, { signature: { counter: 'beyond-window' } })];
    },
  },
  {
    id: 'counter-window/used-counter-new-nonce',
    requirementIds: ['SCA-SIG-011'],
    async play(session) {
      const signing = await signer(session);
      const before = signing.device.exportState();
      const first = judged(signing, await signAndSend(signing), 'signed at the stored counter (the first accepted behind the window)');
      const again = await signAndSend(signing, { device: rewound(before) });
      return [first, judged(signing, again, 'a new signature, new nonce, at the counter value just used', { signature: { counter: 'replayed' } })];
    },
  },
  {
    id: 'counter-window/replay-accepted-ahead',
    requirementIds: ['SCA-SIG-011'],
    async play(session) {
      const signing = await signer(session);
      signing.device.skipCounter(DEFAULT_LOOK_AHEAD - 1);
      const { header } = await signPlanned(session, signing.device, signing.planned);
      const first = judged(signing, await send(signing, header), `signed ${DEFAULT_LOOK_AHEAD - 1} counter values ahead`);
      return [first, judged(signing, await send(signing, header), 'the same signature again', { signature: { counter: 'replayed' } })];
    },
  },
];

// --- TTL (SCA-TTL-001, -002): age == TTL accepted, TTL + 1 ms refused, on every SCA-eligible operation. ---

function clockMustStand(context: ProbeContext): string | undefined {
  return context.clockFrozen ? undefined : 'the target clock runs on, so no case can state an exact age (the ttl family brackets it)';
}

function ttlCase(operationId: OperationId, edge: 'last-accepted-ms' | 'first-refused-ms'): BoundaryCase {
  const extraMs = edge === 'last-accepted-ms' ? 0 : 1;
  return {
    id: `ttl/${edge}/${operationId}`,
    requirementIds: ['SCA-TTL-002', 'SCA-TTL-001'],
    notApplicable: clockMustStand,
    async play(session) {
      const signing = await signer(session, { operationId });
      const signed = await signPlanned(session, signing.device, signing.planned);
      if (signed.recordedAtMs === undefined) throw new HarnessError('the TTL case needs the target to record the signature');
      const movedTo = await session.control().advanceClock(session.context.signatureTtlMs + extraMs);
      const ageMs = movedTo - signed.recordedAtMs;
      const body = takesBody(operationId) ? 'with a body' : 'without a body';
      return [judged(signing, await send(signing, signed.header), `signature aged ${ageMs} ms (TTL ${session.context.signatureTtlMs} ms), request ${body}`, { ageMs })];
    },
  };
}

/**
 * An older signature used after a newer one of the same device was made: its age is its own, so
 * aged past the TTL it is refused (not counted), and the newer one is then accepted.
 */
const olderAfterNewerMade: BoundaryCase = {
  id: 'ttl/older-signature-after-newer-made',
  requirementIds: ['SCA-TTL-002', 'SCA-TTL-001'],
  notApplicable: clockMustStand,
  async play(session) {
    const signing = await signer(session);
    const older = await signPlanned(session, signing.device, signing.planned);
    if (older.recordedAtMs === undefined) throw new HarnessError('the TTL case needs the target to record the signature');
    const movedTo = await session.control().advanceClock(session.context.signatureTtlMs + 1);
    const newer = await signPlanned(session, signing.device, signing.planned);
    const ageMs = movedTo - older.recordedAtMs;
    return [
      judged(signing, await send(signing, older.header), `the older signature, aged ${ageMs} ms (TTL ${session.context.signatureTtlMs} ms), sent after a newer one was made`, { ageMs }),
      judged(signing, await send(signing, newer.header), 'the newer signature, made just now'),
    ];
  },
};

// --- Factors (SCA-SIG-001, -015; SCA-ERR-009). Possession alone: signature-semantics' example. ---

/** The device with a biometry key the target never onboarded (a tampered or stale app). */
function withUnonboardedBiometry(device: VirtualDevice): VirtualDevice {
  return VirtualDevice.importState({ ...device.exportState(), biometryKey: randomBytes(16).toString('base64') }, { pin: PROBE_PIN });
}

const factors: BoundaryCase[] = [
  {
    id: 'single-factor/knowledge-alone',
    requirementIds: ['SCA-SIG-015', 'SCA-SIG-001'],
    async play(session) {
      const signing = await signer(session);
      return [judged(signing, await signAndSend(signing, { signatureType: 'knowledge' }), 'knowledge without possession', { type: 'knowledge' })];
    },
  },
  {
    id: 'single-factor/biometry-alone',
    requirementIds: ['SCA-SIG-015', 'SCA-SIG-001'],
    async play(session) {
      const signing = await signer(session, { biometry: true });
      return [judged(signing, await signAndSend(signing, { signatureType: 'biometry' }), 'biometry without possession, from a device with biometry', { type: 'biometry' })];
    },
  },
  ...(['possession_biometry', 'possession_knowledge_biometry'] as const).map(
    (type): BoundaryCase => ({
      id: `factor-not-onboarded/${type}`,
      requirementIds: ['SCA-ERR-009', 'SCA-SIG-001'],
      async play(session) {
        const signing = await signer(session);
        const probe = await signAndSend(signing, { signatureType: type, device: withUnonboardedBiometry(signing.device) });
        return [judged(signing, probe, `${type} from a device without biometry`, { type })];
      },
    }),
  ),
];

// --- Failed attempts (SCA-SIG-009, SCA-DEV-015): only a cryptographic mismatch counts; the fifth in a row blocks; a success resets. ---

const BLOCKED: CallFacts = { devices: 'blocked-only', factors: [], signature: { device: 'own-blocked' } };

/** `count` wrong-PIN signatures, the first being failed attempt number `from`. */
async function wrongPins(signing: Signer, count: number, from = 1): Promise<JudgedCall[]> {
  const calls: JudgedCall[] = [];
  for (let attempt = from; attempt < from + count; attempt++) {
    calls.push(judged(signing, await signAndSend(signing, { pin: WRONG_PIN }), `wrong PIN, failed attempt ${attempt} of ${FAILED_ATTEMPTS_TO_BLOCK}`, { signature: { counter: 'wrong-key' } }));
  }
  return calls;
}

/** Four failed attempts, one refusal that must not count, then a correct signature: still accepted. */
function notCounted(edge: string, refusal: (signing: Signer) => Promise<JudgedCall>, operationId: OperationId = SIGNED_OPERATION): BoundaryCase {
  return {
    id: `failed-attempts/not-counted-${edge}`,
    requirementIds: ['SCA-DEV-015', 'SCA-SIG-009'],
    async play(session) {
      const signing = await signer(session, { operationId });
      const failures = await wrongPins(signing, FAILED_ATTEMPTS_TO_BLOCK - 1);
      const refused = await refusal(signing);
      return [...failures, refused, judged(signing, await signAndSend(signing), 'a correct signature: the refusal before did not count')];
    },
  };
}

const failedAttempts: BoundaryCase[] = [
  {
    id: 'failed-attempts/threshold-minus-one-then-success',
    requirementIds: ['SCA-DEV-015', 'SCA-SIG-009'],
    async play(session) {
      const signing = await signer(session);
      const failures = await wrongPins(signing, FAILED_ATTEMPTS_TO_BLOCK - 1);
      return [...failures, judged(signing, await signAndSend(signing), `a correct signature after ${FAILED_ATTEMPTS_TO_BLOCK - 1} failed attempts`)];
    },
  },
  {
    id: 'failed-attempts/threshold-blocks',
    requirementIds: ['SCA-DEV-015', 'SCA-SIG-009'],
    async play(session) {
      const signing = await signer(session);
      const failures = await wrongPins(signing, FAILED_ATTEMPTS_TO_BLOCK);
      return [...failures, judged(signing, await signAndSend(signing), `a correct signature after ${FAILED_ATTEMPTS_TO_BLOCK} failed attempts: the device is BLOCKED`, BLOCKED)];
    },
  },
  {
    id: 'failed-attempts/data-mismatch-counts',
    requirementIds: ['SCA-DEV-015', 'SCA-SIG-009'],
    async play(session) {
      const signing = await signer(session);
      const failures = await wrongPins(signing, FAILED_ATTEMPTS_TO_BLOCK - 1);
      const other = planRequest(session, signing.scene, signing.planned.operationId, { variant: 'other' });
      const mismatch = judged(signing, await signAndSend(signing, { body: other.body }), `body changed after signing, failed attempt ${FAILED_ATTEMPTS_TO_BLOCK}`, { signature: { dataMatches: false } });
      return [...failures, mismatch, judged(signing, await signAndSend(signing), 'a correct signature: the device is BLOCKED', BLOCKED)];
    },
  },
  {
    id: 'failed-attempts/success-resets-count',
    requirementIds: ['SCA-DEV-015', 'SCA-SIG-009'],
    async play(session) {
      const signing = await signer(session);
      const calls = [...(await wrongPins(signing, FAILED_ATTEMPTS_TO_BLOCK - 1))];
      calls.push(judged(signing, await signAndSend(signing), 'a correct signature resets the count'));
      calls.push(...(await wrongPins(signing, FAILED_ATTEMPTS_TO_BLOCK - 1)));
      calls.push(judged(signing, await signAndSend(signing), `a correct signature: ${2 * (FAILED_ATTEMPTS_TO_BLOCK - 1)} failures, never ${FAILED_ATTEMPTS_TO_BLOCK} in a row`));
      return calls;
    },
  },
  notCounted('expired', async (signing) => {
    const signed = await signPlanned(signing.session, signing.device, signing.planned);
    if (signed.recordedAtMs === undefined) throw new HarnessError('the case needs the target to record the signature');
    const movedTo = await signing.session.control().advanceClock(signing.session.context.signatureTtlMs + 1);
    const ageMs = movedTo - signed.recordedAtMs;
    return judged(signing, await send(signing, signed.header), `an expired signature (aged ${ageMs} ms): refused, not counted`, { ageMs });
  }),
  notCounted('application-key', async (signing) => {
    const { header } = await signPlanned(signing.session, signing.device, signing.planned);
    const parsed = parseSignatureHeader(header);
    if (!parsed.ok) throw new HarnessError('the virtual device made a malformed signature header');
    const foreign = formatSignatureHeader({ ...parsed.header, applicationKey: randomBytes(16).toString('base64') });
    return judged(signing, await send(signing, foreign), 'a foreign application key: refused, not counted', { signature: { applicationKeyMatches: false } });
  }),
  notCounted('malformed', async (signing) => {
    const { header } = await signPlanned(signing.session, signing.device, signing.planned);
    // Still names the activation: a target that looks it up before parsing could charge it.
    const malformed = header.replace(/pa_signature="[^"]*"/, 'pa_signature="not-base64!"');
    return judged(signing, await send(signing, malformed), 'a malformed header naming the device: refused, not counted', { malformed: true });
  }),
  // A GET signs its canonical query in place of a body: a query with a %-escape that does not decode has none.
  notCounted(
    'query-without-canonical-form',
    async (signing) => {
      const { header } = await signPlanned(signing.session, signing.device, signing.planned);
      const probe = await sendAsPlanned(signing.session, signing.scene, { ...signing.planned, target: `${signing.planned.target}?probeRef=%ZZ` }, dataSigningHeaders(header));
      return judged(signing, probe, 'a signed GET whose query has the %-escape %ZZ: refused, not counted', { signature: { dataMatches: false, canonicalQuery: false } });
    },
    'getCardPin',
  ),
  notCounted('other-strategy', async (signing) => {
    const probe = await sendAsPlanned(signing.session, signing.scene, signing.planned, { 'linkcy-sca-strategy': 'PUSH_NOTIFICATION' });
    return judged(signing, probe, 'PUSH_NOTIFICATION, which the target cannot complete: refused, not counted', { push: true });
  }),
];

// --- The signed URI (SCA-SIG-004): the request target as sent, percent-escapes and all, never re-encoded. ---

/** A query value a client must percent-encode (a space). */
const ENCODED_QUERY = { probeRef: 'linkcy sca' };

/** The target with the first `-` of the card id spelt `%2D` (or `%2d`): the same resource, another URI. */
function encodedCardPath(planned: PlannedRequest, cardId: string, escape: '%2D' | '%2d'): string {
  return planned.target.replace(cardId, cardId.replace('-', escape));
}

function signedUriCases(operationId: OperationId): BoundaryCase[] {
  const requirementIds = ['SCA-SIG-004'] as const;
  const queried = async (session: CaseSession): Promise<Signer> => {
    const signing = await signer(session, { operationId });
    const planned = { ...signing.planned, target: session.targetOf(operationId, signing.planned.pathParams, ENCODED_QUERY), withQuery: true };
    return { ...signing, planned };
  };
  const pathEncoded = async (session: CaseSession, escape: '%2D' | '%2d'): Promise<Signer> => {
    const signing = await signer(session, { operationId });
    return { ...signing, planned: { ...signing.planned, target: encodedCardPath(signing.planned, signing.scene.resources.cardId, escape) } };
  };
  return [
    {
      id: `signed-uri/encoded-query-signed-as-sent/${operationId}`,
      requirementIds,
      async play(session) {
        const signing = await queried(session);
        return [judged(signing, await signAndSend(signing), `query ${signing.planned.target.split('?')[1] ?? ''} signed as sent`)];
      },
    },
    {
      id: `signed-uri/decoded-query-signed/${operationId}`,
      requirementIds,
      async play(session) {
        const signing = await queried(session);
        const probe = await signAndSend(signing, { uri: decodeURIComponent(signing.planned.target) });
        return [judged(signing, probe, 'the query signed decoded, sent percent-encoded', { signature: { dataMatches: false } })];
      },
    },
    {
      id: `signed-uri/encoded-path-signed-as-sent/${operationId}`,
      requirementIds,
      async play(session) {
        const signing = await pathEncoded(session, '%2D');
        return [judged(signing, await signAndSend(signing), 'a path with a percent-escape (%2D), signed as sent')];
      },
    },
    {
      id: `signed-uri/escape-case-differs/${operationId}`,
      requirementIds,
      async play(session) {
        const signing = await pathEncoded(session, '%2d');
        const probe = await signAndSend(signing, { uri: signing.planned.target.replace('%2d', '%2D') });
        return [judged(signing, probe, 'path signed with %2D, sent with %2d', { signature: { dataMatches: false } })];
      },
    },
  ];
}

export function signatureBoundaryCases(context: ProbeContext): BoundaryCase[] {
  const eligible = scaEligibleOperations(context.operations.values());
  const ttl = eligible.flatMap((operationId) => [ttlCase(operationId, 'last-accepted-ms'), ttlCase(operationId, 'first-refused-ms')]);
  // A read without a body (its query signed in place of the body) and a change with one, both naming the card in the path.
  const uri = (['getCardPin', 'updateCardRules'] as const).filter((operationId) => eligible.includes(operationId)).flatMap(signedUriCases);
  return [...emptySignature, ...counterWindow, ...ttl, olderAfterNewerMade, ...factors, ...failedAttempts, ...uri];
}
