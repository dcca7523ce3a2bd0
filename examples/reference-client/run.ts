import { LinkcyClient, LinkcyError } from './linkcy-client.ts';
import { MobileApp } from './mobile-app.ts';

// The certification adapter: `run(scenario, env)` does what the scenario asks, with the contract's
// environment (LINKCY_*), and returns the outcome. `main.ts` is the same as a command.

type Outcome = { ok: true; [id: string]: unknown } | { ok: false; errorCode: string };
type Input = { endUserId?: string; scaDeviceId?: string };

const ONBOARDING = ['onboard-first-device', 'onboard-extra-device', 'token-expired', 'signature-refused', 'transient-failure', 'sca-required', 'production-profile'];

export async function run(scenario: string, env: Record<string, string | undefined>): Promise<Outcome> {
  const client = new LinkcyClient({
    baseUrl: required(env, 'LINKCY_BASE_URL'),
    partnerName: required(env, 'LINKCY_PARTNER_NAME'),
    username: required(env, 'LINKCY_USERNAME'),
    password: required(env, 'LINKCY_PASSWORD'),
  });
  const app = new MobileApp(required(env, 'LINKCY_APP_URL'));
  const input = JSON.parse(required(env, 'LINKCY_INPUT')) as Input;
  try {
    if (ONBOARDING.includes(scenario)) return await onboardDevice(client, app, input);
    if (scenario === 'delete-device') return await deleteDevice(client, input);
    if (scenario === 'no-active-device') return await createCard(client, app, input);
    throw new Error(`unknown scenario ${scenario}`);
  } catch (error) {
    if (error instanceof LinkcyError) return { ok: false, errorCode: error.errorCode };
    throw error;
  }
}

/** Register (signed by the existing device when there is one), the app activates, activate. */
async function onboardDevice(client: LinkcyClient, app: MobileApp, { endUserId, scaDeviceId }: Input): Promise<Outcome> {
  const user = field(endUserId, 'endUserId');
  const signer = app.signerFor(user, scaDeviceId);
  const registration = (await client.call('POST', `/api/partner/end-users/${encodeURIComponent(user)}/sca-devices`, {
    sca: { signer, when: scaDeviceId === undefined ? 'if-required' : 'always' },
  })) as { scaDeviceId: string; activationQrCodeData: string };
  await app.activate(user, registration.activationQrCodeData);
  await client.call('POST', `/api/partner/sca-devices/${encodeURIComponent(registration.scaDeviceId)}/activate`);
  return { ok: true, scaDeviceId: registration.scaDeviceId };
}

/** Partner-only: always with the partner token, whatever else the back end holds. */
async function deleteDevice(client: LinkcyClient, { scaDeviceId }: Input): Promise<Outcome> {
  await client.call('DELETE', `/api/partner/sca-devices/${encodeURIComponent(field(scaDeviceId, 'scaDeviceId'))}`);
  return { ok: true };
}

async function createCard(client: LinkcyClient, app: MobileApp, { endUserId }: Input): Promise<Outcome> {
  const user = field(endUserId, 'endUserId');
  const card = (await client.call('POST', '/api/partner/cards', {
    body: { endUserId: user, type: 'VIRTUAL' },
    sca: { signer: app.signerFor(user), when: 'always' },
  })) as { id: string };
  return { ok: true, cardId: card.id };
}

function required(env: Record<string, string | undefined>, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`${name} is not set`);
  return value;
}

function field(value: string | undefined, name: string): string {
  if (value === undefined) throw new Error(`LINKCY_INPUT has no ${name}`);
  return value;
}
