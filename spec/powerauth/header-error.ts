// The stable codes of everything parseSignatureHeader reports. Messages name the field and the
// rule broken, never a value (pa_signature is a secret).

export const HEADER_ERROR_CODES = [
  'HEADER_EMPTY',
  'MULTILINE',
  'QUOTES_ESCAPED',
  'PREFIX_INVALID',
  'PARAMETER_MALFORMED',
  'QUOTE_UNTERMINATED',
  'FIELD_MISSING',
  'FIELD_EMPTY',
  'ACTIVATION_ID_INVALID',
  'APPLICATION_KEY_INVALID',
  'NONCE_INVALID',
  'SIGNATURE_TYPE_INVALID',
  'SIGNATURE_INVALID',
  'VERSION_UNSUPPORTED',
  'SIGNATURE_FORMAT_VERSION_MISMATCH',
  'SIGNATURE_FACTOR_COUNT_MISMATCH',
] as const;

export type HeaderErrorCode = (typeof HEADER_ERROR_CODES)[number];

export interface HeaderError {
  code: HeaderErrorCode;
  /** The header key concerned (e.g. 'pa_nonce'), when the error is about one field. */
  field?: string;
  message: string;
}
