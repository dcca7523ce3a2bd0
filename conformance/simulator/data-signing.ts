import {
  DEFAULT_LOOK_AHEAD,
  factorsOf,
  nextCounterData,
  normalizeRequestData,
  parseSignatureHeader,
  signatureFormatOf,
  verifySignature,
  type SignatureType,
} from '../../spec/powerauth/index.ts';
import type { TargetProfile } from '../../spec/profile/index.ts';
import type { DefectSet } from './defects.ts';
import { activeDevicesOf } from './device-presence.ts';
import { errorReply, type ErrorReply } from './reply.ts';
import { recordKey, signatureCreatedAt } from './signature-provenance.ts';
import type { ActivationRecord, ScaDeviceRecord, ScaFactor, SimulatorState } from './state.ts';

// The DATA_SIGNING strategy: rows 5a to 5j of docs/sca-evaluation-order.md, in that order.

/** PowerAuth's default: a failed attempt more than this blocks the activation. */
export const MAX_FAILED_ATTEMPTS = 5;
/**
 * Stands in for "no window" under the `unboundedCounterWindow` defect: five times the window, well
 * beyond the largest jump a probe makes (twice the window). Each refused signature tries every
 * step, so 10 000 steps here cost seconds in the fault catalogue and shrinking.
 */
const UNBOUNDED_LOOK_AHEAD = 5 * DEFAULT_LOOK_AHEAD;

/** Under `replayCheckedByNonce` only: the nonces each activation verified. */
const verifiedNonces = new WeakMap<ActivationRecord, Set<string>>();

export interface DataSigningSettings {
  readonly applicationKey: string;
  readonly applicationSecret: string;
  readonly signatureTtlMs: number;
  readonly strictTtl: boolean;
  readonly defects: DefectSet;
  /** The profile's readings: empty and malformed signatures, the mismatch status. */
  readonly expect: TargetProfile;
}

export interface SignedCall {
  readonly endUserId: string;
  readonly signatureHeader: string | undefined;
  readonly factorHeader: ScaFactor | undefined;
  readonly method: string;
  /** The request target exactly as sent: path plus `?query` when there is one. */
  readonly target: string;
  readonly rawBody: Buffer;
}

const FACTOR_OF_TYPE_PART = { knowledge: 'KNOWLEDGE', biometry: 'BIOMETRY' } as const satisfies Record<string, ScaFactor>;

/** Undefined when the signature is SCA for this call; otherwise the error to answer. */
export function verifyDataSigning(
  call: SignedCall,
  state: SimulatorState,
  nowMs: number,
  settings: DataSigningSettings,
): ErrorReply | undefined {
  const { defects, expect } = settings;
  const doesNotMatch: ErrorReply = { ...errorReply('SCA_SIGNATURE_DOES_NOT_MATCH'), status: expect.signatureMismatchStatus };
  // a) Missing: absent, or empty (HTTP trims a whitespace-only value to empty) under the profile's
  // emptySignature "missing" (default).
  const empty = call.signatureHeader !== undefined && call.signatureHeader.trim() === '';
  // Defect `emptySignatureParsed` acts here only: an empty header goes on to the parser.
  if (call.signatureHeader === undefined || (empty && expect.emptySignature === 'missing' && !defects.has('emptySignatureParsed'))) {
    return errorReply('SCA_SIGNATURE_MISSING');
  }
  // b) Format: the profile's malformedSignatureCode (D-AUDIT-4). A header whose pa_version and
  // signature encoding disagree is refused here too; the model also accepts DOES_NOT_MATCH (D-AUDIT-3).
  const parsed = parseSignatureHeader(call.signatureHeader);
  if (!parsed.ok) {
    // Defect `malformedSignatureCounts` acts here only: the activation is looked up before the header is parsed.
    if (defects.has('malformedSignatureCounts')) countMalformed(call.signatureHeader, state, defects);
    const details = parsed.errors.map((error) => ({ field: 'Linkcy-SCA-Signature', rejectedValue: '[redacted]', message: error.message }));
    return { ...errorReply(expect.malformedSignatureCode), details };
  }
  const { header } = parsed;
  // c) The end user has a device to sign with.
  const presence = activeDevicesOf(state, call.endUserId);
  if (!presence.ok) return presence.reply;
  // d) The signing activation is an ACTIVE device of this end user. Defect `foreignDeviceSigns` acts here only.
  const activation = state.activations.get(header.activationId.toLowerCase());
  const device = activation === undefined ? undefined : state.devices.get(activation.scaDeviceId);
  const foreign = activation !== undefined && activation.endUserId !== call.endUserId && !defects.has('foreignDeviceSigns');
  if (activation === undefined || device === undefined || foreign || device.status !== 'ACTIVE') {
    return errorReply('SCA_DEVICE_NOT_VALID');
  }
  // e) SCA is possession plus at least one other factor: a single factor (possession, knowledge or
  // biometry alone) is not SCA. Defect `acceptPossessionOnly` acts here only, on possession alone.
  const possessionOnly = header.signatureType === 'possession';
  // Defect `singleFactorOnlyPossessionRefused` acts here only: knowledge or biometry alone pass.
  const singleFactorRefused = defects.has('singleFactorOnlyPossessionRefused') ? possessionOnly : !isScaSignatureType(header.signatureType);
  if (singleFactorRefused && !(possessionOnly && defects.has('acceptPossessionOnly'))) {
    return errorReply('SCA_DEVICE_NOT_VALID');
  }
  // f) Each non-possession factor of the signature is onboarded on the device.
  const signedFactors = factorsSignedWith(header.signatureType);
  const missingFactor = signedFactors.find((factor) => !device.factors.includes(factor));
  // Defect `factorOnboardingNotChecked` acts here only.
  if (missingFactor !== undefined && !defects.has('factorOnboardingNotChecked')) return errorReply('SCA_FACTOR_NOT_SET', missingFactor);
  // Defect `everyMismatchCounts` acts here only: the refusals of g), h) and i) count as failed attempts.
  const refuseUncounted = (): ErrorReply => {
    if (defects.has('everyMismatchCounts')) countFailedAttempt(activation, device, defects);
    return doesNotMatch;
  };
  // g) A factor asked for with Linkcy-SCA-Factor is one the signature used. Defect `factorHeaderSwapped` acts here only.
  const askedFactor = defects.has('factorHeaderSwapped') ? (call.factorHeader === undefined ? undefined : call.factorHeader === 'KNOWLEDGE' ? 'BIOMETRY' : 'KNOWLEDGE') : call.factorHeader;
  if (askedFactor !== undefined && !signedFactors.includes(askedFactor)) return refuseUncounted();
  // h) Signed for this application.
  if (header.applicationKey !== settings.applicationKey) return refuseUncounted();
  // i) TTL, only for signatures a virtual device reported making: a PowerAuth signature carries no
  // time, so a real SDK's cannot be aged (D-AUDIT-2). Defect `ignoreTtl` acts here only.
  // Defect `ttlSkippedWithoutBody` acts here only.
  if (!defects.has('ignoreTtl') && !(defects.has('ttlSkippedWithoutBody') && call.rawBody.length === 0)) {
    // Defect `ttlReadsNewestSignature` acts here only: the age of the activation's newest recorded signature.
    const createdAtMs = defects.has('ttlReadsNewestSignature')
      ? [...state.signatureRecords].findLast(([key]) => key.startsWith(recordKey(header.activationId, '')))?.[1]
      : signatureCreatedAt(state, header.activationId, header.nonce);
    // Defect `ttlExclusive` acts here only: age == TTL is refused.
    const ageMs = createdAtMs === undefined ? undefined : nowMs - createdAtMs;
    const expired = ageMs === undefined ? settings.strictTtl : defects.has('ttlExclusive') ? ageMs >= settings.signatureTtlMs : ageMs > settings.signatureTtlMs;
    if (expired) return refuseUncounted();
  }
  // j) Cryptography: method, URI id, exact body bytes, nonce and the application secret.
  let data: Buffer;
  try {
    data = normalizeRequestData({
      method: call.method,
      // Defect `queryNotSigned` acts here only: the URI id loses its query.
      uriId: uriIdOf(call.target, defects),
      nonce: header.nonce,
      // Defect `bodyNotSigned` acts here only: the body is left out of the signed data.
      body: defects.has('bodyNotSigned') ? Buffer.alloc(0) : call.rawBody,
      applicationSecret: settings.applicationSecret,
    });
  } catch {
    // A GET query that cannot be put in canonical form (bad %-escape): no signature can match it.
    // Not counted as a failed attempt, since it says nothing about the signer's factors.
    // Defect `badEscapeCounts` acts here only.
    if (defects.has('badEscapeCounts')) countFailedAttempt(activation, device, defects);
    return doesNotMatch;
  }
  // From here to the end there is no `await`: reading the counter, verifying and storing the new
  // counter (or the failed attempt) happen in one synchronous step, so concurrent requests can
  // never both match the same counter value nor make the counter go back. Two signatures of one
  // device in flight (D-AUDIT-5): in signing order both pass (the second is inside the look-ahead);
  // out of order the older one is behind the counter and fails as a replay would.
  const result = verifySignature({
    keys: activation.signatureKeys,
    type: header.signatureType,
    counterData: activation.counterData,
    data,
    signature: header.signature,
    format: signatureFormatOf(header.version),
    lookAhead: lookAheadOf(defects),
  });
  if (!result.valid) {
    countFailedAttempt(activation, device, defects);
    return doesNotMatch;
  }
  // Defect `replayCheckedByNonce` acts here only: a used nonce is refused, the counter stays.
  if (defects.has('replayCheckedByNonce')) {
    const nonces = verifiedNonces.get(activation) ?? new Set<string>();
    verifiedNonces.set(activation, nonces);
    if (nonces.has(header.nonce)) {
      countFailedAttempt(activation, device, defects);
      return doesNotMatch;
    }
    nonces.add(header.nonce);
  } else if (!defects.has('acceptReplays')) {
    // Defect `acceptReplays` acts here only: the counter stays, so the same signature matches again.
    // Defect `lookAheadMatchNotStored` acts here only: a match ahead moves the counter one step, not past the match.
    const ahead = defects.has('lookAheadMatchNotStored');
    activation.counterData = ahead ? nextCounterData(activation.counterData) : result.nextCounterData;
    activation.counterIndex += ahead ? 1 : result.matchedIndex + 1;
  }
  // As PowerAuth: a possession-only success says nothing about the PIN, so it resets nothing.
  // Defect `successKeepsFailedAttempts` acts here only.
  if (!possessionOnly && !defects.has('successKeepsFailedAttempts')) activation.failedAttempts = 0;
  return undefined;
}

/** The device is BLOCKED at MAX_FAILED_ATTEMPTS. */
export function countFailedAttempt(activation: ActivationRecord, device: ScaDeviceRecord, defects: DefectSet): void {
  activation.failedAttempts += 1;
  // Defects `blockOneAttemptEarly` and `blockOneAttemptLate` act here only.
  const blockingAttempts = MAX_FAILED_ATTEMPTS + (defects.has('blockOneAttemptEarly') ? -1 : defects.has('blockOneAttemptLate') ? 1 : 0);
  if (activation.failedAttempts >= blockingAttempts) device.status = 'BLOCKED';
}

// Defects `unboundedCounterWindow`, `counterWindowOneShort` and `counterWindowOneLong` act here only.
function lookAheadOf(defects: DefectSet): number {
  if (defects.has('unboundedCounterWindow')) return UNBOUNDED_LOOK_AHEAD;
  if (defects.has('counterWindowOneShort')) return DEFAULT_LOOK_AHEAD - 1;
  return defects.has('counterWindowOneLong') ? DEFAULT_LOOK_AHEAD + 1 : DEFAULT_LOOK_AHEAD;
}

/** Under `malformedSignatureCounts`: a header that does not parse still names an activation, which is charged. */
function countMalformed(signatureHeader: string, state: SimulatorState, defects: DefectSet): void {
  const activationId = /pa_activation_id="([^"]*)"/.exec(signatureHeader)?.[1]?.toLowerCase();
  const activation = activationId === undefined ? undefined : state.activations.get(activationId);
  const device = activation === undefined ? undefined : state.devices.get(activation.scaDeviceId);
  if (activation !== undefined && device !== undefined) countFailedAttempt(activation, device, defects);
}


/** Possession plus at least one other factor (SCA-SIG-001, SCA-SIG-015). */
function isScaSignatureType(type: SignatureType): boolean {
  const factors = factorsOf(type);
  return factors.includes('possession') && factors.length >= 2;
}

/** The knowledge/biometry factors a signature type uses, as LinkCy names them. */
function factorsSignedWith(type: SignatureType): ScaFactor[] {
  return type
    .split('_')
    .flatMap((part) => (part === 'knowledge' || part === 'biometry' ? [FACTOR_OF_TYPE_PART[part]] : []));
}

// Defects `queryNotSigned` (the query dropped), `uriDecodedBeforeVerify` and `uriEscapesNormalised`
// act here only; without them the URI id is the target exactly as received.
function uriIdOf(target: string, defects: DefectSet): string {
  if (defects.has('queryNotSigned')) return pathOnly(target);
  if (defects.has('uriDecodedBeforeVerify')) return decodeURIComponent(target);
  return defects.has('uriEscapesNormalised') ? target.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase()) : target;
}

function pathOnly(target: string): string {
  const questionMark = target.indexOf('?');
  return questionMark === -1 ? target : target.slice(0, questionMark);
}
