import { OPERATION_IDS, SCA_POLICIES } from '../openapi/index.ts';

// The JSON Schema of an `--expect` profile file (draft 2020-12, checked with ajv). Every field is
// optional: a missing one keeps DEFAULT_TARGET_PROFILE's value. Unknown fields are refused, so a
// typo never silently keeps a default.

const PSD2_FIGURES = {
  type: 'object',
  required: ['policy'],
  additionalProperties: false,
  properties: {
    policy: { const: 'psd2-exemptions' },
    lowValueLimit: { type: 'number', exclusiveMinimum: 0 },
    cumulativeAmountLimit: { type: ['number', 'null'], exclusiveMinimum: 0 },
    cumulativeCountLimit: { type: ['integer', 'null'], minimum: 1 },
    trustedBeneficiaries: { type: 'boolean' },
    reauthenticationDays: { type: 'integer', minimum: 1 },
  },
} as const;

export const TARGET_PROFILE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://linkcy-sca-conformance/expect-profile.schema.json',
  title: 'linkcy-sca target profile (--expect FILE)',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    description: { type: 'string' },
    errorCodePointers: {
      type: 'array',
      minItems: 1,
      // RFC 6901: '' or '/'-separated tokens, '~' only as ~0 or ~1.
      items: { type: 'string', pattern: '^(/([^~/]|~[01])*)*$' },
    },
    signatureMismatchStatus: { enum: [401, 403] },
    emptySignature: { enum: ['missing', 'malformed'] },
    malformedSignatureCode: { enum: ['SCA_SIGNATURE_FORMAT_INVALID', 'ERROR_SIGNATURE_INVALID'] },
    factorHeader: { enum: ['absent', 'BIOMETRY|PIN'] },
    firstDevice: { enum: ['no-device', 'no-active-device'] },
    productionByPassAllowlist: { type: 'array', uniqueItems: true, items: { enum: [...OPERATION_IDS] } },
    deviceActivation: {
      type: 'object',
      required: ['mode'],
      additionalProperties: false,
      properties: { mode: { enum: ['synchronous', 'delayed'] }, delayMs: { type: 'integer', minimum: 1, maximum: 600_000 } },
      if: { properties: { mode: { const: 'delayed' } } },
      then: { required: ['delayMs'] },
      else: { not: { required: ['delayMs'] } },
    },
    waitingSca202: { type: 'boolean' },
    kycCheck: { enum: ['after-sca', 'before-sca', 'not-enforced'] },
    scaPolicies: {
      type: 'object',
      propertyNames: { enum: [...OPERATION_IDS] },
      additionalProperties: {
        type: ['string', 'object'],
        if: { type: 'string' },
        then: { enum: [...SCA_POLICIES] },
        else: PSD2_FIGURES,
      },
    },
  },
} as const;
