import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PactV3 } from '@pact-foundation/pact';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../conformance/cli/main.ts';
import { runCheckPactCommand } from '../../conformance/cli/check-pact-command.ts';
import { UsageError } from '../../conformance/cli/usage-error.ts';
import { DEFAULT_TARGET_PROFILE } from '../../spec/profile/index.ts';
import { REFERENCE_PACT_PATH } from '../consumer/pact-file.ts';
import { ContractBuilder, EXAMPLE_VALUES } from '../interactions.ts';
import { testDeviceSignature } from '../test-device.ts';
import { checkPact, type PactRule } from './check-pact.ts';
import { PactFileError, parsePact, readPactFile } from './read-pact.ts';

const V3_PACT = new URL('./fixtures/v3-other-consumer.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'linkcy-check-pact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface V4Interaction {
  description: string;
  request: { method: string; path: string; headers: Record<string, string[]>; body?: { content: Record<string, unknown> } };
  response: { status: number; body?: { content: Record<string, unknown> } };
}

/** The reference pact with one interaction broken by `edit`. */
function brokenPact(description: string, edit: (interaction: V4Interaction) => void): unknown {
  const pact = JSON.parse(readFileSync(REFERENCE_PACT_PATH, 'utf8')) as { interactions: V4Interaction[] };
  const interaction = pact.interactions.find((candidate) => candidate.description === description);
  if (interaction === undefined) throw new Error(`no interaction ${description} in the reference pact`);
  edit(interaction);
  return pact;
}

function findingsOf(pact: unknown): { interaction: string; providerStates: readonly string[]; field: string; rule: PactRule; message: string }[] {
  return [...checkPact(parsePact(pact)).findings];
}

describe('check-pact', () => {
  it('finds the reference pact and a V3 pact of another consumer clean', () => {
    expect(checkPact(readPactFile(REFERENCE_PACT_PATH)).findings).toEqual([]);
    const v3 = checkPact(readPactFile(V3_PACT));
    expect(v3).toMatchObject({ consumer: 'partner-mobile-backend', specification: '3.0.0', interactions: 3, findings: [] });
  });

  it('finds a V3 pact written by pact-js (PactV3) clean', async () => {
    const builder = new ContractBuilder();
    for (const interaction of [builder.scaInteraction('createCard', 'data-signing'), builder.scaInteraction('getCardPin', 'sca-required')]) {
      const { request, response, sends } = interaction;
      const pact = new PactV3({ consumer: 'v3-consumer', provider: 'linkcy', dir, logLevel: 'error' });
      pact
        .given(interaction.providerStates[0]?.name ?? '')
        .uponReceiving(interaction.description)
        .withRequest({ method: request.method, path: request.path as string, headers: request.headers as Record<string, string>, ...(request.body === undefined ? {} : { body: request.body }) })
        .willRespondWith({ status: response.status, headers: response.headers as Record<string, string>, body: response.body });
      await pact.executeTest(async (mockServer) => {
        const body = sends.body === undefined ? undefined : JSON.stringify(sends.body);
        const headers: Record<string, string> = { authorization: `Bearer ${EXAMPLE_VALUES.partnerToken}` };
        if (body !== undefined) headers['content-type'] = 'application/json';
        if (sends.strategy !== undefined) headers['linkcy-sca-strategy'] = sends.strategy;
        if (sends.signed) headers['linkcy-sca-signature'] = testDeviceSignature({ method: sends.method, uri: sends.path, ...(body === undefined ? {} : { body }) });
        await fetch(mockServer.url + sends.path, { method: sends.method, headers, ...(body === undefined ? {} : { body }) });
      });
    }
    const result = checkPact(readPactFile(join(dir, 'v3-consumer-linkcy.json')));
    expect(result).toMatchObject({ specification: '3.0.0', interactions: 2, findings: [] });
  }, 60_000);

  const BROKEN: readonly { name: string; description: string; edit: (interaction: V4Interaction) => void; rule: PactRule; field: string }[] = [
    {
      name: 'an undocumented path',
      description: 'createCard: data-signing',
      edit: (interaction) => void (interaction.request.path = '/api/partner/card'),
      rule: 'path-documented',
      field: 'request.path',
    },
    {
      name: 'an undocumented method on a documented path',
      description: 'deleteScaDevice: delete-device',
      edit: (interaction) => void (interaction.request.method = 'PATCH'),
      rule: 'method-documented',
      field: 'request.method',
    },
    {
      name: 'a wrong status for SCA_REQUIRED',
      description: 'createCard: sca-required',
      edit: (interaction) => void (interaction.response.status = 400),
      rule: 'error-code-status',
      field: 'response.status',
    },
    {
      name: 'an undocumented status',
      description: 'getCardPin: data-signing',
      edit: (interaction) => void (interaction.response.status = 202),
      rule: 'response-status',
      field: 'response.status',
    },
    {
      name: 'a missing required response field',
      description: 'registerScaDevice: register-first-device',
      edit: (interaction) => void delete interaction.response.body?.content.activationCode,
      rule: 'response-body',
      field: 'response.body/activationCode',
    },
    {
      name: 'a strategy outside the enum',
      description: 'createCard: data-signing',
      edit: (interaction) => void (interaction.request.headers['Linkcy-SCA-Strategy'] = ['SMS_OTP']),
      rule: 'strategy-enum',
      field: 'request.headers.linkcy-sca-strategy',
    },
    {
      name: 'an error code not in the catalogue',
      description: 'createCard: signature-mismatch',
      edit: (interaction) => void ((interaction.response.body ?? { content: {} }).content.errorCode = 'SCA_SIGNATURE_EXPIRED'),
      rule: 'error-code-catalogued',
      field: 'response.body.errorCode',
    },
    {
      name: 'a request body that violates the schema',
      description: 'createCard: data-signing',
      edit: (interaction) => void delete interaction.request.body?.content.ledgerId,
      rule: 'request-body',
      field: 'request.body/ledgerId',
    },
    {
      name: 'a malformed signature header (escaped quotes)',
      description: 'createCard: data-signing',
      edit: (interaction) => void (interaction.request.headers['Linkcy-SCA-Signature'] = (interaction.request.headers['Linkcy-SCA-Signature'] ?? []).map((value) => value.replaceAll('"', '\\"'))),
      rule: 'signature-grammar',
      field: 'request.headers.linkcy-sca-signature',
    },
    {
      name: 'no bearer on a secured operation',
      description: 'deleteScaDevice: delete-device',
      edit: (interaction) => void delete interaction.request.headers.Authorization,
      rule: 'bearer-present',
      field: 'request.headers.authorization',
    },
  ];

  it.each(BROKEN)('catches $name, naming the interaction, its provider states, the field and the rule', ({ description, edit, rule, field }) => {
    const findings = findingsOf(brokenPact(description, edit));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.interaction === description)).toBe(true);
    expect(findings).toContainEqual(expect.objectContaining({ rule, field, providerStates: expect.arrayContaining([expect.stringMatching(/^an end user/)]) }));
  });

  it('reads the status of an error code under the target profile', () => {
    const pact = brokenPact('createCard: signature-mismatch', (interaction) => void (interaction.response.status = 403));
    expect(checkPact(parsePact(pact)).findings.map((finding) => finding.rule)).toContain('error-code-status');
    const profiled = checkPact(parsePact(pact), { expect: { ...DEFAULT_TARGET_PROFILE, signatureMismatchStatus: 403 } }).findings;
    // Under that profile the edited interaction is right, and every other mismatch at 401 is wrong.
    expect(profiled.filter((finding) => finding.interaction === 'createCard: signature-mismatch')).toEqual([]);
    expect(profiled.filter((finding) => finding.rule === 'error-code-status').length).toBe(10);
  });

  it('reads V4 bodies encoded in Base64 and skips non-HTTP interactions', () => {
    const body = { ledgerId: 'not-a-uuid', profileId: '4f6b8cad-3d5e-4e7f-9a1b-2c3d4e5f6071' };
    const pact = {
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [
        { type: 'Asynchronous/Messages', description: 'a message', contents: {} },
        {
          type: 'Synchronous/HTTP',
          description: 'encoded',
          request: {
            method: 'POST',
            path: '/api/partner/cards',
            headers: { Authorization: ['Bearer x'] },
            body: { content: Buffer.from(JSON.stringify(body)).toString('base64'), contentType: 'application/json', encoded: 'base64' },
          },
          response: { status: 201, body: { content: { id: '3e1f9c2a-7b4d-4a6e-9c8b-1d2e3f4a5b6c' }, contentType: 'application/json', encoded: false } },
        },
      ],
      metadata: { pactSpecification: { version: '4.0' } },
    };
    const result = checkPact(parsePact(pact));
    expect(result.skipped).toEqual(['a message']);
    expect(result.findings).toEqual([expect.objectContaining({ interaction: 'encoded', rule: 'request-body', field: 'request.body/ledgerId' })]);
  });

  it.each([
    ['[]', /\(root\): must be a JSON object/],
    ['{"consumer":{"name":"c"},"provider":{"name":"p"}}', /interactions: must be an array/],
    ['{"consumer":{},"provider":{"name":"p"},"interactions":[]}', /consumer.name: must be a non-empty string/],
    ['{"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"description":"d","request":{"method":"GET","path":"/x"},"response":{"status":"200"}}]}', /interactions\[0\]\.response\.status: must be an HTTP status/],
    ['{"consumer":{"name":"c"},"provider":{"name":"p"},"interactions":[{"description":"d","request":{"method":"GET","path":"/x","headers":{"A":1}},"response":{"status":200}}]}', /interactions\[0\]\.request\.headers\.A: must be a string/],
  ])('refuses the invalid pact %s naming the field', (text, message) => {
    expect(() => parsePact(JSON.parse(text))).toThrow(PactFileError);
    expect(() => parsePact(JSON.parse(text))).toThrow(message);
  });
});

describe('linkcy-sca check-pact', () => {
  it('exits 0 on a clean pact, 1 with a line per finding, and prints JSON with --json', () => {
    const lines: string[] = [];
    expect(runCheckPactCommand(V3_PACT, {}, (line) => lines.push(line))).toBe(0);
    expect(lines.at(-1)).toBe('partner-mobile-backend -> linkcy (pact 3.0.0): 3 interactions checked, 0 findings');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(brokenPact('createCard: sca-required', (interaction) => void (interaction.response.status = 400))));
    lines.length = 0;
    expect(runCheckPactCommand(broken, {}, (line) => lines.push(line))).toBe(1);
    expect(lines).toContain('SCA-ERR-002 error-code-status "createCard: sca-required" [given "an end user with an active SCA device"] response.status: SCA_REQUIRED comes with 409, not 400');
    lines.length = 0;
    expect(runCheckPactCommand(broken, { json: true }, (line) => lines.push(line))).toBe(1);
    expect(JSON.parse(lines.join('\n'))).toMatchObject({ findings: expect.arrayContaining([expect.objectContaining({ rule: 'error-code-status' })]) });
  });

  it('exits 2 with the reason on a file that is missing, not JSON or not a pact', async () => {
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ nope');
    expect(() => runCheckPactCommand(join(dir, 'missing.json'), {}, () => undefined)).toThrow(new UsageError(`${join(dir, 'missing.json')}: no such file`));
    expect(() => runCheckPactCommand(notJson, {}, () => undefined)).toThrow(/not JSON/);
    expect(await main(['check-pact', notJson])).toBe(2);
  });
});
