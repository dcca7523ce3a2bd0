import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readErrorCode } from '../../spec/errors/index.ts';
import { DEFAULT_PSD2_EXEMPTIONS, loadTargetProfile, type TargetProfile } from '../../spec/profile/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, field, SimulatorClient, type CallOptions, type CallResult } from './test-support/simulator-client.ts';

// The simulator plays the target profile it is given (spec/profile, `serve --expect FILE`), and the
// audit findings of issue 8 (docs/decisions.md D-AUDIT-*) under the default one.

const EXAMPLE = loadTargetProfile(new URL('../../docs/expect-profile.example.json', import.meta.url).pathname);
const DAY_MS = 86_400_000;

/** Status and code, read through the profile's pointers; for statuses the document does not list (403, 202). */
function expectAnswer(result: CallResult, status: number, code?: string): void {
  expect({ status: result.status, code: readErrorCode(result.body, EXAMPLE.errorCodePointers) }, result.text).toEqual({ status, code });
}

async function started(options: Parameters<typeof startSimulator>[0]): Promise<{ simulator: SimulatorHandle; client: SimulatorClient }> {
  const simulator = await startSimulator({ clock: 'manual', ...options });
  return { simulator, client: new SimulatorClient(simulator) };
}

describe('the default profile: audit findings', () => {
  let simulator: SimulatorHandle;
  let client: SimulatorClient;
  let partner: string;
  beforeAll(async () => ({ simulator, client } = await started({})));
  afterAll(() => simulator.stop());
  beforeEach(async () => {
    simulator.control.reset();
    partner = await client.partnerToken();
  });

  describe('D-AUDIT-1: only PENDING or BLOCKED devices do not make the next registration free', () => {
    it('a pending device: 404 NO_ACTIVE_SCA_DEVICE_FOUND with DATA_SIGNING and with push', async () => {
      const { endUserId } = simulator.control.createEndUser();
      await client.register(endUserId, partner);
      const other = await client.onboard(simulator.control.createEndUser().endUserId, partner);
      const register = (options: CallOptions) => client.call('registerScaDevice', { pathParams: { endUserId }, token: partner, ...options });
      expectError(await register({ sign: { device: other.device } }), 'NO_ACTIVE_SCA_DEVICE_FOUND');
      expectError(await register({}), 'NO_ACTIVE_SCA_DEVICE_FOUND');
    });

    it('a blocked device: 404 NO_ACTIVE_SCA_DEVICE_FOUND', async () => {
      const { endUserId } = simulator.control.createEndUser();
      const { device, scaDeviceId } = await client.onboard(endUserId, partner);
      for (let attempt = 0; attempt < 5; attempt++) await client.createCard(endUserId, partner, { sign: { device, pin: '0000' } });
      expect(simulator.control.state().devices.find((entry) => entry.id === scaDeviceId)?.status).toBe('BLOCKED');
      expectError(await client.call('registerScaDevice', { pathParams: { endUserId }, token: partner, headers: { 'linkcy-sca-strategy': 'DATA_SIGNING' } }), 'SCA_SIGNATURE_MISSING');
      expectError(await client.call('registerScaDevice', { pathParams: { endUserId }, token: partner, sign: { device } }), 'NO_ACTIVE_SCA_DEVICE_FOUND');
    });

    it('every device REMOVED: the next registration is a first one again', async () => {
      const { endUserId } = simulator.control.createEndUser();
      const { scaDeviceId } = await client.onboard(endUserId, partner);
      expect((await client.call('deleteScaDevice', { pathParams: { scaDeviceId }, token: partner })).status).toBe(204);
      await client.register(endUserId, partner);
    });
  });

  describe('D-AUDIT-5: two signatures of one device in flight', () => {
    it('sent in signing order, both pass; the older sent after the younger is refused and counts as a failed attempt', async () => {
      const { endUserId } = simulator.control.createEndUser();
      const { device, scaDeviceId } = await client.onboard(endUserId, partner);
      const signed = () => {
        const body = client.cardBody(endUserId);
        return { body, header: device.sign({ method: 'POST', uri: '/api/partner/cards', body }) };
      };
      const send = ({ body, header }: { body: string; header: string }) =>
        client.call('createCard', { token: partner, rawBody: body, headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': header } });
      const [first, second] = [signed(), signed()];
      expect((await send(first)).status).toBe(201);
      expect((await send(second)).status).toBe(201);
      const [older, younger] = [signed(), signed()];
      expect((await send(younger)).status).toBe(201);
      expectError(await send(older), 'SCA_SIGNATURE_DOES_NOT_MATCH');
      expect(simulator.control.state().devices.find((entry) => entry.id === scaDeviceId)).toMatchObject({ failedAttempts: 1 });
    });
  });

  describe('D-AUDIT-7: KYC after SCA', () => {
    it('a consumer not KYC-validated: SCA errors first, then 409 CONSUMER_KYC_MUST_BE_VALIDATED once SCA passed', async () => {
      const { endUserId } = simulator.control.createEndUser({ kycStatus: 'PENDING' });
      const { device } = await client.onboard(endUserId, partner);
      expectError(await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'DATA_SIGNING' } }), 'SCA_SIGNATURE_MISSING');
      expectError(await client.createCard(endUserId, partner, { sign: { device } }), 'CONSUMER_KYC_MUST_BE_VALIDATED');
    });
  });
});

describe('the example profile (docs/expect-profile.example.json): every non-default choice', () => {
  let simulator: SimulatorHandle;
  let client: SimulatorClient;
  let partner: string;
  beforeAll(async () => ({ simulator, client } = await started({ expect: EXAMPLE, profile: 'production' })));
  afterAll(() => simulator.stop());
  beforeEach(async () => {
    simulator.control.reset();
    partner = await client.partnerToken();
  });

  /** An end user with an ACTIVE device: under the delayed activation, after the clock passed it. */
  async function activeUser(kycStatus?: 'PENDING') {
    const created = simulator.control.createEndUser(kycStatus === undefined ? {} : { kycStatus });
    const onboarded = await client.onboard(created.endUserId, partner);
    simulator.control.advanceClock(2_000);
    return { ...created, ...onboarded };
  }

  it('deviceActivation delayed: PENDING after the 204 until the delay passed on the simulator clock', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const { scaDeviceId } = await client.onboard(endUserId, partner);
    const statusOf = async () => ((await client.getEndUser(endUserId, partner)).body as { scaDevices: { id: string; status: string; activatedAt: unknown }[] }).scaDevices.find((device) => device.id === scaDeviceId);
    expect(await statusOf()).toMatchObject({ status: 'PENDING_ACTIVATION', activatedAt: null });
    simulator.control.advanceClock(1_999);
    expect(await statusOf()).toMatchObject({ status: 'PENDING_ACTIVATION' });
    simulator.control.advanceClock(1);
    expect(await statusOf()).toMatchObject({ status: 'ACTIVE' });
  });

  it('signatureMismatchStatus 403: a wrong PIN answers 403 SCA_SIGNATURE_DOES_NOT_MATCH, error linkcy.forbidden', async () => {
    const { endUserId, device } = await activeUser();
    const result = await client.createCard(endUserId, partner, { sign: { device, pin: '0000' }, validate: false });
    expectAnswer(result, 403, 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expect(field(result.body, 'error')).toBe('linkcy.forbidden');
  });

  it('emptySignature malformed + malformedSignatureCode ERROR_SIGNATURE_INVALID: both answer 400 ERROR_SIGNATURE_INVALID', async () => {
    const { endUserId } = await activeUser();
    for (const header of ['', 'PowerAuth nothing here']) {
      const result = await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': header }, validate: false });
      expectAnswer(result, 400, 'ERROR_SIGNATURE_INVALID');
    }
  });

  it('factorHeader BIOMETRY|PIN: PIN is the knowledge factor, BIOMETRY must be signed, anything else is ERROR_REQUEST', async () => {
    const { endUserId, device } = await activeUser();
    expect((await client.createCard(endUserId, partner, { sign: { device }, headers: { 'linkcy-sca-factor': 'PIN' } })).status).toBe(201);
    expectAnswer(await client.createCard(endUserId, partner, { sign: { device }, headers: { 'linkcy-sca-factor': 'BIOMETRY' }, validate: false }), 403, 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expectError(await client.createCard(endUserId, partner, { sign: { device }, headers: { 'linkcy-sca-factor': 'KNOWLEDGE' } }), 'ERROR_REQUEST');
  });

  it('firstDevice no-active-device: a user whose only device is pending registers another without SCA (then the registration rule)', async () => {
    const { endUserId } = simulator.control.createEndUser();
    await client.register(endUserId, partner);
    expectError(await client.call('registerScaDevice', { pathParams: { endUserId }, token: partner }), 'ERROR_REGISTRATION_NOT_ALLOWED');
  });

  it('productionByPassAllowlist: BY_PASS passes on getCardPanCredentials in production, not on getCardPin', async () => {
    const scene = simulator.control.createScene();
    const byPass = { pathParams: { cardId: scene.cardId }, token: partner, headers: { 'linkcy-sca-strategy': 'BY_PASS' } };
    expect((await client.call('getCardPanCredentials', byPass)).status).toBe(200);
    expectError(await client.call('getCardPin', byPass), 'SCA_REQUIRED');
  });

  it('waitingSca202: a push that cannot complete answers 202 Waiting SCA with {scaId, scaDeviceId, ttl}', async () => {
    const { endUserId, scaDeviceId } = await activeUser();
    const result = await client.createCard(endUserId, partner, { validate: false });
    expect(result.status, result.text).toBe(202);
    expect(result.body).toMatchObject({ scaDeviceId, ttl: 'PT5M' });
    expect(field(result.body, 'scaId')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('kycCheck before-sca: a consumer not validated is refused before SCA is looked at', async () => {
    const { endUserId } = await activeUser('PENDING');
    expectError(await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'DATA_SIGNING' } }), 'CONSUMER_KYC_MUST_BE_VALIDATED');
  });

  describe('scaPolicies psd2-exemptions (RTS art. 16, 13, 10)', () => {
    const transfer = (scene: { ledgerId: string; beneficiaryId: string }, amount: number, options: CallOptions = {}) =>
      client.call('createTransaction', {
        token: partner,
        body: { amount, beneficiaryId: scene.beneficiaryId, ledgerFromId: scene.ledgerId, reference: 'Test' },
        headers: { 'linkcy-sca-strategy': 'DATA_SIGNING' },
        ...options,
      });

    it('exactly 30 EUR passes without SCA; 30.01 EUR needs it', async () => {
      const scene = simulator.control.createScene();
      expect((await transfer(scene, 30)).status).toBe(201);
      expectError(await transfer(scene, 30.01), 'SCA_SIGNATURE_MISSING');
    });

    it('the 5th low-value payment since the last SCA passes, the 6th needs SCA; a signed payment starts the count again', async () => {
      const scene = simulator.control.createScene();
      const { device } = await client.onboard(scene.endUserId, partner);
      simulator.control.advanceClock(2_000);
      for (let payment = 1; payment <= 5; payment++) expect((await transfer(scene, 1)).status, `payment ${payment}`).toBe(201);
      expectError(await transfer(scene, 1), 'SCA_SIGNATURE_MISSING');
      expect((await transfer(scene, 1, { sign: { device } })).status).toBe(201);
      expect((await transfer(scene, 1)).status).toBe(201);
    });

    it('a running total of exactly 100 EUR passes, one cent more needs SCA', async () => {
      const scene = simulator.control.createScene();
      for (const amount of [30, 30, 30]) expect((await transfer(scene, amount)).status).toBe(201);
      expectError(await transfer(scene, 10.01), 'SCA_SIGNATURE_MISSING');
      expect((await transfer(scene, 10)).status).toBe(201);
    });

    it('a beneficiary added with SCA is trusted: any amount to it passes without SCA; the scene\'s own beneficiary is not', async () => {
      const scene = simulator.control.createScene();
      const { device } = await client.onboard(scene.endUserId, partner);
      simulator.control.advanceClock(2_000);
      const added = await client.call('createBeneficiary', {
        token: partner,
        body: { type: 'PERSON', name: 'John Trusted', endUserId: scene.endUserId, bankingDetails: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPPXXX' } },
        sign: { device },
      });
      expect(added.status, added.text).toBe(201);
      expect((await transfer({ ...scene, beneficiaryId: field(added.body, 'id') }, 500)).status).toBe(201);
      expectError(await transfer(scene, 500), 'SCA_SIGNATURE_MISSING');
    });

    it('refresh: an end user authenticated with SCA refreshes freely for 180 days, then must authenticate again', async () => {
      const scene = simulator.control.createScene();
      const { device } = await client.onboard(scene.endUserId, partner);
      simulator.control.advanceClock(2_000);
      expect((await transfer(scene, 500, { sign: { device } })).status).toBe(201);
      const loginAndRefresh = async () => {
        const login = await client.call('login', { body: { consumerPhone: scene.consumerPhone, partnerName: 'sandbox-partner', password: scene.password } });
        expect(login.status, login.text).toBe(200);
        return client.call('refreshToken', { body: { refreshToken: field(login.body, 'refreshToken') }, headers: { 'linkcy-sca-strategy': 'DATA_SIGNING' } });
      };
      simulator.control.advanceClock(180 * DAY_MS - 1);
      expect((await loginAndRefresh()).status).toBe(200);
      simulator.control.advanceClock(1);
      expectError(await loginAndRefresh(), 'SCA_SIGNATURE_MISSING');
    });
  });
});

describe('a profile can turn SCA off on an eligible operation', () => {
  const profile: TargetProfile = { ...EXAMPLE, scaPolicies: { resetCardPinAttempts: { policy: 'never' }, createTransaction: { policy: 'psd2-exemptions', exemptions: { ...DEFAULT_PSD2_EXEMPTIONS, cumulativeCountLimit: null } } } };
  let simulator: SimulatorHandle;
  let client: SimulatorClient;
  beforeAll(async () => ({ simulator, client } = await started({ expect: profile })));
  afterAll(() => simulator.stop());

  it('resetCardPinAttempts answers 204 without any SCA header', async () => {
    const partner = await client.partnerToken();
    const scene = simulator.control.createScene();
    expect((await client.call('resetCardPinAttempts', { pathParams: { cardId: scene.cardId }, token: partner })).status).toBe(204);
  });
});
