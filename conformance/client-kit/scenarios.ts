import type { ErrorCode } from '../../spec/errors/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { RequirementId } from '../../spec/requirements/index.ts';

// The certification scenarios, as data. Each gives the client a fresh simulator state (setup),
// the ids it needs (input), a task named by its id, what the kit does to it mid-way
// (interventions), and what the client must report (expect). A new scenario is a new entry.

/** What the kit prepares before the client runs; each names the ids it yields. */
export type ScenarioSetup =
  /** An end user without devices: endUserId. */
  | 'end-user'
  /** An end user whose device the app holds, ACTIVE: endUserId, scaDeviceId, endUserToken. */
  | 'active-device'
  /** An end user whose only ACTIVE device (still held by the app) was deleted; a second one is registered, not activated: endUserId. */
  | 'no-active-device';

export type SetupFact = 'endUserId' | 'scaDeviceId' | 'endUserToken';

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
      /** What the simulator must hold afterwards: a new ACTIVE device named by outcome.scaDeviceId, or the input device removed. */
      readonly verify?: 'new-active-device' | 'device-removed';
    }
  | { readonly ok: false; readonly errorCode: ErrorCode };

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
    input: ['endUserId'],
    task: 'create a VIRTUAL card for endUserId with DATA_SIGNING; report {"ok":true,"cardId":...} or the error',
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

/**
 * Scenario ids of the contract that wait for issue 8's operations (vendor createCard, getCardPin,
 * getCardPanCredentials, createBeneficiary, createTransaction): each becomes one entry above.
 */
export const PENDING_SCENARIO_IDS = ['create-card', 'read-pin', 'pan-credentials', 'add-beneficiary', 'transfer-to-beneficiary'] as const;
