import { describe, expect, it } from 'vitest';
import { PactFileError, parsePact } from './pact-file.ts';

// verify-pact accepts pacts of any consumer: the provider states of every specification's shape.

describe('parsePact', () => {
  it('reads V4 states with params, V3 states, a V2 providerState, and tells HTTP from message interactions', () => {
    const pact = parsePact(
      {
        consumer: { name: 'app' },
        provider: { name: 'linkcy' },
        metadata: { pactSpecification: { version: '4.0' } },
        interactions: [
          { type: 'Synchronous/HTTP', key: 'k1', description: 'v4', providerStates: [{ name: 'a', params: { id: 1 } }, { name: 'b' }] },
          { description: 'v3', providerStates: [{ name: 'c' }] },
          { description: 'v2', providerState: 'd' },
          { type: 'Asynchronous/Messages', description: 'message' },
        ],
      },
      'pact.json',
    );
    expect(pact.specification).toBe('4.0');
    expect(pact.interactions.map((interaction) => interaction.providerStates)).toEqual([
      [{ name: 'a', params: { id: 1 } }, { name: 'b', params: {} }],
      [{ name: 'c', params: {} }],
      [{ name: 'd', params: {} }],
      [],
    ]);
    expect(pact.interactions.map((interaction) => interaction.http)).toEqual([true, true, true, false]);
    expect(pact.interactions[0]?.key).toBe('k1');
  });

  it('reads the V2 metadata spelling of the specification', () => {
    expect(parsePact({ interactions: [], metadata: { 'pact-specification': { version: '2.0.0' } } }, 'p').specification).toBe('2.0.0');
  });

  it.each([
    [[], 'pact.json: expected a JSON object (a Pact file)'],
    [{ interactions: {} }, 'pact.json: "interactions" must be an array; this is not a Pact file'],
    [{ interactions: [{}] }, 'pact.json: interactions[0].description: expected a non-empty string'],
    [{ interactions: [{ description: 'x', providerStates: 'a' }] }, 'pact.json: interactions[0].providerStates: expected an array'],
    [{ interactions: [{ description: 'x', providerStates: [{ params: {} }] }] }, 'pact.json: interactions[0].providerStates[0].name: expected a string'],
  ])('%j is refused naming the field', (json, message) => {
    expect(() => parsePact(json, 'pact.json')).toThrow(new PactFileError(message));
  });
});
