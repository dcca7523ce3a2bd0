import { describe, expect, it } from 'vitest';
import { OPERATION_IDS } from '../openapi/index.ts';
import { getDefaultValidators, type HttpRequestShape, type HttpResponseShape } from './index.ts';

const SCA_DEVICE_ID = 'd791c6b4-56ca-4e8c-b392-93c03b92b30b';
const LEDGER_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const PROFILE_ID = '7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
const TIMESTAMP = '2026-12-02T10:35:00.123000000Z';

const validators = getDefaultValidators();

function createCard(overrides: Partial<HttpRequestShape> = {}): HttpRequestShape {
  return {
    pathParams: {},
    query: {},
    headers: { Authorization: 'Bearer partner-token', 'Linkcy-SCA-Strategy': 'BY_PASS' },
    body: { ledgerId: LEDGER_ID, profileId: PROFILE_ID, nameOnCard: 'JANE DOE', deliveryMethod: 'FRENCH_MAIL' },
    contentType: 'application/json',
    ...overrides,
  };
}

function json(status: number, body: unknown): HttpResponseShape {
  return { status, headers: {}, body, contentType: 'application/json' };
}

const registration = {
  scaDeviceId: SCA_DEVICE_ID,
  activationQrCodeData: 'qr-data',
  activationCode: 'VVVVV-VVVVV-VVVVV-VTFVA',
  activationCodeSignature: 'c2lnbmF0dXJl',
};

describe('validators of the LinkCy SCA document', () => {
  it('cover every operation, built once and shared', () => {
    expect([...validators.operationIds()].sort()).toEqual([...OPERATION_IDS].sort());
    expect(getDefaultValidators()).toBe(validators);
  });

  it('accept a card creation that follows the document', () => {
    expect(validators.validateRequest('createCard', createCard())).toEqual([]);
  });

  it('report SCA header values outside their enums', () => {
    // The 1.114.5 pages document no factor header: a client that still sends one is not wrong.
    const headers = { 'Linkcy-SCA-Strategy': 'push', 'linkcy-sca-factor': 'KNOWLEDGE' };
    expect(validators.validateRequest('createCard', createCard({ headers })).map((violation) => violation.message)).toEqual([
      'header Linkcy-SCA-Strategy: must be one of PUSH_NOTIFICATION, DATA_SIGNING, BY_PASS (received "push")',
    ]);
  });

  it('report card bodies without ledger or profile, with a bad name on card or delivery method', () => {
    expect(validators.validateRequest('createCard', createCard({ body: { nameOnCard: 'jane doe', deliveryMethod: 'PIGEON' } }))).toMatchObject([
      { pointer: '/body/ledgerId', rule: 'required' },
      { pointer: '/body/profileId', rule: 'required' },
      { pointer: '/body/nameOnCard', rule: 'pattern', actual: '"jane doe"' },
      { pointer: '/body/deliveryMethod', rule: 'enum', actual: '"PIGEON"' },
    ]);
    expect(validators.validateRequest('createCard', createCard({ contentType: 'application/xml' }))).toMatchObject([
      { location: 'content-type', rule: 'content-type', expected: 'one of application/json' },
    ]);
  });

  it('report a device path parameter that is not a uuid', () => {
    const request = { pathParams: { endUserId: 'user-1' }, query: {}, headers: {} };
    expect(validators.validateRequest('registerScaDevice', request)).toMatchObject([
      { location: 'path', pointer: '/pathParams/endUserId', rule: 'format', expected: 'format uuid', actual: '"user-1"' },
    ]);
  });

  it('check the card rule path parameter against the 1.114.5 rule types', () => {
    const request = (ruleType: string): HttpRequestShape => ({ pathParams: { cardId: SCA_DEVICE_ID, ruleType }, query: {}, headers: {} });
    expect(validators.validateRequest('deleteCardRule', request('DAILY_MAX_SPEND'))).toEqual([]);
    expect(validators.validateRequest('deleteCardRule', request('YEARLY_MAX_SPEND'))).toMatchObject([
      { location: 'path', pointer: '/pathParams/ruleType', rule: 'enum', actual: '"YEARLY_MAX_SPEND"' },
    ]);
  });

  it('accept the sensitive reads of the vendor and report a PIN that is not 4 digits', () => {
    expect(validators.validateResponse('getCardPanCredentials', json(200, { token: 't', secret: 's', ttl: 'PT1M' }))).toEqual([]);
    expect(validators.validateResponse('getCardPin', json(200, { pin: '1234' }))).toEqual([]);
    expect(validators.validateResponse('getCardPin', json(200, { pin: '12345' }))).toMatchObject([{ pointer: '/body/pin', rule: 'pattern' }]);
  });

  it('accept a full device registration and report a partial one', () => {
    expect(validators.validateResponse('registerScaDevice', json(201, registration))).toEqual([]);
    const partial = validators.validateResponse('registerScaDevice', json(201, { scaDeviceId: 'device-1' }));
    expect(partial.map((violation) => [violation.pointer, violation.rule])).toEqual([
      ['/body/activationQrCodeData', 'required'],
      ['/body/activationCode', 'required'],
      ['/body/activationCodeSignature', 'required'],
      ['/body/scaDeviceId', 'format'],
    ]);
  });

  it('accept an empty 204 activation and report one with a body', () => {
    expect(validators.validateResponse('activateScaDevice', { status: 204, headers: {} })).toEqual([]);
    expect(validators.validateResponse('activateScaDevice', json(204, { status: 'ACTIVE' }))).toMatchObject([
      { location: 'body', rule: 'body-not-allowed' },
    ]);
  });

  it('accept vendor error bodies and report those without errorCode, or a 400 without details', () => {
    const sca = {
      errorCode: 'SCA_REQUIRED',
      message: 'The operation you are trying to do requires SCA, current strategy PUSH_NOTIFICATION.',
      error: 'linkcy.conflict',
      status: 409,
      timestamp: TIMESTAMP,
    };
    expect(validators.validateResponse('registerScaDevice', json(409, sca))).toEqual([]);
    expect(validators.validateResponse('registerScaDevice', json(409, { code: 'SCA_REQUIRED', message: 'old shape' }))).toMatchObject([
      { pointer: '/body/errorCode', rule: 'required' },
      { pointer: '/body/error', rule: 'required' },
      { pointer: '/body/status', rule: 'required' },
      { pointer: '/body/timestamp', rule: 'required' },
    ]);
    // The vendor's 400 examples carry their message inside details[] only.
    const badRequest = { errorCode: 'ERROR_REQUEST', error: 'linkcy.bad.request', status: 400, timestamp: TIMESTAMP };
    const detail = { field: 'ledgerId', rejectedValue: null, message: 'must not be null' };
    expect(validators.validateResponse('createCard', json(400, { ...badRequest, details: [detail] }))).toEqual([]);
    expect(validators.validateResponse('createCard', json(400, badRequest))).toMatchObject([{ pointer: '/body/details', rule: 'required' }]);
  });

  it('report an undocumented status with the documented ones', () => {
    expect(validators.validateResponse('deleteScaDevice', { status: 418, headers: {} })).toMatchObject([
      { location: 'status', rule: 'undocumented-status', expected: expect.stringMatching(/^status 204, /), actual: '418' },
    ]);
  });

  it('never show credentials or tokens', () => {
    const login = validators.validateRequest('login', {
      pathParams: {},
      query: {},
      headers: {},
      body: { partnerName: 'acme', username: 'ada', password: ['hunter2-but-longer'] },
      contentType: 'application/json',
    });
    const refreshed = validators.validateResponse('refreshToken', json(200, { token: 42424242, refreshToken: ['rt-0123456789'] }));
    expect(login).toMatchObject([{ pointer: '/body/password', rule: 'type' }]);
    expect(refreshed).toMatchObject([
      { pointer: '/body/token', rule: 'type' },
      { pointer: '/body/refreshToken', rule: 'type' },
    ]);
    const everything = JSON.stringify([...login, ...refreshed]);
    for (const secret of ['hunter2-but-longer', '42424242', 'rt-0123456789']) expect(everything).not.toContain(secret);
  });
});
