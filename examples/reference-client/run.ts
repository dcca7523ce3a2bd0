import { LinkcyClient, LinkcyError, type Signer } from './linkcy-client.ts';
import { MobileApp } from './mobile-app.ts';

// The certification adapter: `run(scenario, env)` does what the scenario asks, with the contract's
// environment (LINKCY_*), and returns the outcome. `main.ts` is the same as a command.

export type Outcome = { ok: true; [id: string]: unknown } | { ok: false; errorCode: string };
export interface Input {
  endUserId?: string;
  scaDeviceId?: string;
  endUserToken?: string;
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

export async function createCard({ client, input, signerFor }: TaskContext): Promise<Outcome> {
  const endUserId = field(input.endUserId, 'endUserId');
  const card = (await client.call('POST', '/api/partner/cards', {
    body: { endUserId, type: 'VIRTUAL' },
    sca: { signer: signerFor(endUserId), when: 'always' },
  })) as { id: string };
  return { ok: true, cardId: card.id };
}

const TASKS: Readonly<Record<string, Task>> = {
  'onboard-first-device': onboardDevice,
  'onboard-extra-device': onboardDevice,
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
