import { isCanonicalBase64 } from './base64.ts';
import type { HeaderError } from './header-error.ts';
import { readHeaderParams } from './header-params.ts';
import type { SignatureFormat } from './signature.ts';
import { factorsOf, isSignatureType, SIGNATURE_TYPES, type SignatureType } from './signature-type.ts';

// The PowerAuth signature header (digest section 1): parsed the way the reference server reads it,
// checked field by field, reported with one error per rule broken; and formatted canonically.

export const PROTOCOL_VERSIONS = ['3.0', '3.1', '3.2', '3.3'] as const;
export type ProtocolVersion = (typeof PROTOCOL_VERSIONS)[number];

export interface SignatureHeader {
  activationId: string;
  applicationKey: string;
  nonce: string;
  signatureType: SignatureType;
  signature: string;
  version: ProtocolVersion;
}

export type ParsedSignatureHeader = { ok: true; header: SignatureHeader } | { ok: false; errors: HeaderError[] };

/** Header key of each field, in canonical order. */
export const HEADER_KEYS = {
  activationId: 'pa_activation_id',
  applicationKey: 'pa_application_key',
  nonce: 'pa_nonce',
  signatureType: 'pa_signature_type',
  signature: 'pa_signature',
  version: 'pa_version',
} as const satisfies Record<keyof SignatureHeader, string>;
const HEADER_FIELDS = Object.entries(HEADER_KEYS) as [keyof SignatureHeader, string][];

const PREFIX = 'PowerAuth ';
// The reference validator's pattern: RFC 4122 variant, versions 1 to 5, checked after lower-casing.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DECIMAL_SIGNATURE = /^\d{8}(?:-\d{8}){0,2}$/;
const BASE64_SIGNATURE_BYTES: Readonly<Record<number, number>> = { 24: 16, 44: 32, 64: 48 };

/** 3.0 signs online in decimal; 3.1 and later in Base64. */
export function signatureFormatOf(version: ProtocolVersion): SignatureFormat {
  return version === '3.0' ? 'decimal' : 'base64';
}

/** Never throws; an absent header (undefined from a request) reports HEADER_EMPTY. */
export function parseSignatureHeader(value: string): ParsedSignatureHeader {
  const errors: HeaderError[] = [];
  if (typeof value !== 'string' || value.trim() === '') {
    return { ok: false, errors: [{ code: 'HEADER_EMPTY', message: 'the header is missing or empty' }] };
  }
  let text = value;
  if (/[\r\n]/.test(text)) {
    errors.push({ code: 'MULTILINE', message: 'the header must be one line: it contains a line break (CR or LF)' });
    text = text.replace(/[\r\n]/g, ' ');
  }
  if (text.includes('\\"')) {
    errors.push({
      code: 'QUOTES_ESCAPED',
      message:
        'values are wrapped in backslash-escaped quotes (\\"): a correct client sends plain quotes ("); ' +
        "LinkCy's documentation shows the header JSON-escaped. The rest was checked as if the quotes were plain",
    });
    text = text.replaceAll('\\"', '"');
  }
  text = text.trim();
  if (!text.startsWith(PREFIX)) {
    errors.push({ code: 'PREFIX_INVALID', message: 'the header must start with "PowerAuth" and one space (case-sensitive)' });
    return { ok: false, errors };
  }
  const { params, errors: syntaxErrors } = readHeaderParams(text.slice(PREFIX.length));
  errors.push(...syntaxErrors);

  const fields: Partial<Record<keyof SignatureHeader, string>> = {};
  for (const [name, key] of HEADER_FIELDS) {
    const fieldValue = params.get(key);
    if (fieldValue === undefined) errors.push({ code: 'FIELD_MISSING', field: key, message: `${key} is missing` });
    else if (fieldValue === '') errors.push({ code: 'FIELD_EMPTY', field: key, message: `${key} is empty` });
    else if (fieldValue !== null) {
      const error = fieldError(name, fieldValue);
      // The type is accepted in any case, as by the reference, and kept in its canonical lower case.
      if (error === undefined) fields[name] = name === 'signatureType' ? fieldValue.toLowerCase() : fieldValue;
      else errors.push(error);
    }
  }
  errors.push(...consistencyErrors(fields));

  if (errors.length > 0) return { ok: false, errors };
  // No error means every field was read and passed its rule, the type and version included.
  return { ok: true, header: fields as SignatureHeader };
}

/** The canonical one-line form. Throws when a value could not survive the trip (quote or line break). */
export function formatSignatureHeader(header: SignatureHeader): string {
  const params = HEADER_FIELDS.map(([name, key]) => {
    const fieldValue = header[name];
    if (typeof fieldValue !== 'string' || fieldValue === '' || /["\r\n]/.test(fieldValue)) {
      throw new TypeError(`${name} must be a non-empty string without quotes or line breaks`);
    }
    return `${key}="${fieldValue}"`;
  });
  return PREFIX + params.join(', ');
}

function fieldError(name: keyof SignatureHeader, value: string): HeaderError | undefined {
  const field = HEADER_KEYS[name];
  switch (name) {
    case 'activationId':
      return UUID.test(value.toLowerCase())
        ? undefined
        : { code: 'ACTIVATION_ID_INVALID', field, message: `${field} must be a UUID (8-4-4-4-12 hex digits, version 1 to 5, RFC 4122 variant)` };
    case 'applicationKey':
      return isCanonicalBase64(value, 16)
        ? undefined
        : { code: 'APPLICATION_KEY_INVALID', field, message: `${field} must be canonical Base64 of 16 bytes` };
    case 'nonce':
      return isCanonicalBase64(value, 16)
        ? undefined
        : { code: 'NONCE_INVALID', field, message: `${field} must be canonical, padded Base64 of 16 bytes` };
    case 'signatureType':
      return isSignatureType(value.toLowerCase())
        ? undefined
        : { code: 'SIGNATURE_TYPE_INVALID', field, message: `${field} must be one of ${SIGNATURE_TYPES.join(', ')} (any case)` };
    case 'signature':
      return signatureFactorCount(value) !== undefined
        ? undefined
        : {
            code: 'SIGNATURE_INVALID',
            field,
            message: `${field} must be 1 to 3 groups of 8 digits joined by "-" (decimal) or canonical Base64 of 16, 32 or 48 bytes`,
          };
    case 'version':
      return (PROTOCOL_VERSIONS as readonly string[]).includes(value)
        ? undefined
        : { code: 'VERSION_UNSUPPORTED', field, message: `${field} must be one of ${PROTOCOL_VERSIONS.join(', ')}` };
  }
}

/**
 * Rules joining two valid fields. The reference server lets both pass its header check and then
 * fails the signature; a correct client never sends them, so they are reported here.
 */
function consistencyErrors({ signature, signatureType, version }: Partial<Record<keyof SignatureHeader, string>>): HeaderError[] {
  const errors: HeaderError[] = [];
  if (signature === undefined) return errors;
  const format = DECIMAL_SIGNATURE.test(signature) ? 'decimal' : 'base64';
  const versionFormat = version === undefined ? undefined : signatureFormatOf(version as ProtocolVersion);
  if (versionFormat !== undefined && versionFormat !== format) {
    errors.push({
      code: 'SIGNATURE_FORMAT_VERSION_MISMATCH',
      field: HEADER_KEYS.signature,
      message: `pa_signature is ${format}, but pa_version ${version} signs in ${versionFormat}`,
    });
  }
  if (signatureType !== undefined) {
    const expected = factorsOf(signatureType as SignatureType).length;
    const actual = signatureFactorCount(signature);
    if (actual !== expected) {
      errors.push({
        code: 'SIGNATURE_FACTOR_COUNT_MISMATCH',
        field: HEADER_KEYS.signature,
        message: `pa_signature has ${actual} factor component(s), but pa_signature_type ${signatureType} needs ${expected}`,
      });
    }
  }
  return errors;
}

/** Components in a well-formed signature (8 digits or 16 bytes each); undefined when malformed. */
function signatureFactorCount(signature: string): number | undefined {
  if (DECIMAL_SIGNATURE.test(signature)) return (signature.length + 1) / 9;
  const bytes = BASE64_SIGNATURE_BYTES[signature.length];
  return bytes !== undefined && isCanonicalBase64(signature, bytes) ? bytes / 16 : undefined;
}
