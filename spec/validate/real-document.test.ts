import { describe, expect, it } from 'vitest';
import { OPERATION_IDS } from '../openapi/index.ts';
import { getDefaultValidators, type HttpRequestShape, type HttpResponseShape } from './index.ts';

const END_USER_ID = '0b6f2c1e-6a43-4c1f-9d7e-2f5a8c3b1d90';
const SCA_DEVICE_ID = 'd791c6b4-56ca-4e8c-b392-93c03b92b30b';

const validators = getDefaultValidators();

function createCard(overrides: Partial<HttpRequestShape> = {}): HttpRequestShape {
  return {
    pathParams: {},
    query: {},
    headers: { Authorization: 'Bearer partner-token', 'Linkcy-SCA-Strategy': 'BY_PASS', 'Linkcy-SCA-Factor': 'BIOMETRY' },
    body: { endUserId: END_USER_ID, type: 'VIRTUAL', label: 'travel' },
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
    expect(validators.operationIds()).toEqual([...OPERATION_IDS]);
    expect(getDefaultValidators()).toBe(validators);
  });

  it('accept a card creation that follows the document', () => {
    expect(validators.validateRequest('createCard', createCard())).toEqual([]);
  });

  it('report SCA header values outside their enums', () => {
    const headers = { 'Linkcy-SCA-Strategy': 'push', 'linkcy-sca-factor': 'PIN' };
    expect(validators.validateRequest('createCard', createCard({ headers })).map((violation) => violation.message)).toEqual([
      'header Linkcy-SCA-Strategy: must be one of PUSH_NOTIFICATION, DATA_SIGNING, BY_PASS (received "push")',
      'header Linkcy-SCA-Factor: must be one of KNOWLEDGE, BIOMETRY (received "PIN")',
    ]);
  });

  it('report card bodies with a missing end user or an unknown card type', () => {
    expect(validators.validateRequest('createCard', createCard({ body: { type: 'PLASTIC' } }))).toMatchObject([
      { pointer: '/body/endUserId', rule: 'required' },
      { pointer: '/body/type', rule: 'enum', expected: 'one of VIRTUAL, PHYSICAL', actual: '"PLASTIC"' },
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

  it('check the sensitive-data fields against their pattern', () => {
    const request = (fields: string): HttpRequestShape => ({ pathParams: { cardId: SCA_DEVICE_ID }, query: { fields }, headers: {} });
    expect(validators.validateRequest('getCardSensitiveData', request('pan,expiry'))).toEqual([]);
    expect(validators.validateRequest('getCardSensitiveData', request('pin'))).toMatchObject([
      { location: 'query', pointer: '/query/fields', rule: 'pattern', actual: '"pin"' },
    ]);
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

  it('accept error bodies carrying code and message, and report those without a code', () => {
    const sca = { code: 'SCA_REQUIRED', message: 'The operation you are trying to do requires SCA, current strategy PUSH_NOTIFICATION.' };
    expect(validators.validateResponse('registerScaDevice', json(409, sca))).toEqual([]);
    expect(validators.validateResponse('registerScaDevice', json(409, { message: 'no code' }))).toMatchObject([
      { pointer: '/body/code', rule: 'required' },
    ]);
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
