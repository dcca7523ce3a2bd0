import { SEED_FILES } from '../errors/index.ts';
import type { Requirement } from './requirement.ts';

// What a partner's CLIENT must do (issue 10, `linkcy-sca certify --client-cmd`): the same seed
// sentences as the server-side requirements, read from the caller's side. The client kit
// (conformance/client-kit) judges these; the probes never do.

const { overview: OVERVIEW, scaGuide: SCA_GUIDE } = SEED_FILES;

const SIGNED_DATA = 'Data to be signed are : HTTP Method, URI (including path params and query params) and body (if present).';
const FULL_PAYLOAD = 'You have to send this full Payload in the Linkcy-SCA-Signature header field.';
const DENIED = 'Operation will be denied if signature is not valide.';
const SECURED = 'Security Linkcy-Auth';
const INTERNAL_ROW =
  'ERROR_INTERNAL_API500 not foundAn internal server error occurred, potentially due to misconfiguration. Check your deployment configuration for errors.';

export const CLIENT_REQUIREMENTS = {
  'SCA-CLI-001': {
    title: 'A client signs exactly the request it sends: the method, the URI with its path and query, and the body bytes',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: 'Operation Data Signing',
    quote: SIGNED_DATA,
  },
  'SCA-CLI-002': {
    title: 'A client presents a signature within 30 s of its creation',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: 'Register a device > Headers > Linkcy-SCA-Signature',
    quote: 'Signature TTL is 30 sec.',
  },
  'SCA-CLI-003': {
    title: 'A client presents each signature once; every retry carries a fresh signature',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: 'Register a device > Headers > Linkcy-SCA-Signature',
    quote: DENIED,
    decision:
      'PowerAuth signatures are one-time (the counter moves on every accepted one); a resent signature is a replay the server must refuse, so a client that resends one either fails or relies on a server defect.',
  },
  'SCA-CLI-004': {
    title: 'A client sends the PowerAuth header as one plain header value, without the escaped quotes the guide prints',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: 'Operation Data Signing',
    quote: FULL_PAYLOAD,
  },
  'SCA-CLI-005': {
    title: 'A client sends Linkcy-SCA-Signature exactly when Linkcy-SCA-Strategy is DATA_SIGNING',
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: 'Operation Data Signing',
    quote: 'Once the signature is generated, you can call the SCA Secured Endpoint in LinkCy API, using :',
  },
  'SCA-CLI-006': {
    title: 'A client never sends BY_PASS outside the sandbox',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: 'Register a device > Headers > Linkcy-SCA-Strategy',
    quote: 'BY_PASS: Sandbox only - will ignore any SCA if used.',
  },
  'SCA-CLI-007': {
    title: 'A client calls partner-only operations (Delete a device) with a partner token, never an end-user token',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: 'Delete a device',
    quote: 'This operation is restricted to partner bearer tokens and should not be exposed directly to end-users.',
  },
  'SCA-CLI-008': {
    title: 'A client sends a bearer token on every operation secured by Linkcy-Auth',
    kind: 'documented',
    seedFile: OVERVIEW,
    seedSection: 'Activate, Register, Delete a device > Security',
    quote: SECURED,
  },
  'SCA-CLI-009': {
    title: 'A client never puts a signature, token, password or activation code in a URL',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: 'Operation Data Signing',
    quote: FULL_PAYLOAD,
    decision:
      'Secrets travel in headers and bodies: URLs are kept by proxies, access logs and browser history (RFC 6750 section 5.3 for bearer tokens).',
  },
  'SCA-CLI-010': {
    title: "A client's requests are valid against the OpenAPI request schema of their operation",
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: 'Failures (table)',
    quote:
      'ERROR_REQUEST400 Bad requestIndicates the request did not pass structural validation (mandatory field is null, invalid field type, etc.).',
  },
  'SCA-CLI-011': {
    title: 'On a 5xx a client makes at most 3 attempts in all, each signed afresh, or surfaces the error; it never crashes',
    kind: 'inferred',
    seedFile: SCA_GUIDE,
    seedSection: 'Failures (table)',
    quote: INTERNAL_ROW,
    decision:
      'A transient server failure may be retried, boundedly: 3 attempts is the usual budget; each attempt is a new request, so it needs a new signature.',
  },
  'SCA-CLI-012': {
    title: 'On SCA_REQUIRED a client switches to DATA_SIGNING once or surfaces the error; it never loops',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: 'Register a device > Headers > Linkcy-SCA-Strategy',
    quote: 'SCA_REQUIRED: The operation you are trying to do requires SCA, current strategy {0}.',
    decision:
      'SCA_REQUIRED names the strategy that could not provide SCA; repeating it cannot succeed, so at most two attempts of one request may meet SCA_REQUIRED (the first, and the DATA_SIGNING one).',
  },
  'SCA-CLI-013': {
    title: 'When its bearer token expires a client refreshes it (or logs in again) once and carries on',
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: 'Activate, Register, Delete a device > Security',
    quote: SECURED,
    decision: 'Bearer tokens expire; a partner back end refreshes with its refresh token (or logs in) on expiry, rather than failing its end user.',
  },
  'SCA-CLI-014': {
    title: "A client activates a device only after the app's SDK activation, and reports it registered only once Activate succeeded",
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: 'Device registration',
    quote:
      'Once activation done in the mobile SDK, you have to call the Activate a device endpoint with the previously provided scaDeviceId to finalise the registration.',
  },
  'SCA-CLI-015': {
    title: "A client registers an extra device with SCA: a DATA_SIGNING signature from the end user's active device",
    kind: 'documented',
    seedFile: SCA_GUIDE,
    seedSection: 'Device registration',
    quote: 'After the first registration, SCA operation is required to registered any extra device.',
  },
  'SCA-CLI-016': {
    title: "A client surfaces LinkCy's SCA refusals (SCA_SIGNATURE_DOES_NOT_MATCH, NO_ACTIVE_SCA_DEVICE_FOUND) with their code",
    kind: 'inferred',
    seedFile: OVERVIEW,
    seedSection: 'Register a device > Headers > Linkcy-SCA-Signature',
    quote: DENIED,
    decision:
      'A denied operation is reported to the caller with the LinkCy code, so the end user can act on it; it is not retried with the same signature nor reported as done.',
  },
  'SCA-CLI-017': {
    title:
      "A client makes the SCA-eligible card, beneficiary and transfer calls in the vendor's shapes (GETs included), with a DATA_SIGNING signature of the end user's device, and reports what they produced",
    kind: 'documented',
    digestKeys: ['P-CARD-L8', 'P-CARD-U11', 'P-CARD-L10', 'P-BEN-I13', 'P-TX-IL', 'OAS178@496k', 'OAS178@368k'],
    digestSection: '§7.2 1.114.5, confirmed on stored pages; §4.1 Create a card; §6 Ledgers, beneficiaries and transactions',
  },
} as const satisfies Record<string, Requirement>;
