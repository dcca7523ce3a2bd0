import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, readErrorCode, type ErrorCode } from '../../spec/errors/index.ts';
import { OPERATION_IDS, type OperationId } from '../../spec/openapi/index.ts';
import { decodeJwtClaims, startSimulator, type Scene, type SimulatorHandle } from './index.ts';
import { expectError, field, SimulatorClient, type CallOptions, type CallResult } from './test-support/simulator-client.ts';

// Every operation of the agreed table, through HTTP, on its happy path (SCA by BY_PASS in the
// sandbox profile), each answer validated against the OpenAPI document by the client; then the
// business errors that interact with the SCA evaluation order, and the vendor error shape.

const TOKEN_TTL_MS = 10 * 60_000;
let simulator: SimulatorHandle;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual', tokenTtlMs: TOKEN_TTL_MS });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());
beforeEach(() => simulator.control.reset());
// Every error any test of this file provoked, read back from the exchange log: the vendor shape.
afterEach(() => {
  for (const exchange of simulator.control.exchanges().filter((entry) => entry.status >= 400)) {
    expectVendorErrorBody(exchange.status, JSON.parse(exchange.responseBody) as unknown, `${exchange.method} ${exchange.target}`);
  }
});

/** `{errorCode, message, error: "linkcy.*", status, timestamp (ns)}`, 400s with `details[{field, rejectedValue, message}]`. */
function expectVendorErrorBody(status: number, body: unknown, what: string): void {
  const record = body as Record<string, unknown>;
  const code = readErrorCode(record);
  expect(code, what).toBeDefined();
  expect(record, what).toMatchObject({
    errorCode: code,
    message: expect.any(String),
    error: expect.stringMatching(/^linkcy\.[a-z.]+$/),
    status,
    timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/),
  });
  expect(String(record.message), `${what}: every placeholder of the message is filled`).not.toMatch(/\{\d+\}/);
  if (code !== undefined && code in ERROR_CATALOGUE) expect(status, what).toBe(ERROR_CATALOGUE[code as ErrorCode].status);
  if (status !== 400) return;
  expect(Array.isArray(record.details) && record.details.length > 0, what).toBe(true);
  for (const detail of record.details as Record<string, unknown>[]) {
    expect(Object.keys(detail), what).toEqual(expect.arrayContaining(['field', 'message', 'rejectedValue']));
    expect(typeof detail.field === 'string' && typeof detail.message === 'string', what).toBe(true);
  }
}

const BY_PASS = { 'linkcy-sca-strategy': 'BY_PASS' } as const;
const covered = new Set<OperationId>();

/** Calls and records the operation as covered when it answers `status`. */
async function expectStatus(operationId: OperationId, status: number, options: CallOptions): Promise<CallResult> {
  const result = await client.call(operationId, options);
  expect(result.status, `${operationId}: ${result.text}`).toBe(status);
  covered.add(operationId);
  return result;
}

function byPass(token: string, options: CallOptions = {}): CallOptions {
  return { token, ...options, headers: { ...BY_PASS, ...options.headers } };
}

describe('the happy path of every operation', () => {
  it('answers each documented success, body valid against the document', async () => {
    const { partnerName, username, password } = simulator.info.partner;
    const login = await expectStatus('login', 200, { body: { partnerName, username, password } });
    const partner = field(login.body, 'token');
    await expectStatus('refreshToken', 200, { body: { refreshToken: field(login.body, 'refreshToken') } });

    // End users: a consumer through the API (KYC NOT_STARTED), validated through the control plane.
    const consumer = await expectStatus('createConsumer', 201, { body: { phone: '33612345678', partnerName, firstName: 'Jane', lastName: 'Doe' } });
    const consumerId = field(consumer.body, 'id');
    expect((await expectStatus('getConsumer', 200, { pathParams: { consumerId }, token: partner })).body).toMatchObject({
      id: consumerId,
      phone: '33612345678',
      kycInfo: { status: 'NOT_STARTED' },
      scaDevices: [],
    });
    const corporate = await expectStatus('createCorporate', 201, { body: { name: 'ACME SAS' }, token: partner });
    const corporateId = field(corporate.body, 'id');
    expect((await expectStatus('getCorporate', 200, { pathParams: { corporateId }, token: partner })).body).toMatchObject({
      id: corporateId,
      name: 'ACME SAS',
      kybInfo: { status: 'NOT_STARTED' },
    });
    simulator.control.setKycStatus({ endUserId: consumerId, status: 'VALIDATED' });

    // Devices.
    const registration = await expectStatus('registerScaDevice', 201, { pathParams: { endUserId: consumerId }, token: partner });
    const scaDeviceId = field(registration.body, 'scaDeviceId');
    await client.activateSdk({ activationCode: field(registration.body, 'activationCode'), activationCodeSignature: field(registration.body, 'activationCodeSignature') });
    await expectStatus('activateScaDevice', 204, { pathParams: { scaDeviceId }, token: partner });

    // Ledgers, designs, profiles, cards.
    const ledgerId = field((await expectStatus('createLedger', 201, { body: { endUserId: consumerId, type: 'EUR_FRANCE' }, token: partner })).body, 'id');
    const secondLedgerId = field((await expectStatus('createLedger', 201, { body: { parentLedgerId: ledgerId }, token: partner })).body, 'id');
    const designs = await expectStatus('listCardDesigns', 200, { token: partner });
    const content = (designs.body as { content: { id: string; type: string }[] }).content;
    expect(content.map((design) => design.type).sort()).toEqual(['PHYSICAL', 'VIRTUAL']);
    const physicalDesign = content.find((design) => design.type === 'PHYSICAL')?.id ?? '';
    const profileId = field((await expectStatus('createCardProfile', 201, { body: { name: 'Black', cardDesignId: physicalDesign }, token: partner })).body, 'id');
    expect((await expectStatus('listCardProfiles', 200, { token: partner })).body).toMatchObject({
      content: [{ id: profileId, active: true, type: 'PHYSICAL' }],
      totalElements: 1,
      page: 0,
    });
    const card = await expectStatus(
      'createCard',
      201,
      byPass(partner, { body: { ledgerId, profileId, nameOnCard: 'JANE DOE', deliveryMethod: 'FRENCH_MAIL', rules: [{ type: 'DAILY_MAX_SPEND', value: 300 }] } }),
    );
    expect(Object.keys(card.body as object)).toEqual(['id']);
    const cardId = field(card.body, 'id');
    expect((await expectStatus('getCard', 200, { pathParams: { cardId }, token: partner })).body).toMatchObject({
      id: cardId,
      endUserId: consumerId,
      ledgerId,
      profile: { id: profileId, name: 'Black' },
      type: 'PHYSICAL',
      nameOnCard: 'JANE DOE',
      deliveryMethod: 'FRENCH_MAIL',
      currency: 'EUR',
      status: { value: 'ACTIVE' },
    });
    await expectStatus('updateCardRules', 204, byPass(partner, { pathParams: { cardId }, body: { type: 'MONTHLY_MAX_SPEND', value: 2000 } }));
    await expectStatus('deleteCardRule', 204, byPass(partner, { pathParams: { cardId, ruleType: 'DAILY_MAX_SPEND' } }));
    expect((await client.call('getCard', { pathParams: { cardId }, token: partner })).body).toMatchObject({ rules: [{ type: 'MONTHLY_MAX_SPEND', value: 2000 }] });
    await expectStatus('resetCardPinAttempts', 204, byPass(partner, { pathParams: { cardId } }));
    const pin = await expectStatus('getCardPin', 200, byPass(partner, { pathParams: { cardId } }));
    expect(field(pin.body, 'pin')).toMatch(/^\d{4}$/);
    expect(pin.headers['cache-control']).toBe('no-store');
    const pan = await expectStatus('getCardPanCredentials', 200, byPass(partner, { pathParams: { cardId } }));
    expect(pan.body).toMatchObject({ ttl: 'PT1M' });

    // Beneficiaries and transactions: balances move.
    const beneficiary = await expectStatus(
      'createBeneficiary',
      201,
      byPass(partner, { body: { type: 'PERSON', name: 'John Smith', endUserId: consumerId, bankingDetails: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' } } }),
    );
    const beneficiaryId = field(beneficiary.body, 'id');
    expect((await expectStatus('listBeneficiaries', 200, { token: partner, query: { endUserId: consumerId } })).body).toMatchObject({
      content: [{ id: beneficiaryId, endUserId: consumerId, bankingDetails: { iban: 'FR7630006000011234567890189' } }],
      totalElements: 1,
    });
    simulator.control.createLedger({ endUserId: consumerId });
    const funded = simulator.control.createLedger({ endUserId: consumerId, balance: 100 }).ledgerId;
    await expectStatus('createTransaction', 201, byPass(partner, { body: { amount: 12.5, beneficiaryId, ledgerFromId: funded, reference: 'Rent' } }));
    await expectStatus('createInterLedgerTransaction', 201, byPass(partner, { body: { ledgerFromId: funded, ledgerToId: secondLedgerId, amount: 7.25 } }));
    const balances = Object.fromEntries(simulator.control.state().ledgers.map((ledger) => [ledger.id, ledger.balance]));
    expect({ funded: balances[funded], second: balances[secondLedgerId] }).toEqual({ funded: 80.25, second: 7.25 });
    await expectStatus('createCryptoBeneficiary', 201, byPass(partner, { body: { name: 'Cold wallet', address: '0x52908400098527886E0F7030069857D2E4169EE7', currency: 'USDC', endUserId: consumerId } }));

    await expectStatus('deleteScaDevice', 204, { pathParams: { scaDeviceId }, token: partner });
    expect([...OPERATION_IDS].filter((operationId) => !covered.has(operationId))).toEqual([]);
  });

  it('serves an end user with their own token, the endUserId taken from the token', async () => {
    const { endUserId, token } = simulator.control.createConsumer();
    const ledgerId = field((await client.call('createLedger', { body: { type: 'EUR_BELGIUM' }, token })).body, 'id');
    const beneficiary = await client.call('createBeneficiary', byPass(token, { body: { type: 'COMPANY', name: 'ACME', bankingDetails: { iban: 'BE71096123456769' } } }));
    expect(beneficiary.status).toBe(201);
    const listed = await client.call('listBeneficiaries', { token });
    expect(listed.body).toMatchObject({ content: [{ endUserId }], totalElements: 1 });
    expect(simulator.control.state().ledgers).toMatchObject([{ id: ledgerId, endUserId, currency: 'EUR' }]);
  });
});

describe('who may reach what (step 1)', () => {
  it("refuses an end-user token on partner-only operations and on another end user's resources", async () => {
    const mine = simulator.control.createScene();
    const theirs = simulator.control.createScene();
    const token = mine.token;
    const refused: [string, CallOptions & { operationId: OperationId }][] = [
      ['card designs', { operationId: 'listCardDesigns', token }],
      ['card profiles', { operationId: 'createCardProfile', token, body: { name: 'X', cardDesignId: mine.cardDesignId } }],
      ['sign-up with a token', { operationId: 'createConsumer', token, body: { phone: '33600000001' } }],
      ['their consumer', { operationId: 'getConsumer', token, pathParams: { consumerId: theirs.endUserId } }],
      ['their card', { operationId: 'getCard', token, pathParams: { cardId: theirs.cardId } }],
      ['their ledger', { operationId: 'createCard', ...byPass(token, { body: { ledgerId: theirs.ledgerId, profileId: theirs.virtualCardProfileId } }) }],
      ['their ledger debited', { operationId: 'createInterLedgerTransaction', ...byPass(token, { body: { ledgerFromId: theirs.ledgerId, ledgerToId: mine.ledgerId, amount: 1 } }) }],
      ['a ledger for them', { operationId: 'createLedger', token, body: { endUserId: theirs.endUserId, type: 'EUR_FRANCE' } }],
      ['their beneficiaries', { operationId: 'listBeneficiaries', token, query: { endUserId: theirs.endUserId } }],
    ];
    for (const [name, { operationId, ...options }] of refused) {
      const result = await client.call(operationId, options);
      expect({ name, status: result.status, code: readErrorCode(result.body) }, result.text).toEqual({ name, status: 403, code: 'FORBIDDEN' });
    }
    expect((await client.call('getCard', { pathParams: { cardId: mine.cardId }, token })).status).toBe(200);
  });
});

describe('what a public partner integration sends', () => {
  it('creates a card with {ledgerId, profileId, nameOnCard, deliveryMethod} and BY_PASS: 201 {id}', async () => {
    const scene = simulator.control.createScene();
    const partner = await client.partnerToken();
    const result = await client.call('createCard', {
      token: partner,
      headers: BY_PASS,
      body: { ledgerId: scene.ledgerId, profileId: scene.physicalCardProfileId, nameOnCard: 'JANE DOE', deliveryMethod: 'FRENCH_MAIL' },
    });
    expect({ status: result.status, keys: Object.keys(result.body as object) }).toEqual({ status: 201, keys: ['id'] });
    expect(simulator.control.state().cards.find((card) => card.id === field(result.body, 'id'))).toMatchObject({ type: 'PHYSICAL', status: 'ACTIVE' });
  });

  it('creates a consumer anonymously with partnerName, and refuses it without: 409 PARTNER_NAME_REQUIRED', async () => {
    const { partnerName } = simulator.info.partner;
    expect((await client.call('createConsumer', { body: { phone: '33123456789', partnerName } })).status).toBe(201);
    expectError(await client.call('createConsumer', { body: { phone: '33123456780' } }), 'PARTNER_NAME_REQUIRED');
    expectError(await client.call('createConsumer', { body: { phone: '33123456789', partnerName } }), 'PHONE_ALREADY_TAKEN');
  });

  it.each(['username', 'userName'])('logs the partner in with `%s`', async (spelling) => {
    const { partnerName, username, password } = simulator.info.partner;
    const result = await client.call('login', { body: { partnerName, [spelling]: username, password } });
    expect(result.status).toBe(200);
    expect(Object.keys(result.body as object).sort()).toEqual(['refreshToken', 'token']);
  });

  it('logs a consumer in with {consumerPhone, partnerName, password}: an end-user token and endUserId', async () => {
    const { endUserId, phone, password } = simulator.control.createConsumer({ password: 'correct horse' });
    const { partnerName } = simulator.info.partner;
    const result = await client.call('login', { body: { consumerPhone: phone, partnerName, password } });
    expect(result.status).toBe(200);
    expect(field(result.body, 'endUserId')).toBe(endUserId);
    expect(decodeJwtClaims(field(result.body, 'token'))).toMatchObject({ role: 'end-user', endUserId, sub: endUserId });
    expectError(await client.call('login', { body: { consumerPhone: phone, partnerName, password: 'wrong horse' } }), 'UNAUTHORIZED');
    // The end user is the SCA subject of their refresh: without a device, the default push strategy cannot pass.
    const refreshToken = field(result.body, 'refreshToken');
    expectError(await client.call('refreshToken', { body: { refreshToken } }), 'SCA_DEVICE_NOT_SET');
    const refreshed = await client.call('refreshToken', { body: { refreshToken }, headers: BY_PASS });
    expect(field(refreshed.body, 'endUserId')).toBe(endUserId);
    expect((await client.getEndUser(endUserId, field(refreshed.body, 'token'))).status).toBe(200);
  });
});

describe('JWT bearer tokens', () => {
  it('carry sub, iat, exp (seconds) and role; exp - iat is the configured lifetime, and the token dies at exp', async () => {
    const { partnerName, username, password } = simulator.info.partner;
    const login = await client.call('login', { body: { partnerName, username, password } });
    const token = field(login.body, 'token');
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8'))).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = decodeJwtClaims(token);
    const iat = Math.floor(simulator.clock.now() / 1000);
    expect(claims).toMatchObject({ sub: partnerName, role: 'partner', iat, exp: iat + TOKEN_TTL_MS / 1000 });
    expect(claims).not.toHaveProperty('endUserId');
    const { endUserId } = simulator.control.createConsumer();
    simulator.control.advanceClock(TOKEN_TTL_MS - 1);
    expect((await client.getEndUser(endUserId, token)).status).toBe(200);
    simulator.control.advanceClock(1);
    expectError(await client.getEndUser(endUserId, token), 'UNAUTHORIZED');
  });

  it('refuses a token whose signature or payload was changed', async () => {
    const token = await client.partnerToken();
    const { endUserId } = simulator.control.createConsumer();
    const [header, payload, signature] = token.split('.');
    const claims = decodeJwtClaims(token) ?? {};
    const longer = Buffer.from(JSON.stringify({ ...claims, exp: Number(claims.exp) + 3600 })).toString('base64url');
    for (const forged of [`${header}.${longer}.${signature}`, `${header}.${payload}.${(signature ?? '').slice(0, -2)}AA`]) {
      expectError(await client.getEndUser(endUserId, forged), 'UNAUTHORIZED');
    }
  });

  it('rotates refresh tokens and keeps working after the bearer expired', async () => {
    const { partnerName, username, password } = simulator.info.partner;
    const login = await client.call('login', { body: { partnerName, username, password } });
    simulator.control.advanceClock(TOKEN_TTL_MS);
    const refreshed = await client.call('refreshToken', { body: { refreshToken: field(login.body, 'refreshToken') } });
    expect(refreshed.status).toBe(200);
    expect(decodeJwtClaims(field(refreshed.body, 'token'))?.iat).toBe(Math.floor(simulator.clock.now() / 1000));
    expectError(await client.call('refreshToken', { body: { refreshToken: field(login.body, 'refreshToken') } }), 'UNAUTHORIZED');
  });
});

describe('business errors', () => {
  let scene: Scene;
  let partner: string;
  beforeEach(async () => {
    scene = simulator.control.createScene();
    partner = await client.partnerToken();
  });

  const cases: [string, () => Promise<CallResult>, ErrorCode][] = [
    ['unknown consumer', () => client.call('getConsumer', { pathParams: { consumerId: '00000000-0000-4000-8000-000000000000' }, token: partner }), 'CONSUMER_NOT_FOUND'],
    ['unknown card', () => client.call('getCard', { pathParams: { cardId: '00000000-0000-4000-8000-000000000000' }, token: partner }), 'CARD_NOT_FOUND'],
    ['unknown ledger', () => client.call('createCard', byPass(partner, { body: { ledgerId: '00000000-0000-4000-8000-000000000000', profileId: scene.virtualCardProfileId } })), 'LEDGER_NOT_FOUND'],
    ['unknown profile', () => client.call('createCard', byPass(partner, { body: { ledgerId: scene.ledgerId, profileId: '00000000-0000-4000-8000-000000000000' } })), 'CARD_PROFILE_NOT_FOUND'],
    ['physical profile without delivery method', () => client.call('createCard', byPass(partner, { body: { ledgerId: scene.ledgerId, profileId: scene.physicalCardProfileId } })), 'DELIVERY_METHOD_REQUIRED'],
    ['unknown design', () => client.call('createCardProfile', { token: partner, body: { name: 'X', cardDesignId: '00000000-0000-4000-8000-000000000000' } }), 'CARD_DESIGN_NOT_FOUND'],
    ['insufficient funds', () => client.call('createTransaction', byPass(partner, { body: { amount: 1000.01, beneficiaryId: scene.beneficiaryId, ledgerFromId: scene.ledgerId } })), 'INSUFFICIENT_FUNDS'],
    ['partner without endUserId', () => client.call('createLedger', { token: partner, body: { type: 'EUR_FRANCE' } }), 'END_USER_ID_REQUIRED'],
  ];
  it.each(cases)('%s', async (_name, call, code) => {
    expectError(await call(), code);
  });

  it('refuses an inactive profile, and the PIN of a virtual or inactive card', async () => {
    const { cardProfileId } = simulator.control.createCardProfile({ active: false });
    expectError(await client.call('createCard', byPass(partner, { body: { ledgerId: scene.ledgerId, profileId: cardProfileId } })), 'CARD_PROFILE_NOT_ACTIVE');
    const virtual = simulator.control.createScene({ cardType: 'VIRTUAL' });
    expectError(await client.call('getCardPin', byPass(partner, { pathParams: { cardId: virtual.cardId } })), 'CARD_MUST_BE_PHYSICAL');
    const suspended = simulator.control.createScene({ cardStatus: 'SUSPENDED' });
    expectError(await client.call('resetCardPinAttempts', byPass(partner, { pathParams: { cardId: suspended.cardId } })), 'CARD_MUST_BE_ACTIVE');
    expectError(await client.call('getCardPanCredentials', byPass(partner, { pathParams: { cardId: suspended.cardId } })), 'CARD_MUST_BE_ACTIVE');
  });

  it('refuses the KYC-gated operations of an end user whose KYC/KYB is not validated', async () => {
    const pending = simulator.control.createScene({ kyc: 'PENDING' });
    expectError(await client.call('createLedger', { token: partner, body: { endUserId: pending.endUserId, type: 'EUR_FRANCE' } }), 'CONSUMER_KYC_MUST_BE_VALIDATED');
    expectError(
      await client.call('createCard', byPass(partner, { body: { ledgerId: pending.ledgerId, profileId: pending.virtualCardProfileId } })),
      'CONSUMER_KYC_MUST_BE_VALIDATED',
    );
    const corporate = simulator.control.createScene({ kind: 'corporate', kyc: 'REFUSED' });
    expectError(
      await client.call('createTransaction', byPass(partner, { body: { amount: 1, beneficiaryId: corporate.beneficiaryId, ledgerFromId: corporate.ledgerId } })),
      'CORPORATE_KYB_MUST_BE_VALIDATED',
    );
    // Reads are not gated.
    expect((await client.call('getCard', { pathParams: { cardId: pending.cardId }, token: partner })).status).toBe(200);
  });

  it('pays only the ledger owner’s beneficiaries, and moves no money on a refusal', async () => {
    const other = simulator.control.createScene();
    expectError(
      await client.call('createTransaction', byPass(partner, { body: { amount: 1, beneficiaryId: other.beneficiaryId, ledgerFromId: scene.ledgerId } })),
      'BENEFICIARY_NOT_FOUND',
    );
    expectError(
      await client.call('createInterLedgerTransaction', byPass(partner, { body: { amount: 2000, ledgerFromId: scene.ledgerId, ledgerToId: scene.secondLedgerId } })),
      'INSUFFICIENT_FUNDS',
    );
    expect(simulator.control.state().ledgers.find((ledger) => ledger.id === scene.ledgerId)?.balance).toBe(1000);
  });
});

describe('the vendor error shape', () => {
  it('every error the simulator sends, the control plane and unknown routes included (and, after each test, every error in the log)', async () => {
    const scene = simulator.control.createScene();
    const partner = await client.partnerToken();
    const errors = [
      await client.call('getCard', { pathParams: { cardId: scene.cardId } }),
      await client.call('createCard', { token: partner, body: { ledgerId: 'not-a-uuid' } }),
      await client.call('createCard', { token: partner, body: { ledgerId: scene.ledgerId, profileId: scene.virtualCardProfileId } }),
      await client.call('getCard', { pathParams: { cardId: scene.cardId }, token: simulator.control.createConsumer().token }),
      await client.call('getCardPin', byPass(partner, { pathParams: { cardId: '00000000-0000-4000-8000-000000000000' } })),
      await client.call('createCard', byPass(partner, { body: { ledgerId: scene.ledgerId, profileId: scene.physicalCardProfileId } })),
      await client.call('createCard', byPass(partner, { body: { ledgerId: '00000000-0000-4000-8000-000000000000', profileId: scene.physicalCardProfileId } })),
      await client.call('createLedger', { token: partner, body: { type: 'EUR_FRANCE' } }),
      await client.call('createInterLedgerTransaction', byPass(partner, { body: { amount: 5000, ledgerFromId: scene.ledgerId, ledgerToId: scene.secondLedgerId } })),
      await client.call('createConsumer', { body: { phone: scene.consumerPhone, partnerName: simulator.info.partner.partnerName } }),
      await client.call('createTransaction', byPass(partner, { body: { amount: 0.001, beneficiaryId: scene.beneficiaryId, ledgerFromId: scene.ledgerId } })),
      await client.send('GET', '/api/partner/nowhere'),
      await client.send('POST', '/__control/ledgers', { 'content-type': 'application/json' }, '{}'),
    ];
    for (const result of errors) {
      expect(result.status, result.text).toBeGreaterThanOrEqual(400);
      expectVendorErrorBody(result.status, result.body, result.text);
    }
  });
});
