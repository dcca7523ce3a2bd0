import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultValidators } from '../spec/validate/index.ts';
import { createCardBodyArbitrary } from './create-card-body.arbitrary.ts';
import { expectErrorNamingApi, expectSameValuesForSameSeed, sampleOf } from './test-support/properties.ts';

const END_USER_ID = '0b6f2c1e-6a43-4c1f-9d7e-2f5a8c3b1d90';

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

  it('keeps the end user asked for, and draws both card types, with and without a label', () => {
    const bodies = sampleOf(createCardBodyArbitrary({ endUserId: END_USER_ID }), 200);
    expect(bodies.every((body) => body.endUserId === END_USER_ID)).toBe(true);
    expect(new Set(bodies.map((body) => body.type))).toEqual(new Set(['VIRTUAL', 'PHYSICAL']));
    expect(bodies.some((body) => body.label === undefined)).toBe(true);
    expect(bodies.some((body) => body.label !== undefined)).toBe(true);
  });

  it('refuses an end user id that is not a UUID, naming the API', () => {
    expectErrorNamingApi('createCardBodyArbitrary', () => createCardBodyArbitrary({ endUserId: 'user-1' }));
  });
});
