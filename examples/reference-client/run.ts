import { LinkcyClient, LinkcyError, type ScaMode, type Signer } from './linkcy-client.ts';
import { MobileApp } from './mobile-app.ts';

// The certification adapter: `run(scenario, env)` does what the scenario asks, with the contract's
// environment (LINKCY_*), and returns the outcome. `main.ts` is the same as a command.

export type Outcome = { ok: true; [id: string]: unknown } | { ok: false; errorCode: string };
export interface Input {
  endUserId?: string;
  scaDeviceId?: string;
  endUserToken?: string;
  ledgerId?: string;
  profileId?: string;
  cardId?: string;
  beneficiaryId?: string;
  amount?: number;
}

/** What one scenario's task gets. */
export interface TaskContext {
  readonly client: LinkcyClient;
  readonly app: MobileApp;
  readonly input: Input;
  /** The signer for an end user: the app's, unless a caller wraps it. */
  signerFor(endUserId: string, scaDeviceId?: string): Signer;
}

export type Task = (context: TaskContext) => Promise<Outcome>;

/** Where a caller (a test's faulty client) may change how the reference client works. */
export interface ClientVariation {
  readonly fetch?: typeof fetch;
  readonly wrapSigner?: (signer: Signer) => Signer;
  readonly tasks?: Readonly<Record<string, Task>>;
}

export function run(scenario: string, env: Record<string, string | undefined>): Promise<Outcome> {
  return runWith(scenario, env, {});
}

export async function runWith(scenario: string, env: Record<string, string | undefined>, variation: ClientVariation): Promise<Outcome> {
  const app = new MobileApp(required(env, 'LINKCY_APP_URL'));
  const context: TaskContext = {
    client: new LinkcyClient({
      baseUrl: required(env, 'LINKCY_BASE_URL'),
      partnerName: required(env, 'LINKCY_PARTNER_NAME'),
      username: required(env, 'LINKCY_USERNAME'),
      password: required(env, 'LINKCY_PASSWORD'),
      ...(variation.fetch === undefined ? {} : { fetch: variation.fetch }),
    }),
    app,
    input: JSON.parse(required(env, 'LINKCY_INPUT')) as Input,
    signerFor: (endUserId, scaDeviceId) => (variation.wrapSigner ?? ((signer: Signer) => signer))(app.signerFor(endUserId, scaDeviceId)),
  };
  const task = variation.tasks?.[scenario] ?? TASKS[scenario];
  if (task === undefined) throw new Error(`unknown scenario ${scenario}`);
  try {
    return await task(context);
  } catch (error) {
    if (error instanceof LinkcyError) return { ok: false, errorCode: error.errorCode };
    throw error;
  }
}

/** Register (signed by the existing device when there is one), the app activates, activate. */
export async function onboardDevice({ client, app, input, signerFor }: TaskContext): Promise<Outcome> {
  const endUserId = field(input.endUserId, 'endUserId');
  const registration = (await client.call('POST', `/api/partner/end-users/${encodeURIComponent(endUserId)}/sca-devices`, {
    sca: { signer: signerFor(endUserId, input.scaDeviceId), when: input.scaDeviceId === undefined ? 'if-required' : 'always' },
  })) as { scaDeviceId: string; activationQrCodeData: string };
  await app.activate(endUserId, registration.activationQrCodeData);
  await client.call('POST', `/api/partner/sca-devices/${encodeURIComponent(registration.scaDeviceId)}/activate`);
  return { ok: true, scaDeviceId: registration.scaDeviceId };
}

/** Partner-only: always with the partner token, whatever else the back end holds. */
export async function deleteDevice({ client, input }: TaskContext): Promise<Outcome> {
  await client.call('DELETE', `/api/partner/sca-devices/${encodeURIComponent(field(input.scaDeviceId, 'scaDeviceId'))}`);
  return { ok: true };
}

/** The SCA of a business call: always signed by the end user's device (the app holds it). */
function signedBy({ input, signerFor }: TaskContext): ScaMode {
  return { signer: signerFor(field(input.endUserId, 'endUserId'), input.scaDeviceId), when: 'always' };
}

export async function createCard(context: TaskContext): Promise<Outcome> {
  const { input } = context;
  const card = (await context.client.call('POST', '/api/partner/cards', {
    body: { ledgerId: field(input.ledgerId, 'ledgerId'), profileId: field(input.profileId, 'profileId') },
    sca: signedBy(context),
  })) as { id: string };
  return { ok: true, cardId: card.id };
}

/** A signed GET: the PIN goes to the end user (here: nowhere), never into a log or the outcome. */
export async function readPin(context: TaskContext): Promise<Outcome> {
  await context.client.call('GET', `/api/partner/cards/${encodeURIComponent(field(context.input.cardId, 'cardId'))}/pin`, { sca: signedBy(context) });
  return { ok: true };
}

/** A signed GET: the credentials go to the app's PAN-display SDK (here: nowhere). */
export async function panCredentials(context: TaskContext): Promise<Outcome> {
  await context.client.call('GET', `/api/partner/cards/${encodeURIComponent(field(context.input.cardId, 'cardId'))}/pan/credentials`, { sca: signedBy(context) });
  return { ok: true };
}

export async function addBeneficiary(context: TaskContext): Promise<Outcome> {
  const beneficiary = (await context.client.call('POST', '/api/partner/beneficiaries', {
    body: {
      type: 'PERSON',
      name: 'Ada Lovelace',
      endUserId: field(context.input.endUserId, 'endUserId'),
      bankingDetails: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
    },
    sca: signedBy(context),
  })) as { id: string };
  return { ok: true, beneficiaryId: beneficiary.id };
}

export async function transferToBeneficiary(context: TaskContext): Promise<Outcome> {
  const { input } = context;
  if (input.amount === undefined) throw new Error('LINKCY_INPUT has no amount');
  const transaction = (await context.client.call('POST', '/api/partner/transactions', {
    body: { amount: input.amount, beneficiaryId: field(input.beneficiaryId, 'beneficiaryId'), ledgerFromId: field(input.ledgerId, 'ledgerId') },
    sca: signedBy(context),
  })) as { id: string };
  return { ok: true, transactionId: transaction.id };
}

const TASKS: Readonly<Record<string, Task>> = {
  'onboard-first-device': onboardDevice,
  'onboard-extra-device': onboardDevice,
  'create-card': createCard,
  'read-pin': readPin,
  'pan-credentials': panCredentials,
  'add-beneficiary': addBeneficiary,
  'transfer-to-beneficiary': transferToBeneficiary,
  'delete-device': deleteDevice,
  'token-expired': onboardDevice,
  'signature-refused': onboardDevice,
  'no-active-device': createCard,
  'transient-failure': onboardDevice,
  'sca-required': onboardDevice,
  'production-profile': onboardDevice,
};

function required(env: Record<string, string | undefined>, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set`);
  return value;
}

export function field(value: string | undefined, name: string): string {
  if (value === undefined) throw new Error(`LINKCY_INPUT has no ${name}`);
  return value;
}
