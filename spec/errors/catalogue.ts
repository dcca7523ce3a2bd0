/**
 * Every error code the LinkCy documents name, with what they say of it. This is the only copy:
 * the OpenAPI document's examples, the simulator and the probes all read it from here.
 */

import type { SourceRef } from '../openapi/extensions.ts';

export const SEED_FILES = {
  overview: '000_29bb8680d0172561.txt',
  scaGuide: '001_502d3ee4b37d56dd.txt',
} as const;
export type SeedFile = (typeof SEED_FILES)[keyof typeof SEED_FILES];

export interface ErrorDefinition {
  /** HTTP status the suite expects: the number in the documented label. */
  readonly status: number;
  /**
   * The documented label, verbatim, contradictions included ("401 Forbidden", "500 not found"):
   * the seed's, else the status the vendor reference gives, else ours.
   */
  readonly seedLabel: string;
  /** Where the code, its status and its trigger come from (docs/decisions.md D-SRC-1). */
  readonly source: SourceRef;
  /** The seed page that names the code, for codes of the seeds. */
  readonly seedFile?: SeedFile;
  readonly seedSection?: string;
  /** Message with `{0}`-style placeholders; the seed's description where it gives one. */
  readonly messageTemplate: string;
  /** When a conforming server answers with this code. */
  readonly trigger: string;
  /** True where the label's number and text disagree, so reports can point it out. */
  readonly labelContradicts?: true;
  /** True where the code is ours, not the vendor's (see docs/decisions.md). */
  readonly inferred?: true;
  /** True for a code no operation answers: it belongs to routing (an unknown path), not to the contract. */
  readonly outsideOperations?: true;
}

const FROM_SEED000: SourceRef = { from: 'seed', key: 'SEED000' };
const FROM_SEED001: SourceRef = { from: 'seed', key: 'SEED001' };
const fromOas178 = (offset: string): SourceRef => ({ from: 'openapi-1.78', key: `OAS178@${offset}` });
const inferred = (decision: string, key?: string): SourceRef => ({ from: 'inferred', decision, ...(key === undefined ? {} : { key }) });

const STRATEGY_SECTION = 'Register a device > Headers > Linkcy-SCA-Strategy > Error Codes';
const SIGNATURE_SECTION = 'Register a device > Headers > Linkcy-SCA-Signature > Error Codes';
const FAILURES_TABLE = 'Failures (table)';
const FAILURES_TEXT = 'Failures (after the table)';

export const ERROR_CATALOGUE = {
  SCA_REQUIRED: {
    status: 409,
    seedLabel: '409 Conflict',
    source: FROM_SEED000,
    seedFile: SEED_FILES.overview,
    seedSection: STRATEGY_SECTION,
    messageTemplate: 'The operation you are trying to do requires SCA, current strategy {0}.',
    trigger:
      'The operation needs SCA and the strategy in use cannot provide it: PUSH_NOTIFICATION (not implemented), or BY_PASS outside the sandbox.',
  },
  SCA_SIGNATURE_DOES_NOT_MATCH: {
    status: 401,
    seedLabel: '401 Forbidden',
    source: FROM_SEED000,
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
    source: FROM_SEED000,
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: 'No active SCA device could be found.',
    trigger: 'DATA_SIGNING for an end user who has no ACTIVE SCA device.',
  },
  SCA_DEVICE_NOT_VALID: {
    status: 409,
    seedLabel: '409 Conflict',
    source: FROM_SEED000,
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: 'The device cannot be used to sign this data.',
    trigger:
      "The signature names an activation that is not an ACTIVE device of this end user (another user's, removed, blocked or unknown), or uses a factor combination that is not SCA (a single factor: possession, knowledge or biometry alone).",
  },
  SCA_SIGNATURE_FORMAT_INVALID: {
    status: 409,
    seedLabel: '409 Conflict',
    source: FROM_SEED000,
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate:
      'The signature format for data signing SCA strategy is invalid: HTTP header validation failed.',
    trigger: 'DATA_SIGNING with a Linkcy-SCA-Signature header that breaks the PowerAuth header grammar.',
  },
  SCA_SIGNATURE_MISSING: {
    status: 409,
    seedLabel: '409 Conflict',
    source: FROM_SEED000,
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: 'The signature required for data signing SCA strategy is missing.',
    trigger: 'DATA_SIGNING without a Linkcy-SCA-Signature header; an empty one fails request validation (ERROR_REQUEST).',
  },
  SCA_UNEXPECTED_ERROR: {
    status: 500,
    seedLabel: '500 Internal Server Error',
    source: FROM_SEED000,
    seedFile: SEED_FILES.overview,
    seedSection: SIGNATURE_SECTION,
    messageTemplate: 'Unable to perform SCA operation',
    trigger: 'The SCA back end (PowerAuth) fails while verifying.',
  },
  ERROR_SIGNATURE_INVALID: {
    status: 400,
    seedLabel: '400 Bad request',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'Indicates that the signature HTTP header is invalid. This occurs when signature verification for online approvals fails due to incorrect or malformed signature details.',
    trigger: 'PowerAuth rejects the signature header of an online approval.',
  },
  ERROR_TOKEN_INVALID: {
    status: 400,
    seedLabel: '400 Bad request',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'Indicates that the token HTTP header is invalid or that an unsupported protocol version was used. This occurs when token verification fails due to incorrect or malformed token details.',
    trigger: 'A PowerAuth token header is malformed or uses an unsupported protocol version.',
  },
  ERROR_REQUEST: {
    status: 400,
    seedLabel: '400 Bad request',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'Indicates the request did not pass structural validation (mandatory field is null, invalid field type, etc.).',
    trigger: 'The request breaks the schema: missing field, wrong type, bad enum value, malformed JSON.',
  },
  ERROR_OTP_INVALID: {
    status: 400,
    seedLabel: '400 Bad request',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate: 'Indicates a failure in OTP verification due to an invalid OTP format.',
    trigger: 'An OTP has an invalid format.',
  },
  ERROR_OPERATION_NOT_FOUND: {
    status: 400,
    seedLabel: '400 Bad request',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate: 'Indicates that an operation with the provided ID was not found.',
    trigger: 'A PowerAuth operation id is unknown.',
  },
  ERROR_OPERATION_STATE_CHANGE: {
    status: 400,
    seedLabel: '400 Bad request',
    source: FROM_SEED001,
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
    source: FROM_SEED001,
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
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate: 'The SCA registration was not found for end user.',
    trigger: 'A device operation names an scaDeviceId that does not exist (or is not visible to the caller).',
  },
  ERROR_REGISTRATION_NOT_ALLOWED: {
    status: 400,
    seedLabel: '400 Bad request',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TABLE,
    messageTemplate:
      'Indicates registration is not allowed because another registration is already in progress for the user.',
    trigger: 'Registering a device while another device of the same end user awaits activation.',
  },
  SCA_DEVICE_NOT_SET: {
    status: 409,
    seedLabel: '409',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TEXT,
    messageTemplate: 'A device is not onboarded for this end user.',
    trigger: 'An operation involving SCA for an end user who never onboarded a device.',
  },
  SCA_FACTOR_NOT_SET: {
    status: 400,
    seedLabel: '400',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TEXT,
    messageTemplate: 'The SCA factor {0} is not onboarded for this device.',
    trigger: 'The requested factor (Linkcy-SCA-Factor, or the signature type) is not onboarded on the device.',
  },
  SCA_INTERACTION_DECLINED: {
    status: 409,
    seedLabel: '409',
    source: FROM_SEED001,
    seedFile: SEED_FILES.scaGuide,
    seedSection: FAILURES_TEXT,
    messageTemplate: 'The SCA was failed.',
    trigger: 'The end user declined (or did not complete) an out-of-band SCA interaction.',
  },
  UNAUTHORIZED: {
    status: 401,
    seedLabel: '401',
    source: inferred('D-SRC-3', 'G-PAUTH'),
    messageTemplate: 'A valid Linkcy-Auth bearer token is required: {0}.',
    trigger: 'The Authorization header is missing, malformed, unknown or expired.',
    inferred: true,
  },
  FORBIDDEN: {
    status: 403,
    seedLabel: '403',
    source: inferred('D-SRC-3'),
    messageTemplate: 'This operation is restricted to {0} tokens.',
    trigger: "An end-user token calls a partner-only operation (deleteScaDevice, card designs and profiles), or reaches another end user's resources.",
    inferred: true,
  },
  RESOURCE_NOT_FOUND: {
    status: 404,
    seedLabel: '404',
    source: inferred('D-SRC-13'),
    messageTemplate: 'No {0} with this id.',
    trigger: 'A request names a route (method and path) the server does not serve.',
    inferred: true,
    outsideOperations: true,
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    seedLabel: '413',
    source: inferred('D-SRC-15'),
    messageTemplate: 'The request body exceeds {0} bytes.',
    trigger: 'The request body is larger than the server accepts.',
    inferred: true,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    seedLabel: '415',
    source: inferred('D-SRC-15'),
    messageTemplate: 'Content-Type {0} is not supported; send application/json.',
    trigger: 'A request body comes with a content type other than JSON.',
    inferred: true,
  },
  // Business codes of the vendor reference (digest §2-§6) and the few we had to add.
  END_USER_FORBIDDEN: {
    status: 403,
    seedLabel: '403',
    source: fromOas178('80k'),
    messageTemplate: 'End-user with id {0} is forbidden.',
    trigger: 'A consumer or corporate whose access is blocked logs in.',
  },
  END_USER_NOT_FOUND: {
    status: 404,
    seedLabel: '404',
    source: fromOas178('128k'),
    messageTemplate: 'The end user you are referring (id: {0}) could not be found.',
    trigger: 'A path or body endUserId names no consumer or corporate of the partner (404 also for a body reference: D-SRC-13).',
  },
  END_USER_ID_REQUIRED: {
    status: 400,
    seedLabel: '400',
    source: fromOas178('48k'),
    messageTemplate: 'The endUserId is required for a partner token.',
    trigger: 'A partner token creates an end-user resource (ledger, beneficiary, crypto beneficiary) without endUserId.',
  },
  CONSUMER_NOT_FOUND: {
    status: 404,
    seedLabel: '404',
    source: fromOas178('272k'),
    messageTemplate: 'The consumer you are referring (id: {0}) could not be found.',
    trigger: 'getConsumer names no consumer of the partner.',
  },
  CORPORATE_NOT_FOUND: {
    status: 404,
    seedLabel: '404',
    source: inferred('D-SRC-13', 'OAS178@240k'),
    messageTemplate: 'The corporate you are referring (id: {0}) could not be found.',
    trigger: 'getCorporate names no corporate of the partner.',
    inferred: true,
  },
  CARD_NOT_FOUND: {
    status: 404,
    seedLabel: '404',
    source: fromOas178('304k'),
    messageTemplate: 'The card you are referring (id: {0}) could not be found.',
    trigger: 'A card operation names no card of the partner.',
  },
  LEDGER_NOT_FOUND: {
    status: 400,
    seedLabel: '400',
    source: fromOas178('176k'),
    messageTemplate: 'The ledger you are referring (id: {0}) could not be found.',
    trigger: 'A request body names a ledger that does not exist (ledgerId, ledgerFromId, ledgerToId).',
  },
  CARD_PROFILE_NOT_FOUND: {
    status: 400,
    seedLabel: '400',
    source: fromOas178('176k'),
    messageTemplate: 'The card profile you are referring (id: {0}) could not be found.',
    trigger: 'createCard names a card profile that does not exist.',
  },
  CARD_PROFILE_NOT_ACTIVE: {
    status: 400,
    seedLabel: '400',
    source: fromOas178('176k'),
    messageTemplate: 'The card profile {0} is not active.',
    trigger: 'createCard names a card profile that is not active.',
  },
  DELIVERY_METHOD_REQUIRED: {
    status: 400,
    seedLabel: '400',
    source: fromOas178('176k'),
    messageTemplate: 'A delivery method is required for a physical card.',
    trigger: 'createCard with a physical profile and no deliveryMethod.',
  },
  CARD_DESIGN_NOT_FOUND: {
    status: 400,
    seedLabel: '400',
    source: fromOas178('192k'),
    messageTemplate: 'The card design you are referring (id: {0}) could not be found.',
    trigger: 'createCardProfile names a card design that does not exist.',
  },
  CARD_MUST_BE_PHYSICAL: {
    status: 409,
    seedLabel: '409',
    source: fromOas178('304k'),
    messageTemplate: 'The card must be physical.',
    trigger: 'getCardPin or resetCardPinAttempts on a virtual card.',
  },
  CARD_MUST_BE_ACTIVE: {
    status: 409,
    seedLabel: '409',
    source: fromOas178('304k'),
    messageTemplate: 'The card must be active.',
    trigger: 'getCardPin or resetCardPinAttempts on a card that is not ACTIVE.',
  },
  CONSUMER_KYC_MUST_BE_VALIDATED: {
    status: 409,
    seedLabel: '409',
    source: fromOas178('176k'),
    messageTemplate: 'The consumer KYC must be validated.',
    trigger: 'A business operation acts for a consumer whose KYC status is not VALIDATED (seed: a consumer must be formally identified with a KYC procedure before carrying out any operation).',
  },
  CORPORATE_KYB_MUST_BE_VALIDATED: {
    status: 409,
    seedLabel: '409',
    source: fromOas178('176k'),
    messageTemplate: 'The corporate KYB must be validated.',
    trigger: 'A business operation acts for a corporate whose KYB status is not VALIDATED.',
  },
  PHONE_ALREADY_TAKEN: {
    status: 409,
    seedLabel: '409',
    source: fromOas178('160k'),
    messageTemplate: 'The phone number {0} is already taken.',
    trigger: 'createConsumer with the phone of an existing consumer of the partner.',
  },
  PARTNER_NAME_REQUIRED: {
    status: 409,
    seedLabel: '409',
    source: fromOas178('160k'),
    messageTemplate: 'The partnerName is required when not authenticated.',
    trigger: 'createConsumer or createCorporate without a bearer and without partnerName.',
  },
  BENEFICIARY_NOT_FOUND: {
    status: 404,
    seedLabel: '404',
    source: inferred('D-SRC-13'),
    messageTemplate: 'The beneficiary you are referring (id: {0}) could not be found.',
    trigger: 'createTransaction names a beneficiary that does not exist.',
    inferred: true,
  },
  INSUFFICIENT_FUNDS: {
    status: 409,
    seedLabel: '409',
    source: inferred('D-SRC-13'),
    messageTemplate: 'The ledger {0} has insufficient funds.',
    trigger: 'A transaction whose amount exceeds the balance of the source ledger.',
    inferred: true,
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);
}

export function formatErrorMessage(code: ErrorCode, ...args: readonly string[]): string {
  return ERROR_CATALOGUE[code].messageTemplate.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    return args[Number(index)] ?? placeholder;
  });
}
