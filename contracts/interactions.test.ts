import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV4 } from '@pact-foundation/pact';
import { afterAll, describe, expect, it } from 'vitest';
import { addInteraction } from './add-interaction.ts';
import { checkPact } from './check/check-pact.ts';
import { readPactFile } from './check/read-pact.ts';
import { ContractBuilder, EXAMPLE_VALUES, SCA_CASES, type ContractInteraction } from './interactions.ts';
import { DEFAULT_TARGET_PROFILE } from '../spec/profile/index.ts';
import { PROVIDER_STATE_LIST } from './provider-states.ts';
import { testDeviceSignature } from './test-device.ts';

const builder = new ContractBuilder();
const all = builder.all();
const dir = mkdtempSync(join(tmpdir(), 'linkcy-builders-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A consumer that sends exactly what the interaction says: the builders alone are under test. */
async function send(interaction: ContractInteraction, baseUrl: string): Promise<Response> {
  const { sends } = interaction;
  const body = sends.body === undefined ? undefined : JSON.stringify(sends.body);
  const headers: Record<string, string> = {};
  if (sends.bearer) headers.authorization = `Bearer ${EXAMPLE_VALUES.partnerToken}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (sends.strategy !== undefined) headers['linkcy-sca-strategy'] = sends.strategy;
  if (sends.signed) headers['linkcy-sca-signature'] = testDeviceSignature({ method: sends.method, uri: sends.path, ...(body === undefined ? {} : { body }) });
  return fetch(`${baseUrl}${sends.path}`, { method: sends.method, headers, ...(body === undefined ? {} : { body }) });
}

describe('the interaction builders', () => {
  it('cover every SCA case of every SCA-eligible operation, and the device lifecycle', () => {
    const operations = builder.scaOperations();
    expect(operations).toContain('createCard');
    expect(operations).toContain('registerScaDevice');
    for (const operationId of operations) {
      const cases = all.filter((interaction) => interaction.operationId === operationId).map((interaction) => interaction.description.split(': ')[1]);
      expect(cases, operationId).toEqual(expect.arrayContaining(SCA_CASES.filter((name) => name !== 'token-expired' || operationId !== 'refreshToken')));
    }
    expect(all.map((interaction) => interaction.operationId)).toEqual(expect.arrayContaining(['activateScaDevice', 'deleteScaDevice']));
  });

  it('name only the listed provider states, and use every one of them', () => {
    const used = new Set(all.flatMap((interaction) => interaction.providerStates.map((state) => state.name)));
    expect([...used].sort()).toEqual(PROVIDER_STATE_LIST.map((state) => state.name).sort());
  });

  it('take the answer from the decision table and the matchers from the document', () => {
    const card = builder.scaInteraction('createCard', 'sca-required');
    expect(card.outcome).toMatchObject({ kind: 'error', code: 'SCA_REQUIRED', status: 409 });
    expect(card.response.body).toMatchObject({ errorCode: { 'pact:matcher:type': 'equality', value: 'SCA_REQUIRED' }, error: { 'pact:matcher:type': 'regex', regex: '^linkcy\\.[a-z.]+$' } });
    const registration = builder.scaInteraction('registerScaDevice', 'data-signing');
    expect(registration.response.body).toMatchObject({ scaDeviceId: { 'pact:matcher:type': 'regex' } });
    const body = builder.scaInteraction('createCard', 'data-signing').request.body;
    expect(body).toMatchObject({
      ledgerId: { 'pact:generator:type': 'ProviderState', expression: '${ledgerId}' },
      deliveryMethod: { 'pact:matcher:type': 'regex', value: 'FRENCH_MAIL' },
    });
  });

  it('follow a target profile: a signature mismatch answered 403 where the profile says so', () => {
    const profiled = new ContractBuilder({ expect: { ...DEFAULT_TARGET_PROFILE, signatureMismatchStatus: 403 } });
    expect(profiled.scaInteraction('createCard', 'signature-mismatch').outcome).toMatchObject({ status: 403, code: 'SCA_SIGNATURE_DOES_NOT_MATCH' });
  });

  it('follow the target\'s paths', () => {
    const moved = new ContractBuilder({ paths: { createCard: '/v2/cards' } }).scaInteraction('createCard', 'data-signing');
    expect(moved.sends.path).toBe('/v2/cards');
    expect(moved.outcome).toMatchObject({ kind: 'success', status: 201 });
  });

  it('all play against the Pact mock server and give a pact check-pact finds clean', async () => {
    for (const interaction of all) {
      const pact = new PactV4({ consumer: 'builders-test', provider: 'linkcy-sca-api', dir, logLevel: 'error' });
      await addInteraction(pact, interaction).executeTest(async (mockServer) => {
        const response = await send(interaction, mockServer.url);
        expect(response.status, interaction.description).toBe(interaction.outcome.status);
      });
    }
    const result = checkPact(readPactFile(join(dir, 'builders-test-linkcy-sca-api.json')));
    expect(result.interactions).toBe(all.length);
    expect(result.findings).toEqual([]);
  }, 120_000);
});
