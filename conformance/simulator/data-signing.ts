import {
  DEFAULT_LOOK_AHEAD,
  factorsOf,
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
import { signatureCreatedAt } from './signature-provenance.ts';
import type { ScaFactor, SimulatorState } from './state.ts';

// The DATA_SIGNING strategy: rows 5a to 5j of docs/sca-evaluation-order.md, in that order.

/** PowerAuth's default: a failed attempt more than this blocks the activation. */
export const MAX_FAILED_ATTEMPTS = 5;
/**
 * Stands in for "no window" under the `unboundedCounterWindow` defect: five times the window, well
 * beyond the largest jump a probe makes (twice the window). Each refused signature tries every
 * step, so 10 000 steps here cost seconds in the fault catalogue and shrinking.
 */
const UNBOUNDED_LOOK_AHEAD = 5 * DEFAULT_LOOK_AHEAD;

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
  if (call.signatureHeader === undefined || (empty && expect.emptySignature === 'missing')) return errorReply('SCA_SIGNATURE_MISSING');
  // b) Format: the profile's malformedSignatureCode (D-AUDIT-4). A header whose pa_version and
  // signature encoding disagree is refused here too; the model also accepts DOES_NOT_MATCH (D-AUDIT-3).
  const parsed = parseSignatureHeader(call.signatureHeader);
  if (!parsed.ok) {
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
  if (!isScaSignatureType(header.signatureType) && !(possessionOnly && defects.has('acceptPossessionOnly'))) {
    return errorReply('SCA_DEVICE_NOT_VALID');
  }
  // f) Each non-possession factor of the signature is onboarded on the device.
  const signedFactors = factorsSignedWith(header.signatureType);
  const missingFactor = signedFactors.find((factor) => !device.factors.includes(factor));
  if (missingFactor !== undefined) return errorReply('SCA_FACTOR_NOT_SET', missingFactor);
  // g) A factor asked for with Linkcy-SCA-Factor is one the signature used.
  if (call.factorHeader !== undefined && !signedFactors.includes(call.factorHeader)) return doesNotMatch;
  // h) Signed for this application.
  if (header.applicationKey !== settings.applicationKey) return doesNotMatch;
  // i) TTL, only for signatures a virtual device reported making: a PowerAuth signature carries no
  // time, so a real SDK's cannot be aged (D-AUDIT-2). Defect `ignoreTtl` acts here only.
  if (!defects.has('ignoreTtl')) {
    const createdAtMs = signatureCreatedAt(state, header.activationId, header.nonce);
    const expired = createdAtMs === undefined ? settings.strictTtl : nowMs - createdAtMs > settings.signatureTtlMs;
    if (expired) return doesNotMatch;
  }
  // j) Cryptography: method, URI id, exact body bytes, nonce and the application secret.
  let data: Buffer;
  try {
    data = normalizeRequestData({
      method: call.method,
      // Defect `queryNotSigned` acts here only: the URI id loses its query.
      uriId: defects.has('queryNotSigned') ? pathOnly(call.target) : call.target,
      nonce: header.nonce,
      // Defect `bodyNotSigned` acts here only: the body is left out of the signed data.
      body: defects.has('bodyNotSigned') ? Buffer.alloc(0) : call.rawBody,
      applicationSecret: settings.applicationSecret,
    });
  } catch {
    // A GET query that cannot be put in canonical form (bad %-escape): no signature can match it.
    // Not counted as a failed attempt, since it says nothing about the signer's factors.
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
    // Defect `unboundedCounterWindow` acts here only.
    lookAhead: defects.has('unboundedCounterWindow') ? UNBOUNDED_LOOK_AHEAD : DEFAULT_LOOK_AHEAD,
  });
  if (!result.valid) {
    activation.failedAttempts += 1;
    if (activation.failedAttempts >= MAX_FAILED_ATTEMPTS) device.status = 'BLOCKED';
    return doesNotMatch;
  }
  // Defect `acceptReplays` acts here only: the counter stays, so the same signature matches again.
  if (!defects.has('acceptReplays')) {
    activation.counterData = result.nextCounterData;
    activation.counterIndex += result.matchedIndex + 1;
  }
  // As PowerAuth: a possession-only success says nothing about the PIN, so it resets nothing.
  if (!possessionOnly) activation.failedAttempts = 0;
  return undefined;
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

function pathOnly(target: string): string {
  const questionMark = target.indexOf('?');
  return questionMark === -1 ? target : target.slice(0, questionMark);
}
