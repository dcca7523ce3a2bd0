import { PROVIDER_STATES, type ProviderStateKey, type ProviderStateValue } from '../../contracts/provider-states.ts';
import { registerDevice, sdkActivate } from '../probes/fixtures/device.ts';
import { buildScene, type Scene } from '../probes/fixtures/scene.ts';
import { HarnessError } from '../probes/harness-error.ts';
import type { InteractionLedger, InteractionRecord, StateStage } from './interaction-ledger.ts';

// One handler per provider state of contracts/provider-states.ts, built the way the probes build
// their cases: the control plane makes the end user's world in one round trip, devices go through
// the API and the PowerAuth activation as a partner's app takes them. Each interaction gets a
// fresh end user, so interactions are independent and a pact verifies the same way twice.
// A state that cannot be built (no control plane, no partner credentials, a production target
// asked for a sandbox) is recorded against the interaction, which is then reported not verified.

type StateValues = Partial<Record<ProviderStateValue, string>>;
type StateBuilder = (stage: StateStage) => Promise<StateValues>;

/** Pact's handler shape: setup answers the values its expressions read. */
export type StateHandlers = Record<string, { setup: (params?: unknown) => Promise<Record<string, string>> }>;

const BUILDERS: Readonly<Record<ProviderStateKey, StateBuilder>> = {
  activeDevice: async (stage) => {
    const scene = await buildScene(stage.session, { devices: 'active', biometry: false });
    if (scene.onboarded !== undefined) stage.device = scene.onboarded.device;
    return { ...sceneValues(stage, scene), ...(scene.onboarded === undefined ? {} : { scaDeviceId: scene.onboarded.scaDeviceId }) };
  },
  noDevice: async (stage) => sceneValues(stage, await buildScene(stage.session, { devices: 'none', biometry: false })),
  deviceAwaitingActivation: async (stage) => {
    const scene = await buildScene(stage.session, { devices: 'none', biometry: false });
    const registration = await registerDevice(stage.session, scene.endUserId, scene.partnerToken);
    stage.device = await sdkActivate(stage.session, registration, false);
    return { ...sceneValues(stage, scene), scaDeviceId: registration.scaDeviceId };
  },
  sandbox: async (stage) => {
    const { profile } = await stage.session.control().state();
    if (profile !== 'sandbox') throw new HarnessError(`the target runs the ${profile} profile, where BY_PASS is refused`);
    return {};
  },
  signatureMismatch: async (stage) => {
    stage.signing = 'another-request';
    return {};
  },
  partnerTokenExpired: async (stage) => {
    const { token } = await stage.session.control().issueToken({ kind: 'partner', validity: 'expired' });
    stage.partnerToken = token;
    return { partnerToken: token };
  },
};

/** The scene's values; a partner token a modifier already replaced (expired) stays replaced. */
function sceneValues(stage: StateStage, scene: Scene): StateValues {
  stage.partnerToken ??= scene.partnerToken;
  return {
    partnerToken: stage.partnerToken,
    endUserId: scene.endUserId,
    endUserRefreshToken: scene.resources.endUserRefreshToken,
    ledgerId: scene.resources.ledgerId,
    secondLedgerId: scene.resources.secondLedgerId,
    cardProfileId: scene.resources.cardProfileId,
    cardId: scene.resources.cardId,
    beneficiaryId: scene.resources.beneficiaryId,
  };
}

/** Pact state handlers, keyed by state name, building into the ledger's current interaction. */
export function providerStateHandlers(ledger: InteractionLedger): StateHandlers {
  const handlers: StateHandlers = {};
  for (const [key, state] of Object.entries(PROVIDER_STATES) as [ProviderStateKey, (typeof PROVIDER_STATES)[ProviderStateKey]][]) {
    handlers[state.name] = {
      setup: async () => {
        const record = ledger.current();
        // Pact swallows a handler's error and plays the request anyway: the ledger keeps it instead.
        if (record === undefined) return {};
        return buildInto(record, state.name, BUILDERS[key]);
      },
    };
  }
  return handlers;
}

async function buildInto(record: InteractionRecord, name: string, build: StateBuilder): Promise<Record<string, string>> {
  if (record.notSent.length > 0) return {};
  try {
    const values = await build(record.stage);
    const defined = Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));
    Object.assign(record.stage.values, defined);
    return { ...record.stage.values };
  } catch (error) {
    record.notSent.push(`provider state "${name}" not built: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  }
}
