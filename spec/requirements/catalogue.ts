import { SEED_FILES } from '../errors/index.ts';
import { CLIENT_REQUIREMENTS } from './client-catalogue.ts';
import type { Requirement } from './requirement.ts';

const { overview: OVERVIEW, scaGuide: SCA_GUIDE } = SEED_FILES;

const AUTHENTICATION = 'Authentication';
const DEVICE_SECURITY = 'Activate, Register, Delete a device > Security';
const CONSUMER = 'Consumer';
const REGISTER = 'Register a device';
const ACTIVATE = 'Activate a device';
const DELETE = 'Delete a device';
const STRATEGY = 'Register a device > Headers > Linkcy-SCA-Strategy';
const SIGNATURE = 'Register a device > Headers > Linkcy-SCA-Signature';
const SCA_INTRO = 'Strong customer authentication (SCA)';
const DEVICE_REGISTRATION = 'Device registration';
const DATA_SIGNING = 'Operation Data Signing';
const OUT_OF_BAND = 'Out of band authentication';
const FAILURES_TABLE = 'Failures (table)';
const FAILURES_TEXT = 'Failures (after the table)';
const BYPASS = 'SCA bypass';

// Seed sentences quoted by more than one requirement.
const AUTHORIZATION_KEY = 'You can obtain a LinkCy Authorization Key by contacting our commercial team here.';
const SECURED_BY_LINKCY_AUTH = 'Security Linkcy-Auth';
const PARTNER_TOKENS_ONLY =
  'This operation is restricted to partner bearer tokens and should not be exposed directly to end-users.';
const SCA_REQUIRED_LINE = 'SCA_REQUIRED: The operation you are trying to do requires SCA, current strategy {0}.';
const SCA_PURPOSE =
  'SCA is a two-factor authentication method used to certify the origin and content of specific API requests related to sensitive operations or data (account login, transactions, card details, etc.).';
const DEVICES_ON_END_USER = 'Registered devices will be listed in the Enduser object with their status and details.';
const SUCCESS_STATUSES =
  'If the signature is OK, the operation will be performed and the response will be a 200, 201 or 204 code.';
const AVOID_CONCURRENT_SIGNATURES = 'Avoid creating multiple signature at same time for the same registration.';
const NOT_ONBOARDED =
  'If a device or a factor is not onboarded and you try an API request involving SCA, you will receive 409 - SCA_DEVICE_NOT_SET or 400 - SCA_FACTOR_NOT_SET error.';
const ERROR_REQUEST_ROW =
  'ERROR_REQUEST400 Bad requestIndicates the request did not pass structural validation (mandatory field is null, invalid field type, etc.).';
const ERROR_INTERNAL_API_ROW =
  'ERROR_INTERNAL_API500 not foundAn internal server error occurred, potentially due to misconfiguration. Check your deployment configuration for errors.';
const SCA_REGISTRATION_NOT_FOUND_ROW =
  'SCA_REGISTRATION_NOT_FOUND404 Not foundThe SCA registration was not found for end user.';

const CATALOGUE = {
  // Bearer security and token kinds
  'SCA-AUTH-001': {
    title: 'Partner API calls carry a LinkCy authorization key',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: AUTHENTICATION,
    quote: AUTHORIZATION_KEY,
  },
  'SCA-AUTH-002': {
    title: 'The SCA device operations are secured by the Linkcy-Auth scheme',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: DEVICE_SECURITY,
    quote: SECURED_BY_LINKCY_AUTH,
  },
  'SCA-AUTH-003': {
    title: 'A missing, malformed, unknown or expired bearer token gets 401 UNAUTHORIZED on every secured operation',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: DEVICE_SECURITY,
    quote: SECURED_BY_LINKCY_AUTH,
    decision: 'Linkcy-Auth is an HTTP bearer scheme; a failed bearer check answers 401 with the code UNAUTHORIZED.',
    errorCodes: ['UNAUTHORIZED'],
  },
  'SCA-AUTH-004': {
    title: 'Deleting a device is restricted to partner bearer tokens',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: DELETE,
    quote: PARTNER_TOKENS_ONLY,
  },
  'SCA-AUTH-005': {
    title: "An end-user token on a partner-only operation, or on another end user's resources, gets 403 FORBIDDEN",
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: DELETE,
    quote: PARTNER_TOKENS_ONLY,
    decision: 'A valid token without the right gets 403 FORBIDDEN, not 401: the caller is known, the action is not allowed.',
    errorCodes: ['FORBIDDEN'],
  },
  'SCA-AUTH-006': {
    title: "Two token kinds: partner tokens (login) and end-user tokens (an end user's app); each operation declares which it accepts",
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: DELETE,
    quote: PARTNER_TOKENS_ONLY,
    decision:
      'x-linkcy-token on every operation: deleteScaDevice, card designs and profiles partner; login and refresh none; consumer and corporate creation none-or-partner; every other operation partner-or-end-user (D-SRC-3).',
  },
  'SCA-AUTH-007': {
    title: 'Login returns a JWT token, a refresh token and, for an end user, its endUserId; refresh exchanges a refresh token for a new set',
    kind: 'documented',
    digestKeys: ['OAS178@384k', 'OAS178@64k', 'G-PAUTH', 'G-EAUTH'],
    digestSection: '§2.1 Log in, §2.2 Refresh, §1.1 token',
    errorCodes: ['END_USER_FORBIDDEN'],
  },
  'SCA-AUTH-008': {
    title: 'Login with rejected credentials (a wrong password, an unknown user) and refresh with a refresh token the target does not accept get 401 UNAUTHORIZED',
    kind: 'inferred',
    digestKeys: ['OAS178@80k', 'OAS178@64k', 'G-PAUTH'],
    digestSection: '§2.1 Log in, §2.2 Refresh, §1.1 token',
    decision: 'The vendor documents 401 on login and refresh without a code; UNAUTHORIZED is ours, as for bearer failures (D-SRC-3, D-BOUND-AUTH-2).',
    errorCodes: ['UNAUTHORIZED'],
  },
  'SCA-AUTH-009': {
    title: 'A refresh token is exchanged once: presented again, it gets 401 UNAUTHORIZED',
    kind: 'inferred',
    digestKeys: ['OAS178@64k'],
    digestSection: '§2.2 Refresh',
    decision: 'Every refresh answers a new refreshToken: the pair rotates, and the one exchanged is no longer valid (D-BOUND-AUTH-2).',
    errorCodes: ['UNAUTHORIZED'],
  },

  // Headers and strategy
  'SCA-HDR-001': {
    title: 'Linkcy-SCA-Strategy chooses how SCA is provided when an operation requires it',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: STRATEGY,
    quote: 'The strategy to use when a SCA is required:',
  },
  'SCA-HDR-002': {
    title: 'Linkcy-SCA-Strategy defaults to PUSH_NOTIFICATION',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: STRATEGY,
    quote: 'Default PUSH_NOTIFICATION',
  },
  'SCA-HDR-003': {
    title: 'Linkcy-SCA-Strategy is one of PUSH_NOTIFICATION, DATA_SIGNING, BY_PASS',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: STRATEGY,
    quote: 'Enum"PUSH_NOTIFICATION""DATA_SIGNING""BY_PASS"',
  },
  'SCA-HDR-004': {
    title: 'A Linkcy-SCA-Strategy or Linkcy-SCA-Factor value outside its enum gets 400 ERROR_REQUEST',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: ERROR_REQUEST_ROW,
    decision: 'An invalid header value is a structural validation failure, like an invalid body field.',
    errorCodes: ['ERROR_REQUEST'],
  },
  'SCA-HDR-005': {
    title: 'An operation that needs SCA the strategy in use cannot provide gets 409 SCA_REQUIRED',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: STRATEGY,
    quote: SCA_REQUIRED_LINE,
    errorCodes: ['SCA_REQUIRED'],
  },
  'SCA-HDR-006': {
    title: 'With DATA_SIGNING, Linkcy-SCA-Signature carries a signature from the PowerAuth SDK of a registered device',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: STRATEGY,
    quote: 'DATA_SIGNING: Linkcy-SCA-Signature header must contain signature provided by PowerAuth Mobile SDK on registered device.',
  },
  'SCA-HDR-007': {
    title: 'Linkcy-SCA-Signature holds the data-signing signature to validate',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'The signature that needs to be validated, it is generated from data signing.',
  },
  'SCA-HDR-008': {
    title: 'A signed call sends DATA_SIGNING in Linkcy-SCA-Strategy and the signature in Linkcy-SCA-Signature',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DATA_SIGNING,
    quote: 'Once the signature is generated, you can call the SCA Secured Endpoint in LinkCy API, using :',
  },
  'SCA-HDR-009': {
    title: 'Every SCA-eligible endpoint requires the SCA flow',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: SCA_INTRO,
    quote:
      'Then, each "SCA eligible" API endpoint will require a specific flow, to ensure that SCA is performed and validated : see Operation Data Signing.',
  },
  'SCA-HDR-010': {
    title: 'Register a device is SCA-eligible and takes the SCA headers',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: REGISTER,
    quote: 'This operation might require SCA.',
  },
  'SCA-HDR-011': {
    title: 'Card creation and the sensitive card reads (PIN, PAN credentials) are SCA-eligible and need SCA on every call by default',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: SCA_INTRO,
    quote: SCA_PURPOSE,
    decision: 'createCard, getCardPin and getCardPanCredentials take the SCA headers and are x-linkcy-sca always in the default profile (D-SRC-5).',
  },
  'SCA-HDR-012': {
    title: 'No factor header at 1.114.5; a target may still read the 1.78 Linkcy-SCA-Factor (BIOMETRY or PIN) as a declared profile choice',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: SCA_INTRO,
    quote: 'either a PIN or biometrics',
    openItem: 'factorHeader',
    decision: 'The document lists no factor header (1.114.5, P-SA, P-CARD); the target profile declares factorHeader absent or BIOMETRY|PIN (1.78, OAS178@0k); KNOWLEDGE has no source and is gone.',
  },

  // Signature format and verification
  'SCA-SIG-001': {
    title: 'SCA uses two factors: a trusted device and a PIN or biometrics',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: SCA_INTRO,
    quote: 'To enforce this two-factor authentication, LinkCy relies on:',
  },
  'SCA-SIG-002': {
    title: 'Data signing takes two steps: sign on the device, then call with the signature',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DATA_SIGNING,
    quote: 'These requests have to be done in 2 steps :',
  },
  'SCA-SIG-003': {
    title: 'The signature is created with the mobile SDK before the request is sent',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DATA_SIGNING,
    quote: 'Before you can send the API request, you have to create a Signature using the Mobile SDK.',
  },
  'SCA-SIG-004': {
    title: 'The signed data are the HTTP method, the URI with path and query parameters, and the body if present',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DATA_SIGNING,
    quote: 'Data to be signed are : HTTP Method, URI (including path params and query params) and body (if present).',
  },
  'SCA-SIG-005': {
    title: 'The signature is a one-line PowerAuth header (pa_activation_id, pa_application_key, pa_nonce, pa_signature_type, pa_signature, pa_version)',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DATA_SIGNING,
    quote: 'The signature will have this format :',
  },
  'SCA-SIG-006': {
    title: 'The full PowerAuth header value goes in Linkcy-SCA-Signature',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DATA_SIGNING,
    quote: 'You have to send this full Payload in the Linkcy-SCA-Signature header field.',
  },
  'SCA-SIG-007': {
    title: 'Signatures are verified against Wultra (PowerAuth)',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'Signature will be verified against wultra.',
  },
  'SCA-SIG-008': {
    title: 'An operation with an invalid signature is denied: nothing is performed',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'Operation will be denied if signature is not valide.',
  },
  'SCA-SIG-009': {
    title: 'A signature that does not verify gets 401 SCA_SIGNATURE_DOES_NOT_MATCH',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: "SCA_SIGNATURE_DOES_NOT_MATCH: The sca signature provided doesn't match the one required for this operation",
    errorCodes: ['SCA_SIGNATURE_DOES_NOT_MATCH'],
  },
  'SCA-SIG-010': {
    title: 'Clients do not create several signatures at the same time for the same registration',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: AVOID_CONCURRENT_SIGNATURES,
  },
  'SCA-SIG-011': {
    title: 'A signature is accepted once: a replay, or a signature from a counter already used, gets 401 SCA_SIGNATURE_DOES_NOT_MATCH',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: AVOID_CONCURRENT_SIGNATURES,
    decision:
      'PowerAuth signatures are bound to a counter that advances on every accepted signature, so concurrent or replayed signatures fail verification.',
    errorCodes: ['SCA_SIGNATURE_DOES_NOT_MATCH'],
  },
  'SCA-SIG-012': {
    title: 'DATA_SIGNING without a signature gets 409 SCA_SIGNATURE_MISSING',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'SCA_SIGNATURE_MISSING: The signature required for data signing SCA strategy is missing.',
    errorCodes: ['SCA_SIGNATURE_MISSING'],
  },
  'SCA-SIG-013': {
    title: 'A signature header that breaks the PowerAuth format gets 409 SCA_SIGNATURE_FORMAT_INVALID',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote:
      'SCA_SIGNATURE_FORMAT_INVALID: The signature format for data signing SCA strategy is invalid: HTTP header validation failed.',
    errorCodes: ['SCA_SIGNATURE_FORMAT_INVALID'],
  },
  'SCA-SIG-014': {
    title: 'A signature from a device that cannot sign for this end user gets 409 SCA_DEVICE_NOT_VALID',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'SCA_DEVICE_NOT_VALID: The device cannot be used to sign this data.',
    errorCodes: ['SCA_DEVICE_NOT_VALID'],
  },
  'SCA-SIG-015': {
    title: 'Single-factor signatures (possession, knowledge or biometry alone) are not SCA and get 409 SCA_DEVICE_NOT_VALID',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: SCA_INTRO,
    quote: 'either a PIN or biometrics',
    decision:
      'SCA needs the device plus a PIN or biometrics, so single-factor signatures (possession, knowledge or biometry alone) are not SCA: only a pa_signature_type of possession plus at least one other factor can authorise; the seeds name no code for it, SCA_DEVICE_NOT_VALID fits best.',
    errorCodes: ['SCA_DEVICE_NOT_VALID'],
  },
  'SCA-SIG-016': {
    title: 'DATA_SIGNING for an end user with no ACTIVE device gets 404 NO_ACTIVE_SCA_DEVICE_FOUND',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'NO_ACTIVE_SCA_DEVICE_FOUND: No active SCA device could be found.',
    errorCodes: ['NO_ACTIVE_SCA_DEVICE_FOUND'],
  },
  'SCA-SIG-017': {
    title: 'A failure of the SCA back end gets 500 SCA_UNEXPECTED_ERROR',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'SCA_UNEXPECTED_ERROR: Unable to perform SCA operation',
    errorCodes: ['SCA_UNEXPECTED_ERROR'],
  },
  'SCA-SIG-018': {
    title: 'A signature header PowerAuth rejects gets 400 ERROR_SIGNATURE_INVALID',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote:
      'ERROR_SIGNATURE_INVALID400 Bad requestIndicates that the signature HTTP header is invalid. This occurs when signature verification for online approvals fails due to incorrect or malformed signature details.',
    errorCodes: ['ERROR_SIGNATURE_INVALID'],
  },
  'SCA-SIG-019': {
    title: 'A malformed PowerAuth token header or unsupported protocol version gets 400 ERROR_TOKEN_INVALID',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote:
      'ERROR_TOKEN_INVALID400 Bad requestIndicates that the token HTTP header is invalid or that an unsupported protocol version was used. This occurs when token verification fails due to incorrect or malformed token details.',
    errorCodes: ['ERROR_TOKEN_INVALID'],
  },

  // Signature lifetime
  'SCA-TTL-001': {
    title: 'A signature lives 30 seconds',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'Signature TTL is 30 sec.',
  },
  'SCA-TTL-002': {
    title: 'A signature used within 30 s is accepted; one used after 30 s gets 401 SCA_SIGNATURE_DOES_NOT_MATCH',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: SIGNATURE,
    quote: 'Signature TTL is 30 sec.',
    openItem: 'ttl',
    decision:
      'The TTL runs from signing on the device to receipt by the server; probes test both sides of the boundary with a configurable margin, and an expired signature is one that does not match.',
    errorCodes: ['SCA_SIGNATURE_DOES_NOT_MATCH'],
  },

  // Device registration, activation, deletion
  'SCA-DEV-001': {
    title: 'A device is registered for an end user as a second factor',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: REGISTER,
    quote: 'Register a device for an end user as a second factor to enable Strong Customer Authentication (SCA).',
  },
  'SCA-DEV-002': {
    title: 'Devices are onboarded with Register a device, naming the end user in the path',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote: 'To onboard a device, use the "Register a device" endpoint.',
  },
  'SCA-DEV-003': {
    title: 'activationCode is what the SDK needs to activate the device (activationQrCodeData: the same as a QR code)',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote: 'activationCode cointains the code required by the SDK to activate the device.',
  },
  'SCA-DEV-004': {
    title: 'Registered devices are listed on the end user with their status and details',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote: DEVICES_ON_END_USER,
  },
  'SCA-DEV-005': {
    title: 'After the SDK activation, Activate a device with the scaDeviceId finalises the registration',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote:
      'Once activation done in the mobile SDK, you have to call the Activate a device endpoint with the previously provided scaDeviceId to finalise the registration.',
  },
  'SCA-DEV-006': {
    title: 'Activation names the registered device by scaDeviceId and takes no payload',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: ACTIVATE,
    quote: 'Activate the previously registered device in order to finalise the registration.',
  },
  'SCA-DEV-007': {
    title: 'Activating a device whose SDK activation has not happened gets 400 ERROR_OPERATION_STATE_CHANGE; an already ACTIVE device answers 204 (idempotent), a REMOVED one 404 SCA_REGISTRATION_NOT_FOUND',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote:
      'ERROR_OPERATION_STATE_CHANGE400 Bad requestIndicates that the operation’s state does not allow the requested action, for example, cancelling an already expired operation.',
    openItem: 'activationResponse',
    decision:
      'The failures table code for a state that forbids the action is the one activation returns when the device has not completed its SDK activation. Activating an ACTIVE device again changes nothing, so it answers 204 (idempotent); a REMOVED device is gone, so it answers 404 SCA_REGISTRATION_NOT_FOUND as delete of a removed device does.',
    errorCodes: ['ERROR_OPERATION_STATE_CHANGE', 'SCA_REGISTRATION_NOT_FOUND'],
  },
  'SCA-DEV-008': {
    title: 'Activation may finish asynchronously: the call answers 204 and the device status on the end user becomes ACTIVE',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: ACTIVATE,
    quote: 'SCA device is being activated',
    openItem: 'activationResponse',
    decision:
      'Probes poll getEndUser until the device is ACTIVE (bounded wait) instead of assuming it is active when the 204 arrives.',
  },
  'SCA-DEV-009': {
    title: 'Once a device is activated, SCA requests can be performed for the end user',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote: "If successful, user's device is registered and SCA requests can now be performed for this enduser.",
  },
  'SCA-DEV-010': {
    title: 'Several SCA devices can be registered per end user',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote: 'Several SCA devices can be registered per enduser.',
  },
  'SCA-DEV-011': {
    title: 'The first device registers without SCA; every extra device needs SCA (else 409 SCA_REQUIRED)',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote: 'After the first registration, SCA operation is required to registered any extra device.',
    errorCodes: ['SCA_REQUIRED'],
  },
  'SCA-DEV-012': {
    title: 'Registering while another registration is in progress gets 400 ERROR_REGISTRATION_NOT_ALLOWED',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote:
      'ERROR_REGISTRATION_NOT_ALLOWED400 Bad requestIndicates registration is not allowed because another registration is already in progress for the user.',
    errorCodes: ['ERROR_REGISTRATION_NOT_ALLOWED'],
  },
  'SCA-DEV-013': {
    title: 'A device operation naming an unknown scaDeviceId gets 404 SCA_REGISTRATION_NOT_FOUND',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: SCA_REGISTRATION_NOT_FOUND_ROW,
    errorCodes: ['SCA_REGISTRATION_NOT_FOUND'],
  },
  'SCA-DEV-014': {
    title: "Delete a device removes the registration of an end user's device",
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: DELETE,
    quote: 'Delete the registration of an end-user device.',
  },
  'SCA-DEV-015': {
    title: 'Device statuses are PENDING_ACTIVATION, ACTIVE, BLOCKED, REMOVED; a removed or blocked device cannot sign (409 SCA_DEVICE_NOT_VALID)',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote: DEVICES_ON_END_USER,
    openItem: 'activationResponse',
    decision: 'The statuses follow the PowerAuth activation lifecycle; only ACTIVE devices verify signatures.',
    errorCodes: ['SCA_DEVICE_NOT_VALID'],
  },
  'SCA-DEV-016': {
    title: 'An activation OTP in an invalid format gets 400 ERROR_OTP_INVALID',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: 'ERROR_OTP_INVALID400 Bad requestIndicates a failure in OTP verification due to an invalid OTP format.',
    openItem: 'activationResponse',
    decision: 'PowerAuth may require an OTP to commit an activation, so the OTP code is documented on activateScaDevice.',
    errorCodes: ['ERROR_OTP_INVALID'],
  },

  // Bypass and profiles
  'SCA-BYP-001': {
    title: 'BY_PASS is sandbox only and ignores any SCA',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: STRATEGY,
    quote: 'BY_PASS: Sandbox only - will ignore any SCA if used.',
  },
  'SCA-BYP-002': {
    title: 'In some specific cases SCA can be bypassed with BY_PASS',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: BYPASS,
    quote: 'In some specific cases, SCA can be Bypassed, using the BY_PASS option in Linkcy-SCA-Strategy.',
  },
  'SCA-BYP-003': {
    title: 'With BY_PASS no SCA is required and the operation is performed',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: BYPASS,
    quote: 'In this case, no SCA will be required and the operation will be performed.',
  },
  'SCA-BYP-004': {
    title: 'In the sandbox, BY_PASS works on every endpoint',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: BYPASS,
    quote: 'In Sandbox environment, SCA can be bypassed on every endpoint.',
  },
  'SCA-BYP-005': {
    title: 'Outside the sandbox, BY_PASS on an operation that needs SCA gets 409 SCA_REQUIRED unless the profile allows bypass',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: BYPASS,
    quote: 'Check with your contacts at LinkCy to know more about this.',
    decision:
      'Bypass is a property of the target profile: sandbox allows it everywhere, production refuses it unless configured for an operation.',
    errorCodes: ['SCA_REQUIRED'],
  },

  // Push notification (out of band)
  'SCA-PUSH-001': {
    title: 'PUSH_NOTIFICATION sends a notification when SCA is required',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: STRATEGY,
    quote: 'PUSH_NOTIFICATION: will send a notification if the SCA is required.',
  },
  'SCA-PUSH-002': {
    title: 'Out of band, the registered device receives a push notification that triggers the SCA',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: OUT_OF_BAND,
    quote: 'The registered device will receive a Push Notification which will trigger a SCA request.',
  },
  'SCA-PUSH-003': {
    title: 'Out-of-band push authentication is not implemented yet',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: OUT_OF_BAND,
    quote: 'This feature is not implemented yet, but will be available soon.',
  },
  'SCA-PUSH-004': {
    title: 'With PUSH_NOTIFICATION (the default), a call that needs SCA gets 409 SCA_REQUIRED today',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: STRATEGY,
    quote: SCA_REQUIRED_LINE,
    openItem: 'pushNotification',
    decision: 'Push cannot complete, so the strategy cannot provide SCA; the message names the strategy.',
    errorCodes: ['SCA_REQUIRED'],
  },
  'SCA-PUSH-005': {
    title: 'A failed or declined SCA interaction gets 409 SCA_INTERACTION_DECLINED',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TEXT,
    quote: 'If the SCA was failed, error will be 409 - SCA_INTERACTION_DECLINED.',
    errorCodes: ['SCA_INTERACTION_DECLINED'],
  },
  'SCA-PUSH-006': {
    title: 'A 202 Waiting SCA carries scaId (uuid), scaDeviceId and ttl (a duration), under the waitingSca202 profile',
    kind: 'documented',
    digestKeys: ['OAS178@1.22M', 'R-SCA', 'P-CARD', 'G-CODES'],
    digestSection: '§1.3 SCA headers at 1.78.0, and what changed',
  },

  // Response shapes and statuses
  'SCA-RSP-001': {
    title: 'With a valid signature the operation is performed and answers 200, 201 or 204',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: DATA_SIGNING,
    quote: SUCCESS_STATUSES,
  },
  'SCA-RSP-002': {
    title: 'Register a device answers with scaDeviceId (uuid), activationQrCodeData, activationCode, activationCodeSignature, all required',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: REGISTER,
    quote: 'SCA device registered',
  },
  'SCA-RSP-003': {
    title: 'Activate a device answers with no content',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: ACTIVATE,
    quote: 'SCA device is being activated',
  },
  'SCA-RSP-004': {
    title: 'Delete a device answers with no content',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: DELETE,
    quote: 'SCA device deleted',
  },
  'SCA-RSP-005': {
    title: 'Registration answers 201; activation and deletion answer 204',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: DATA_SIGNING,
    quote: SUCCESS_STATUSES,
    decision: 'The seed pages show descriptions, not numbers: a created resource is 201, a response with no content is 204.',
  },
  'SCA-RSP-006': {
    title: 'The end user (consumer or corporate) lists scaDevices with id, status, name, platform, factors, createdAt, activatedAt',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: DEVICE_REGISTRATION,
    quote: DEVICES_ON_END_USER,
    openItem: 'activationResponse',
    decision: 'getConsumer and getCorporate carry an optional scaDevices[]; name and platform are null until the SDK activation, activatedAt until ACTIVE (D-SRC-6).',
  },
  'SCA-RSP-007': {
    title: 'Card creation takes {ledgerId, profileId, nameOnCard?, friendlyName?, rules?, deliveryMethod (physical profiles)} and answers 201 {id}',
    kind: 'documented',
    digestKeys: ['OAS178@496k', 'OAS178@176k', 'P-CARD-L8', 'G-PROF'],
    digestSection: '§4.1 Create a card',
    errorCodes: ['LEDGER_NOT_FOUND', 'CARD_PROFILE_NOT_FOUND', 'CARD_PROFILE_NOT_ACTIVE', 'DELIVERY_METHOD_REQUIRED'],
  },
  'SCA-RSP-008': {
    title: 'The sensitive card reads answer the PIN {pin} (4 digits, ACTIVE physical cards) and PAN credentials {token, secret, ttl} valid 60 s, never a raw PAN',
    kind: 'documented',
    digestKeys: ['OAS178@304k', 'OAS178@320k', 'G-PIN', 'R-PAN', 'P-CARD-L10', 'P-CARD-U11'],
    digestSection: '§4.2 Card sensitive data',
    errorCodes: ['CARD_MUST_BE_ACTIVE', 'CARD_MUST_BE_PHYSICAL'],
  },

  // Error codes, statuses and body
  'SCA-ERR-001': {
    title: 'Every error answer is a JSON body carrying the code (and a message)',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: 'Here are the errors you can receive',
    openItem: 'errorBodyShape',
    decision: 'The code is read from the body at the JSON pointer(s) of the target profile, /errorCode by default (the vendor body, SCA-ERR-013).',
  },
  'SCA-ERR-002': {
    title: 'Where a seed label contradicts itself, the number is the expected status ("401 Forbidden" is 401, "500 not found" is 500)',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: ERROR_INTERNAL_API_ROW,
    openItem: 'contradictoryLabels',
    decision: 'Expect the number; reports quote the seed label and what the target actually answered.',
    errorCodes: ['SCA_SIGNATURE_DOES_NOT_MATCH', 'ERROR_INTERNAL_API'],
  },
  'SCA-ERR-003': {
    title: 'A request that fails structural validation gets 400 ERROR_REQUEST',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: ERROR_REQUEST_ROW,
    errorCodes: ['ERROR_REQUEST'],
  },
  'SCA-ERR-004': {
    title: 'An OTP in an invalid format gets 400 ERROR_OTP_INVALID',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: 'ERROR_OTP_INVALID400 Bad requestIndicates a failure in OTP verification due to an invalid OTP format.',
    errorCodes: ['ERROR_OTP_INVALID'],
  },
  'SCA-ERR-005': {
    title: 'An unknown operation id gets 400 ERROR_OPERATION_NOT_FOUND',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: 'ERROR_OPERATION_NOT_FOUND400 Bad requestIndicates that an operation with the provided ID was not found.',
    errorCodes: ['ERROR_OPERATION_NOT_FOUND'],
  },
  'SCA-ERR-006': {
    title: 'An action the current state does not allow gets 400 ERROR_OPERATION_STATE_CHANGE',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote:
      'ERROR_OPERATION_STATE_CHANGE400 Bad requestIndicates that the operation’s state does not allow the requested action, for example, cancelling an already expired operation.',
    errorCodes: ['ERROR_OPERATION_STATE_CHANGE'],
  },
  'SCA-ERR-007': {
    title: 'An internal failure gets 500 ERROR_INTERNAL_API, on any operation',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: ERROR_INTERNAL_API_ROW,
    errorCodes: ['ERROR_INTERNAL_API'],
  },
  'SCA-ERR-008': {
    title: 'A request involving SCA for an end user with no onboarded device gets 409 SCA_DEVICE_NOT_SET',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TEXT,
    quote: NOT_ONBOARDED,
    errorCodes: ['SCA_DEVICE_NOT_SET'],
  },
  'SCA-ERR-009': {
    title: 'A request involving SCA with a factor not onboarded on the device gets 400 SCA_FACTOR_NOT_SET',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TEXT,
    quote: NOT_ONBOARDED,
    errorCodes: ['SCA_FACTOR_NOT_SET'],
  },
  'SCA-ERR-010': {
    title: 'A request to a route the server does not serve gets 404 RESOURCE_NOT_FOUND',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: SCA_REGISTRATION_NOT_FOUND_ROW,
    decision: 'Unknown resources get the vendor codes (CARD_NOT_FOUND, CONSUMER_NOT_FOUND, END_USER_NOT_FOUND, ...); an unknown route gets RESOURCE_NOT_FOUND (D-SRC-13).',
    errorCodes: ['RESOURCE_NOT_FOUND'],
  },
  'SCA-ERR-011': {
    title: 'A request body larger than the server accepts gets 413 PAYLOAD_TOO_LARGE',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: FAILURES_TABLE,
    quote: ERROR_REQUEST_ROW,
    decision: 'An oversized body is refused before validation, with the HTTP status for it, not ERROR_REQUEST.',
    errorCodes: ['PAYLOAD_TOO_LARGE'],
  },
  'SCA-ERR-012': {
    title: 'A request body that is not JSON gets 415 UNSUPPORTED_MEDIA_TYPE',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: REGISTER,
    quote: 'Bodyapplication/json',
    decision: 'Bodies are application/json; another content type is refused with the HTTP status for it, not ERROR_REQUEST.',
    errorCodes: ['UNSUPPORTED_MEDIA_TYPE'],
  },
  'SCA-ERR-013': {
    title: 'Every error body is {errorCode, message, error "linkcy.<kind>", status, timestamp}; 400s carry details[{field, rejectedValue, message}]',
    kind: 'documented',
    digestKeys: ['OAS178@0k', 'OAS178@349k', 'S-SA'],
    digestSection: '§1.4 Error response body',
  },

  // The operations of 1.114.5 and those needed to reach them (digest §2-§7)
  'SCA-OPS-001': {
    title: 'SCA-eligible at 1.114.5: register device, refresh, create card, card rules, reset PIN attempts, get PIN, PAN credentials, add beneficiary, both transactions, crypto beneficiary',
    kind: 'documented',
    digestKeys: ['P-SA', 'P-AUTH', 'P-CARD-L8', 'P-CARD', 'P-CARD-C2', 'P-CARD-U11', 'P-CARD-L10', 'P-BEN-I13', 'P-TX-IL', 'P-TX-DD', 'P-CB'],
    digestSection: '§7.2 1.114.5, confirmed on stored pages',
  },
  'SCA-OPS-002': {
    title: 'An SCA-eligible operation takes Linkcy-SCA-Strategy and Linkcy-SCA-Signature, and no other SCA header',
    kind: 'documented',
    digestKeys: ['P-SA', 'P-CARD'],
    digestSection: '§1.2 SCA headers at 1.114.5',
  },
  'SCA-OPS-003': {
    title: '"This operation might require SCA." is a per-operation policy of the target: always, never, first-device-free or psd2-exemptions; always by default',
    kind: 'inferred',
    digestKeys: ['P-CARD-L8', 'P-SA'],
    digestSection: '§7.2 1.114.5, confirmed on stored pages',
    decision: 'x-linkcy-sca gives the default profile policy (always, registration first-device-free); a target profile declares another (D-SRC-5).',
  },
  'SCA-OPS-004': {
    title: 'Refresh is SCA-eligible and takes no bearer: the refresh token is in the body; a partner refresh has no SCA subject',
    kind: 'inferred',
    digestKeys: ['P-AUTH', 'OAS178@64k'],
    digestSection: '§2.2 Refresh',
    decision: 'The SCA subject of a refresh is the end user of the refresh token; a partner token has none, so SCA does not apply (ISSUE8 plan).',
  },
  'SCA-OPS-005': {
    title: 'Login accepts the partner user name as username or userName (the sources disagree) and a consumer by consumerPhone',
    kind: 'inferred',
    digestKeys: ['G-PAUTH', 'OAS178@384k', 'R-PAUTH'],
    digestSection: '§2.1 Log in',
    decision: 'Both spellings are accepted, a documented leniency (D-SRC-16).',
  },
  'SCA-OPS-006': {
    title: 'A card operation naming no card of the partner gets 404 CARD_NOT_FOUND',
    kind: 'documented',
    digestKeys: ['OAS178@304k', 'OAS178@0k'],
    digestSection: '§4.2 PIN, §4.3 card rules',
    errorCodes: ['CARD_NOT_FOUND'],
  },
  'SCA-OPS-007': {
    title: 'An unknown consumer gets 404 CONSUMER_NOT_FOUND; an unknown end user (path or body) 404 END_USER_NOT_FOUND',
    kind: 'documented',
    digestKeys: ['OAS178@272k', 'OAS178@128k'],
    digestSection: '§5 End users',
    errorCodes: ['CONSUMER_NOT_FOUND', 'END_USER_NOT_FOUND'],
  },
  'SCA-OPS-008': {
    title: 'An unknown corporate gets 404 CORPORATE_NOT_FOUND, an unknown beneficiary 404 BENEFICIARY_NOT_FOUND',
    kind: 'inferred',
    digestKeys: ['OAS178@240k', 'OAS178@368k'],
    digestSection: '§5 Corporates, §6 Transactions',
    decision: 'The vendor names no code for these; ours follow its NOT_FOUND naming (D-SRC-13).',
    errorCodes: ['CORPORATE_NOT_FOUND', 'BENEFICIARY_NOT_FOUND'],
  },
  'SCA-OPS-009': {
    title: 'Consumer creation without a bearer needs partnerName (409 PARTNER_NAME_REQUIRED); a phone already used gets 409 PHONE_ALREADY_TAKEN; 201 {id}',
    kind: 'documented',
    digestKeys: ['OAS178@160k', 'OAS178@496k', 'P-CONS'],
    digestSection: '§5 Consumers',
    errorCodes: ['PARTNER_NAME_REQUIRED', 'PHONE_ALREADY_TAKEN'],
  },
  'SCA-OPS-010': {
    title: 'A card profile is created from an existing card design (400 CARD_DESIGN_NOT_FOUND otherwise) and answers 201 {id}',
    kind: 'documented',
    digestKeys: ['OAS178@192k', 'OAS178@496k'],
    digestSection: '§4.3 Card profiles and designs',
    errorCodes: ['CARD_DESIGN_NOT_FOUND'],
  },
  'SCA-OPS-011': {
    title: 'A partner token creating an end-user resource without endUserId gets 400 END_USER_ID_REQUIRED',
    kind: 'inferred',
    digestKeys: ['OAS178@48k'],
    digestSection: '§3.5 1.78.0 device API',
    decision: '1.78 gives the code for device onboarding; ledgers, beneficiaries and crypto beneficiaries use it the same way (D-SRC-13).',
    errorCodes: ['END_USER_ID_REQUIRED'],
  },
  'SCA-OPS-012': {
    title: 'A request body naming an unknown ledger gets 400 LEDGER_NOT_FOUND',
    kind: 'documented',
    digestKeys: ['OAS178@176k'],
    digestSection: '§4.1 Create a card',
    errorCodes: ['LEDGER_NOT_FOUND'],
  },
  'SCA-OPS-013': {
    title: 'A transaction amount is a JSON number in major units; one above the source balance gets 409 INSUFFICIENT_FUNDS',
    kind: 'inferred',
    digestKeys: ['OAS178@368k'],
    digestSection: '§6 Transactions',
    decision: 'The vendor types amount without a unit and names no funds code (D-SRC-11, D-SRC-13).',
    errorCodes: ['INSUFFICIENT_FUNDS'],
  },
  'SCA-OPS-014': {
    title: 'The operations that reach the SCA-eligible ones: consumer and corporate create/read, ledger create, card designs, card profile create/list, card read, beneficiary list',
    kind: 'documented',
    digestKeys: ['OAS178@160k', 'OAS178@240k', 'OAS178@272k', 'OAS178@96k', 'OAS178@320k', 'OAS178@192k', 'P-CARD-L9', 'P-CARD-U10', 'P-BEN'],
    digestSection: '§4-§6',
  },

  // KYC and KYB
  'SCA-KYC-001': {
    title: 'A consumer must be KYC-validated before carrying out any operation',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: CONSUMER,
    quote: 'It must have a valid phone number and be formally identified with a KYC procedure before carrying out any operation.',
  },
  'SCA-KYC-002': {
    title: 'A business operation for a consumer not KYC-validated gets 409 CONSUMER_KYC_MUST_BE_VALIDATED; for a corporate not KYB-validated 409 CORPORATE_KYB_MUST_BE_VALIDATED',
    kind: 'inferred',
    digestKeys: ['OAS178@176k', 'G-CONS'],
    digestSection: '§4.1 Create a card (409), §3.4 consumer fields (kycInfo)',
    decision: '1.78 lists both codes on card creation; every business operation (ledger, card, beneficiaries, transactions) applies them; kycInfo/kybInfo.status NOT_STARTED|PENDING|VALIDATED|REFUSED (D-SRC-7).',
    errorCodes: ['CONSUMER_KYC_MUST_BE_VALIDATED', 'CORPORATE_KYB_MUST_BE_VALIDATED'],
  },

  // What a partner's client must do (the client kit judges these): client-catalogue.ts
  ...CLIENT_REQUIREMENTS,
} as const satisfies Record<string, Requirement>;

export type RequirementId = keyof typeof CATALOGUE;

/** Every normative statement of the seeds, documented or decided, by stable ID. */
export const REQUIREMENTS: Readonly<Record<RequirementId, Requirement>> = CATALOGUE;

export const REQUIREMENT_IDS = Object.keys(CATALOGUE) as RequirementId[];
