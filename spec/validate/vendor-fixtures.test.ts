// Requests written from the vendor's own facts (the digest, /work/shared/sources/linkcy-api-reference.md),
// not from our document: a public partner client sends these, so the document must accept them.
import { describe, expect, it } from 'vitest';
import { getDefaultValidators, type HttpRequestShape } from './index.ts';

const validators = getDefaultValidators();
const LEDGER_ID = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const PROFILE_ID = '7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';

function post(body: unknown, headers: Record<string, string> = {}): HttpRequestShape {
  return { pathParams: {}, query: {}, headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln', ...headers }, body, contentType: 'application/json' };
}

describe('vendor request fixtures against the OpenAPI request schemas', () => {
  it('accept card creation with BY_PASS and the public partner body {ledgerId, profileId, nameOnCard, deliveryMethod} (OAS178@496k)', () => {
    const request = post({ ledgerId: LEDGER_ID, profileId: PROFILE_ID, nameOnCard: 'JANE DOE', deliveryMethod: 'FRENCH_MAIL' }, { 'Linkcy-SCA-Strategy': 'BY_PASS' });
    expect(validators.validateRequest('createCard', request)).toEqual([]);
  });

  it('accept a virtual card with friendlyName and rules, and a client that still sends the 1.78 factor header', () => {
    const body = { ledgerId: LEDGER_ID, profileId: PROFILE_ID, friendlyName: 'Travel', rules: [{ type: 'DAILY_MAX_SPEND', value: 500 }] };
    expect(validators.validateRequest('createCard', post(body, { 'Linkcy-SCA-Strategy': 'BY_PASS', 'Linkcy-SCA-Factor': 'BIOMETRY' }))).toEqual([]);
  });

  it('accept consumer creation without a bearer, with partnerName (P-CONS; OAS178@160k)', () => {
    const request = { ...post({ phone: '33123456789', partnerName: 'acme', firstName: 'Jane', lastName: 'Doe', emailAddress: 'jane@example.com' }), headers: {} };
    expect(validators.validateRequest('createConsumer', request)).toEqual([]);
  });

  it('accept partner login with username (1.78, R-PAUTH) and with userName (1.114.5 guide, G-PAUTH), and consumer login', () => {
    const anonymous = (body: unknown): HttpRequestShape => ({ ...post(body), headers: {} });
    expect(validators.validateRequest('login', anonymous({ partnerName: 'acme', username: 'ada', password: 'secret-1' }))).toEqual([]);
    expect(validators.validateRequest('login', anonymous({ partnerName: 'acme', userName: 'ada', password: 'secret-1' }))).toEqual([]);
    expect(validators.validateRequest('login', anonymous({ partnerName: 'acme', consumerPhone: '33123456789', password: 'secret-1' }))).toEqual([]);
  });

  it('refuse a login that names nobody, naming the three accepted shapes', () => {
    const violations = validators.validateRequest('login', { ...post({ partnerName: 'acme', password: 'secret-1' }), headers: {} });
    expect(violations).toHaveLength(1);
    expect(violations[0]?.message).toContain(
      'must be valid against at least one of partner login with username, partner login with userName, consumer login with consumerPhone',
    );
  });

  it('accept refresh with the refresh token in the body, no bearer, and the SCA headers (P-AUTH)', () => {
    const request = { ...post({ refreshToken: 'eyJhbGciOiJIUzI1NiJ9.e30.cmVm' }), headers: { 'Linkcy-SCA-Strategy': 'BY_PASS' } };
    expect(validators.validateRequest('refreshToken', request)).toEqual([]);
  });

  it('accept the payment bodies of the vendor (OAS178@368k, @32k) with a numeric amount', () => {
    const transaction = { amount: 12.5, beneficiaryId: PROFILE_ID, ledgerFromId: LEDGER_ID, reference: 'Rent', allowFastPayment: true };
    expect(validators.validateRequest('createTransaction', post(transaction, { 'Linkcy-SCA-Strategy': 'BY_PASS' }))).toEqual([]);
    const interLedger = { ledgerFromId: LEDGER_ID, ledgerToId: PROFILE_ID, amount: 3 };
    expect(validators.validateRequest('createInterLedgerTransaction', post(interLedger))).toEqual([]);
    expect(validators.validateRequest('createTransaction', post({ ...transaction, amount: '12.5' }))).toMatchObject([{ pointer: '/body/amount', rule: 'type' }]);
  });
});
