import type { ErrorCode } from '../../spec/errors/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { RequirementId } from '../../spec/requirements/index.ts';

// The certification scenarios, as data. Each gives the client a fresh simulator state (setup),
// the ids it needs (input), a task named by its id, what the kit does to it mid-way
// (interventions), and what the client must report (expect). A new scenario is a new entry.

/**
 * What the kit prepares before the client runs. Every setup starts from the control plane's scene:
 * a KYC-validated consumer with a funded ledger, a virtual card profile, an ACTIVE physical card
 * and a SEPA beneficiary (no device); then the devices below.
 */
export type ScenarioSetup =
  /** No device. */
  | 'end-user'
  /** A device the app holds, ACTIVE (scaDeviceId). */
  | 'active-device'
  /** The only ACTIVE device (still held by the app) was deleted; a second one is registered, not activated. */
  | 'no-active-device';

/**
 * The ids (and amount) a setup yields, given to the client in LINKCY_INPUT. `profileId` is a
 * virtual card profile (no delivery method needed); `cardId` an ACTIVE physical card on
 * `ledgerId`; `amount` a number in major units that `ledgerId` can pay.
 */
export type SetupFact = 'endUserId' | 'scaDeviceId' | 'endUserToken' | 'ledgerId' | 'profileId' | 'cardId' | 'beneficiaryId' | 'amount';

export type Intervention =
  /** The client's bearer token expires right after its first successful login (the simulator clock moves past the token lifetime). */
  | { readonly kind: 'expire-token-after-login' }
  /** The app's next signature is made with a wrong PIN (LinkCy refuses it). */
  | { readonly kind: 'wrong-next-signature' }
  /** The simulator's fault injection: the next `count` calls of the operation get this answer. */
  | { readonly kind: 'fault'; readonly operationId: OperationId; readonly count: number; readonly status?: number; readonly code?: ErrorCode };

export type ExpectedOutcome =
  | {
      readonly ok: true;
      /** What must be true afterwards, in the simulator or in what it answered the client. */
      readonly verify?: Verification;
    }
  | { readonly ok: false; readonly errorCode: ErrorCode };

/**
 * `new-active-device`: outcome.scaDeviceId is a new ACTIVE device of the end user;
 * `device-removed`: the input device is gone; `card-created`: outcome.cardId is a card on the
 * input ledger and profile; `beneficiary-added`: outcome.beneficiaryId is a new beneficiary of the
 * end user; `transfer-made`: outcome.transactionId moved `amount` from the ledger to the
 * beneficiary; `answered`: the simulator answered the client's call of the operation on the input
 * card with a 2xx (a read whose result the client must not print: a PIN, PAN credentials).
 */
export type Verification =
  | 'new-active-device'
  | 'device-removed'
  | 'card-created'
  | 'beneficiary-added'
  | 'transfer-made'
  | { readonly answered: OperationId };

export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** The first is the one the scenario exists for: an outcome that does not match is reported under it. */
  readonly requirementIds: readonly [RequirementId, ...RequirementId[]];
  readonly profile: 'sandbox' | 'production';
  readonly setup: ScenarioSetup;
  /** The setup facts given in LINKCY_INPUT. */
  readonly input: readonly SetupFact[];
  /** What the client does, in words (README, reports). */
  readonly task: string;
  readonly interventions: readonly Intervention[];
  /** Any one of these is a pass. */
  readonly expect: readonly [ExpectedOutcome, ...ExpectedOutcome[]];
}

/** What the five business scenarios give: the scene and the app's ACTIVE device. */
const SCENE_INPUT: readonly SetupFact[] = ['endUserId', 'scaDeviceId', 'ledgerId', 'profileId', 'cardId', 'beneficiaryId', 'amount'];
const SIGNED = 'with DATA_SIGNING, signed by the app (scaDeviceId)';

const ONBOARD = 'register a device for endUserId (DATA_SIGNING by the app when scaDeviceId is given), have the app activate it, activate it; report {"ok":true,"scaDeviceId":...}';
const ONBOARDED: ExpectedOutcome = { ok: true, verify: 'new-active-device' };

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'onboard-first-device',
    title: "The end user's first device: register, app activation, activate",
    requirementIds: ['SCA-CLI-014'],
    profile: 'sandbox',
    setup: 'end-user',
    input: ['endUserId'],
    task: ONBOARD,
    interventions: [],
    expect: [ONBOARDED],
  },
  {
    id: 'onboard-extra-device',
    title: 'An extra device, registered with a DATA_SIGNING signature of the active one',
    requirementIds: ['SCA-CLI-015', 'SCA-CLI-014'],
    profile: 'sandbox',
    setup: 'active-device',
    input: ['endUserId', 'scaDeviceId'],
    task: ONBOARD,
    interventions: [],
    expect: [ONBOARDED],
  },
  {
    id: 'create-card',
    title: 'Create a virtual card: the vendor body {ledgerId, profileId}, signed',
    requirementIds: ['SCA-CLI-017', 'SCA-CLI-001'],
    profile: 'sandbox',
    setup: 'active-device',
    input: SCENE_INPUT,
    task: `create a card {ledgerId, profileId} ${SIGNED}; report {"ok":true,"cardId":...}`,
    interventions: [],
    expect: [{ ok: true, verify: 'card-created' }],
  },
  {
    id: 'read-pin',
    title: "Read a card's PIN: a signed GET",
    requirementIds: ['SCA-CLI-017', 'SCA-CLI-001'],
    profile: 'sandbox',
    setup: 'active-device',
    input: SCENE_INPUT,
    task: `read the PIN of cardId (GET, no body) ${SIGNED}; hand it to the end user, never print it; report {"ok":true}`,
    interventions: [],
    expect: [{ ok: true, verify: { answered: 'getCardPin' } }],
  },
  {
    id: 'pan-credentials',
    title: "Get a card's PAN-display credentials: a signed GET",
    requirementIds: ['SCA-CLI-017', 'SCA-CLI-001'],
    profile: 'sandbox',
    setup: 'active-device',
    input: SCENE_INPUT,
    task: `get the PAN credentials of cardId (GET, no body) ${SIGNED}; hand them to the app, never print them; report {"ok":true}`,
    interventions: [],
    expect: [{ ok: true, verify: { answered: 'getCardPanCredentials' } }],
  },
  {
    id: 'add-beneficiary',
    title: 'Add a SEPA beneficiary for the end user, signed',
    requirementIds: ['SCA-CLI-017', 'SCA-CLI-001'],
    profile: 'sandbox',
    setup: 'active-device',
    input: SCENE_INPUT,
    task: `add a beneficiary {type "PERSON", name, endUserId, bankingDetails {iban, bic}} (any valid SEPA details) ${SIGNED}; report {"ok":true,"beneficiaryId":...}`,
    interventions: [],
    expect: [{ ok: true, verify: 'beneficiary-added' }],
  },
  {
    id: 'transfer-to-beneficiary',
    title: 'Transfer an amount from the ledger to the beneficiary, signed',
    requirementIds: ['SCA-CLI-017', 'SCA-CLI-001'],
    profile: 'sandbox',
    setup: 'active-device',
    input: SCENE_INPUT,
    task: `create a transaction {amount, beneficiaryId, ledgerFromId: ledgerId} ${SIGNED}; report {"ok":true,"transactionId":...}`,
    interventions: [],
    expect: [{ ok: true, verify: 'transfer-made' }],
  },
  {
    id: 'delete-device',
    title: "Delete a device with the partner token (the end user's token is at hand too)",
    requirementIds: ['SCA-CLI-007'],
    profile: 'sandbox',
    setup: 'active-device',
    input: ['endUserId', 'scaDeviceId', 'endUserToken'],
    task: 'delete the device scaDeviceId; report {"ok":true}',
    interventions: [],
    expect: [{ ok: true, verify: 'device-removed' }],
  },
  {
    id: 'token-expired',
    title: 'The bearer token expires mid-scenario: refresh (or log in again) once',
    requirementIds: ['SCA-CLI-013'],
    profile: 'sandbox',
    setup: 'active-device',
    input: ['endUserId', 'scaDeviceId'],
    task: ONBOARD,
    interventions: [{ kind: 'expire-token-after-login' }],
    expect: [ONBOARDED],
  },
  {
    id: 'signature-refused',
    title: "The app's signature is wrong: surface SCA_SIGNATURE_DOES_NOT_MATCH, never resend it",
    requirementIds: ['SCA-CLI-016', 'SCA-CLI-003'],
    profile: 'sandbox',
    setup: 'active-device',
    input: ['endUserId', 'scaDeviceId'],
    task: ONBOARD,
    interventions: [{ kind: 'wrong-next-signature' }],
    expect: [{ ok: false, errorCode: 'SCA_SIGNATURE_DOES_NOT_MATCH' }],
  },
  {
    id: 'no-active-device',
    title: 'No ACTIVE device left: surface NO_ACTIVE_SCA_DEVICE_FOUND',
    requirementIds: ['SCA-CLI-016'],
    profile: 'sandbox',
    setup: 'no-active-device',
    input: ['endUserId', 'ledgerId', 'profileId'],
    task: 'create a card {ledgerId, profileId} with DATA_SIGNING; report {"ok":true,"cardId":...} or the error',
    interventions: [],
    expect: [{ ok: false, errorCode: 'NO_ACTIVE_SCA_DEVICE_FOUND' }],
  },
  {
    id: 'transient-failure',
    title: 'The first attempt gets a 5xx: at most 3 attempts, each signed afresh, or surface the error',
    requirementIds: ['SCA-CLI-011', 'SCA-CLI-003'],
    profile: 'sandbox',
    setup: 'active-device',
    input: ['endUserId', 'scaDeviceId'],
    task: ONBOARD,
    interventions: [{ kind: 'fault', operationId: 'registerScaDevice', count: 1, status: 503 }],
    expect: [ONBOARDED, { ok: false, errorCode: 'ERROR_INTERNAL_API' }],
  },
  {
    id: 'sca-required',
    title: 'The operation is answered SCA_REQUIRED: switch to DATA_SIGNING once or surface it, never loop',
    requirementIds: ['SCA-CLI-012'],
    profile: 'sandbox',
    setup: 'active-device',
    input: ['endUserId', 'scaDeviceId'],
    task: ONBOARD,
    interventions: [{ kind: 'fault', operationId: 'registerScaDevice', count: 10, code: 'SCA_REQUIRED' }],
    expect: [{ ok: false, errorCode: 'SCA_REQUIRED' }, ONBOARDED],
  },
  {
    id: 'production-profile',
    title: 'The production profile: SCA by DATA_SIGNING, BY_PASS never sent',
    requirementIds: ['SCA-CLI-006'],
    profile: 'production',
    setup: 'active-device',
    input: ['endUserId', 'scaDeviceId'],
    task: ONBOARD,
    interventions: [],
    expect: [ONBOARDED],
  },
];

