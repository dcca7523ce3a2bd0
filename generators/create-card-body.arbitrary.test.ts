import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultValidators } from '../spec/validate/index.ts';
import { createCardBodyArbitrary } from './create-card-body.arbitrary.ts';
import { expectErrorNamingApi, expectSameValuesForSameSeed, sampleOf } from './test-support/properties.ts';

const LEDGER_ID = '0b6f2c1e-6a43-4c1f-9d7e-2f5a8c3b1d90';
const PROFILE_ID = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('createCardBodyArbitrary', () => {
  it('gives the same values for the same seed', () => {
    expectSameValuesForSameSeed(createCardBodyArbitrary());
  });

  it('gives bodies valid against the OpenAPI createCard schema', () => {
    const validators = getDefaultValidators();
    fc.assert(
      fc.property(createCardBodyArbitrary(), (body) => {
        const request = { pathParams: {}, query: {}, headers: { authorization: 'Bearer partner-token' }, body: JSON.parse(JSON.stringify(body)) as unknown, contentType: 'application/json' };
        expect(validators.validateRequest('createCard', request)).toEqual([]);
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it('keeps the ledger and profile asked for, with and without each optional field', () => {
    const bodies = sampleOf(createCardBodyArbitrary({ ledgerId: LEDGER_ID, profileId: PROFILE_ID }), 200);
    expect(bodies.every((body) => body.ledgerId === LEDGER_ID && body.profileId === PROFILE_ID)).toBe(true);
    for (const field of ['nameOnCard', 'friendlyName', 'deliveryMethod'] as const) {
      expect(bodies.some((body) => body[field] === undefined), field).toBe(true);
      expect(bodies.some((body) => body[field] !== undefined), field).toBe(true);
    }
  });

  it('refuses a ledger or profile id that is not a UUID, naming the API', () => {
    expectErrorNamingApi('createCardBodyArbitrary', () => createCardBodyArbitrary({ ledgerId: 'ledger-1' }));
    expectErrorNamingApi('createCardBodyArbitrary', () => createCardBodyArbitrary({ profileId: 'profile-1' }));
  });
});
