import type { TargetProfile } from './types.ts';

// For each profile row, what LinkCy's sources say and where (the digest's source keys, resolved to
// URLs in ../shared/sources/linkcy-api-reference.md §0), so a check can report "observed X,
// documented Y (source)" and the reader sees which side each value comes from.

export interface DocumentedReading {
  /** The value in the profile's own terms, e.g. `401`, `"absent"`. */
  readonly value: string;
  /** Source keys: SEED000, SEED001, P-SA, G-CODES, OAS178@offset, RTS art. N; `inferred` for ours. */
  readonly sources: readonly string[];
  readonly says: string;
}

export interface ProfileRowDocumentation {
  readonly row: keyof TargetProfile;
  /** The readings the sources support; a row with sources that disagree has several. */
  readonly documented: readonly DocumentedReading[];
  /** Why the default profile takes the value it takes, with its decision entry. */
  readonly defaultChoice: string;
}

export const PROFILE_DOCUMENTATION: readonly ProfileRowDocumentation[] = [
  {
    row: 'errorCodePointers',
    documented: [{ value: '["/errorCode"]', sources: ['OAS178@0', 'OAS178@~1.2M', 'S-SA'], says: 'every error example carries `errorCode`; the generic 400 schema BadRequestErrorInfo lists no errorCode property (OAS178@~349k)' }],
    defaultChoice: '["/errorCode"], the examples (D-ERR-1)',
  },
  {
    row: 'signatureMismatchStatus',
    documented: [
      { value: '401', sources: ['SEED000', 'P-SA'], says: 'SCA_SIGNATURE_DOES_NOT_MATCH under "401 Forbidden": the number' },
      { value: '403', sources: ['SEED000', 'P-SA'], says: 'the same label\'s text, "Forbidden"' },
    ],
    defaultChoice: '401, the number in the label (D-OA-10)',
  },
  {
    row: 'emptySignature',
    documented: [{ value: '"missing"', sources: ['SEED000'], says: 'SCA_SIGNATURE_MISSING: "The signature required for data signing SCA strategy is missing"; no source treats an empty header' }],
    defaultChoice: '"missing", inferred: an empty value carries no signature (D-PROFILE-1)',
  },
  {
    row: 'malformedSignatureCode',
    documented: [
      { value: '"SCA_SIGNATURE_FORMAT_INVALID"', sources: ['SEED000', 'P-SA'], says: '409, "HTTP header validation failed", on the Linkcy-SCA-Signature header' },
      { value: '"ERROR_SIGNATURE_INVALID"', sources: ['SEED001', 'G-SCA'], says: '400, "incorrect or malformed signature details", in the Failures table (mapped to no operation)' },
    ],
    defaultChoice: '"SCA_SIGNATURE_FORMAT_INVALID": the header\'s own error list beats the unmapped table (D-AUDIT-4)',
  },
  {
    row: 'factorHeader',
    documented: [
      { value: '"absent"', sources: ['SEED000', 'P-SA', 'P-CARD'], says: 'no Linkcy-SCA-Factor on any 1.114.5 operation' },
      { value: '"BIOMETRY|PIN"', sources: ['OAS178@0'], says: '1.78: Linkcy-SCA-Factor BIOMETRY|PIN, default BIOMETRY, 400 SCA_FACTOR_NOT_SET' },
    ],
    defaultChoice: '"absent", 1.114.5 (seeds > 1.78); KNOWLEDGE had no source and is gone',
  },
  {
    row: 'firstDevice',
    documented: [{ value: '"no-device"', sources: ['SEED001', 'G-SCA'], says: '"After the first registration, SCA operation is required to registered any extra device"; SEED000 lists 404 NO_ACTIVE_SCA_DEVICE_FOUND for registration' }],
    defaultChoice: '"no-device": a PENDING or BLOCKED device makes the next one extra (D-AUDIT-1); "no-active-device" was our old reading, a downgrade',
  },
  {
    row: 'productionByPassAllowlist',
    documented: [
      { value: '[]', sources: ['SEED000', 'P-SA'], says: 'BY_PASS: "Sandbox only"' },
      { value: '[operations agreed with LinkCy]', sources: ['SEED001', 'OAS178@520k'], says: '"In some specific cases, SCA can be Bypassed ... Check with your contacts at LinkCy"; 1.78 partner flag delegatedSca' },
    ],
    defaultChoice: '[], sandbox only',
  },
  {
    row: 'deviceActivation',
    documented: [{ value: '{"mode":"delayed"} possible', sources: ['SEED000', 'P-SA'], says: '"SCA device is being activated", no content' }],
    defaultChoice: '{"mode":"synchronous"}, inferred: the simulator activates at once; probes poll the device either way (D-OA-7)',
  },
  {
    row: 'waitingSca202',
    documented: [
      { value: 'false', sources: ['SEED000', 'SEED001'], says: '1.114.5 SCA is data signing; push "not implemented yet" (409 SCA_REQUIRED)' },
      { value: 'true', sources: ['G-CODES', 'P-CARD', 'OAS178@0'], says: '202 "Waiting SCA" still in the response-code guide and on the card page; 1.78 answered it on every SCA operation' },
    ],
    defaultChoice: 'false: the seeds (D-PROFILE-2)',
  },
  {
    row: 'kycCheck',
    documented: [{ value: '"after-sca" or "before-sca"', sources: ['SEED000', 'OAS178@176k'], says: 'a consumer must be "formally identified with a KYC procedure before carrying out any operation"; createCard lists 409 CONSUMER_KYC_MUST_BE_VALIDATED' }],
    defaultChoice: '"after-sca", inferred: a business rule, step 6 (docs/sca-evaluation-order.md, D-AUDIT-7)',
  },
  {
    row: 'scaPolicies',
    documented: [
      { value: '"always" (the document\'s x-linkcy-sca)', sources: ['P-SA', 'P-AUTH', 'P-CARD-L8', 'P-TX-IL'], says: '"This operation might require SCA."' },
      { value: '"psd2-exemptions"', sources: ['RTS art. 10', 'RTS art. 13', 'RTS art. 16'], says: 'Delegated Regulation (EU) 2018/389: periodic re-authentication, trusted beneficiaries, low-value payments (inferred as LinkCy\'s reading)' },
    ],
    defaultChoice: '"always" on every SCA-eligible operation, "first-device-free" on registerScaDevice, inferred (D-SCA-POLICY)',
  },
];
