/**
 * Every error code the LinkCy documents name, with what they say of it. This is the only copy:
 * the OpenAPI document's examples, the simulator and the probes all read it from here.
 */

export const SEED_FILES = {
  overview: '000_29bb8680d0172561.txt',
  scaGuide: '001_502d3ee4b37d56dd.txt',
} as const;
export type SeedFile = (typeof SEED_FILES)[keyof typeof SEED_FILES];

export interface ErrorDefinition {
  /** HTTP status the suite expects: the number in the seed's label. */
  readonly status: number;
  /** The seed's own label, verbatim, contradictions included ("401 Forbidden", "500 not found"). */
  readonly seedLabel: string;
  readonly seedFile: SeedFile;
  readonly seedSection: string;
  /** Message with `{0}`-style placeholders; the seed's description where it gives one. */
  readonly messageTemplate: string;
  /** When a conforming server answers with this code. */
  readonly trigger: string;
  /** True where the label's number and text disagree, so reports can point it out. */
  readonly labelContradicts?: true;
  /** True where the code is ours, not the seeds' (see docs/decisions.md). */
  readonly inferred?: true;
}

const STRATEGY_SECTION = 'Register a device > Headers > Linkcy-SCA-Strategy > Error Codes';
const SIGNATURE_SECTION = 'Register a device > Headers > Linkcy-SCA-Signature > Error Codes';
const FAILURES_TABLE = 'Failures (table)';
const FAILURES_TEXT = 'Failures (after the table)';
const INFERRED_SECTION = 'not in the seeds: docs/decisions.md';

export const ERROR_CATALOGUE = {
  SCA_REQUIRED: {
    status: 409,
    seedLabel: '409 Conflict',
    seedFile: SEED_FILES.overview,
    seedSection: STRATEGY_SECTION,
    messageTemplate: 'The operation you are trying to do requires SCA, current strategy {0}.',
    trigger:
      'The operation needs SCA and the strategy in use cannot provide it: PUSH_NOTIFICATION (not implemented), or BY_PASS outside the sandbox.',
  },
  SCA_SIGNATURE_DOES_NOT_MATCH: {
    status: 401,
    seedLabel: '401 Forbidden',
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: "The sca signature provided doesn't match the one required for this operation",
    trigger:
      'DATA_SIGNING with a well-formed signature that does not verify: other data, wrong factor key (wrong PIN), replayed, expired, or counter outside the look-ahead window.',
    labelContradicts: true,
  },
  NO_ACTIVE_SCA_DEVICE_FOUND: {
    status: 404,
    seedLabel: '404 Not Found',
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: 'No active SCA device could be found.',
    trigger: 'DATA_SIGNING for an end user who has no ACTIVE SCA device.',
  },
  SCA_DEVICE_NOT_VALID: {
    status: 409,
    seedLabel: '409 Conflict',
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: 'The device cannot be used to sign this data.',
    trigger:
      "The signature names an activation that is not an ACTIVE device of this end user (another user's, removed, blocked or unknown), or uses a factor combination that is not SCA (a single factor: possession, knowledge or biometry alone).",
  },
  SCA_SIGNATURE_FORMAT_INVALID: {
    status: 409,
    seedLabel: '409 Conflict',
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate:
      'The signature format for data signing SCA strategy is invalid: HTTP header validation failed.',
    trigger: 'DATA_SIGNING with a Linkcy-SCA-Signature header that breaks the PowerAuth header grammar.',
  },
  SCA_SIGNATURE_MISSING: {
    status: 409,
    seedLabel: '409 Conflict',
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: 'The signature required for data signing SCA strategy is missing.',
    trigger: 'DATA_SIGNING without a Linkcy-SCA-Signature header; an empty one fails request validation (ERROR_REQUEST).',
  },
  SCA_UNEXPECTED_ERROR: {
    status: 500,
    seedLabel: '500 Internal Server Error',
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: 'Unable to perform SCA operation',
    trigger: 'The SCA back end (PowerAuth) fails while verifying.',
  },
  ERROR_SIGNATURE_INVALID: {
    status: 400,
    seedLabel: '400 Bad request',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'Indicates that the signature HTTP header is invalid. This occurs when signature verification for online approvals fails due to incorrect or malformed signature details.',
    trigger: 'PowerAuth rejects the signature header of an online approval.',
  },
  ERROR_TOKEN_INVALID: {
    status: 400,
    seedLabel: '400 Bad request',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'Indicates that the token HTTP header is invalid or that an unsupported protocol version was used. This occurs when token verification fails due to incorrect or malformed token details.',
    trigger: 'A PowerAuth token header is malformed or uses an unsupported protocol version.',
  },
  ERROR_REQUEST: {
    status: 400,
    seedLabel: '400 Bad request',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'Indicates the request did not pass structural validation (mandatory field is null, invalid field type, etc.).',
    trigger: 'The request breaks the schema: missing field, wrong type, bad enum value, malformed JSON.',
  },
  ERROR_OTP_INVALID: {
    status: 400,
    seedLabel: '400 Bad request',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate: 'Indicates a failure in OTP verification due to an invalid OTP format.',
    trigger: 'An OTP has an invalid format.',
  },
  ERROR_OPERATION_NOT_FOUND: {
    status: 400,
    seedLabel: '400 Bad request',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate: 'Indicates that an operation with the provided ID was not found.',
    trigger: 'A PowerAuth operation id is unknown.',
  },
  ERROR_OPERATION_STATE_CHANGE: {
    status: 400,
    seedLabel: '400 Bad request',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      "Indicates that the operation's state does not allow the requested action, for example, cancelling an already expired operation.",
    trigger:
      'The state of the object does not allow the action, e.g. activating a device whose SDK activation has not happened yet.',
  },
  ERROR_INTERNAL_API: {
    status: 500,
    seedLabel: '500 not found',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'An internal server error occurred, potentially due to misconfiguration. Check your deployment configuration for errors.',
    trigger: 'Any internal failure outside SCA verification.',
    labelContradicts: true,
  },
  SCA_REGISTRATION_NOT_FOUND: {
    status: 404,
    seedLabel: '404 Not found',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate: 'The SCA registration was not found for end user.',
    trigger: 'A device operation names an scaDeviceId that does not exist (or is not visible to the caller).',
  },
  ERROR_REGISTRATION_NOT_ALLOWED: {
    status: 400,
    seedLabel: '400 Bad request',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'Indicates registration is not allowed because another registration is already in progress for the user.',
    trigger: 'Registering a device while another device of the same end user awaits activation.',
  },
  SCA_DEVICE_NOT_SET: {
    status: 409,
    seedLabel: '409',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TEXT,
    messageTemplate: 'A device is not onboarded for this end user.',
    trigger: 'An operation involving SCA for an end user who never onboarded a device.',
  },
  SCA_FACTOR_NOT_SET: {
    status: 400,
    seedLabel: '400',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TEXT,
    messageTemplate: 'The SCA factor {0} is not onboarded for this device.',
    trigger: 'The requested factor (Linkcy-SCA-Factor, or the signature type) is not onboarded on the device.',
  },
  SCA_INTERACTION_DECLINED: {
    status: 409,
    seedLabel: '409',
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TEXT,
    messageTemplate: 'The SCA was failed.',
    trigger: 'The end user declined (or did not complete) an out-of-band SCA interaction.',
  },
  UNAUTHORIZED: {
    status: 401,
    seedLabel: '401',
    seedFile: SEED_FILES.overview,
    seedSection: INFERRED_SECTION,
    messageTemplate: 'A valid Linkcy-Auth bearer token is required: {0}.',
    trigger: 'The Authorization header is missing, malformed, unknown or expired.',
    inferred: true,
  },
  FORBIDDEN: {
    status: 403,
    seedLabel: '403',
    seedFile: SEED_FILES.overview,
    seedSection: INFERRED_SECTION,
    messageTemplate: 'This operation is restricted to {0} tokens.',
    trigger: 'An end-user token calls a partner-only operation (deleteScaDevice), or a token reaches another end user.',
    inferred: true,
  },
  RESOURCE_NOT_FOUND: {
    status: 404,
    seedLabel: '404',
    seedFile: SEED_FILES.overview,
    seedSection: INFERRED_SECTION,
    messageTemplate: 'No {0} with this id.',
    trigger: 'A path names an end user, card or route that does not exist.',
    inferred: true,
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    seedLabel: '413',
    seedFile: SEED_FILES.overview,
    seedSection: INFERRED_SECTION,
    messageTemplate: 'The request body exceeds {0} bytes.',
    trigger: 'The request body is larger than the server accepts.',
    inferred: true,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    seedLabel: '415',
    seedFile: SEED_FILES.overview,
    seedSection: INFERRED_SECTION,
    messageTemplate: 'Content-Type {0} is not supported; send application/json.',
    trigger: 'A request body comes with a content type other than JSON.',
    inferred: true,
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

/** The error body every LinkCy error carries at least (the seeds document codes, not a shape). */
export interface ErrorBody {
  readonly code: ErrorCode;
  readonly message: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);
}

export function formatErrorMessage(code: ErrorCode, ...args: readonly string[]): string {
  return ERROR_CATALOGUE[code].messageTemplate.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    return args[Number(index)] ?? placeholder;
  });
}

export function errorBody(code: ErrorCode, ...args: readonly string[]): ErrorBody {
  return { code, message: formatErrorMessage(code, ...args) };
}
