// Every provider state the contracts use, in one place: the interaction builders name states from
// here only, and the provider verification (verify-pact) implements one handler per entry. A state
// handler answers the values of `provides`; interactions reach them through Pact's
// `fromProviderState` expressions (`${endUserId}`, `${partnerToken}`...), so a verified pact
// never depends on the ids and tokens a consumer test happened to use.

/** A value a state hands to the interactions (its `${name}` expression). */
export type ProviderStateValue =
  | 'partnerToken'
  | 'endUserId'
  | 'endUserRefreshToken'
  | 'scaDeviceId'
  | 'ledgerId'
  | 'secondLedgerId'
  | 'cardProfileId'
  | 'cardId'
  | 'beneficiaryId';

export interface ProviderStateDefinition {
  /** The exact `given(...)` text: stable, verify-pact looks handlers up by it. */
  readonly name: string;
  /** What the handler builds on the provider, in words a provider team can implement. */
  readonly builds: string;
  /** Parameters the interaction may pass with the state (`given(name, params)`); none today. */
  readonly params: Readonly<Record<string, string>>;
  /** The values the handler must answer (a JSON object with these keys). */
  readonly provides: readonly ProviderStateValue[];
  /** Applies on top of a state that builds the end user (it names none of its own). */
  readonly modifier: boolean;
}

/** The end user's world every state builds, as the simulator's control plane scene does. */
const SCENE =
  'a KYC-validated consumer (the end user) with a refresh token, two ledgers, an active physical card profile, ' +
  'an ACTIVE physical card on the first ledger with a DAILY_MAX_SPEND rule, and a PERSON beneficiary; the partner logged in';
const SCENE_VALUES: readonly ProviderStateValue[] = [
  'partnerToken',
  'endUserId',
  'endUserRefreshToken',
  'ledgerId',
  'secondLedgerId',
  'cardProfileId',
  'cardId',
  'beneficiaryId',
];

export const PROVIDER_STATES = {
  activeDevice: {
    name: 'an end user with an active SCA device',
    builds: `${SCENE}; one SCA device registered and ACTIVE (PIN factor). A DATA_SIGNING request is re-signed by that device.`,
    params: {},
    provides: [...SCENE_VALUES, 'scaDeviceId'],
    modifier: false,
  },
  noDevice: {
    name: 'an end user without any SCA device',
    builds: `${SCENE}; the end user has never had an SCA device (a first registration needs no SCA; a signed call finds no device).`,
    params: {},
    provides: SCENE_VALUES,
    modifier: false,
  },
  deviceAwaitingActivation: {
    name: 'an end user whose SCA device awaits activation',
    builds:
      `${SCENE}; one SCA device registered (PENDING) and the end user's app has completed the PowerAuth activation ` +
      'with its activation code, so only the partner\'s activate call is missing. A DATA_SIGNING request is re-signed ' +
      'by that PENDING device (the end user has no ACTIVE one: NO_ACTIVE_SCA_DEVICE_FOUND).',
    params: {},
    provides: [...SCENE_VALUES, 'scaDeviceId'],
    modifier: false,
  },
  sandbox: {
    name: 'the target is a sandbox',
    builds: 'nothing: it asserts the target runs the sandbox profile, where Linkcy-SCA-Strategy BY_PASS skips SCA. A production target cannot build it.',
    params: {},
    provides: [],
    modifier: true,
  },
  signatureMismatch: {
    name: 'the device signs a different request',
    builds:
      'nothing on the provider: the re-signing filter signs this request with the active device over another body ' +
      '(a well-formed, fresh signature that does not match what is sent).',
    params: {},
    provides: [],
    modifier: true,
  },
  partnerTokenExpired: {
    name: 'the partner token has expired',
    builds: 'a partner token whose expiry has passed (issue one, then move the clock past it); answered as partnerToken, replacing the live one.',
    params: {},
    provides: ['partnerToken'],
    modifier: true,
  },
} as const satisfies Record<string, ProviderStateDefinition>;

export type ProviderStateKey = keyof typeof PROVIDER_STATES;

/** The state definitions in declaration order, e.g. for verify-pact to check it has a handler for each. */
export const PROVIDER_STATE_LIST: readonly ProviderStateDefinition[] = Object.values(PROVIDER_STATES);

export function providerStateNamed(name: string): ProviderStateDefinition | undefined {
  return PROVIDER_STATE_LIST.find((state) => state.name === name);
}
