import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as referenceClient } from '../../examples/reference-client/run.ts';
import { runJudgeCommand } from '../cli/judge-command.ts';
import { runServe } from '../cli/serve-command.ts';
import { startSimulator, type SimulatorHandle } from '../simulator/index.ts';
import { startAppStandInFor, type AppStandIn } from './app-stand-in.ts';
import type { ClientEnvironment } from './contract.ts';
import { startRecordingProxy } from './recording-proxy.ts';
import { readRecordingFile, startRecordingFile } from './recording.ts';
import { recordSimulator, type SimulatorRecording } from './simulator-recording.ts';
import { FAULTY_CLIENTS } from './test-fixtures/faulty-clients.ts';

// Passive mode: a partner's own session, recorded by the simulator (`serve --record`) or by the
// recording proxy in front of any LinkCy URL, then `linkcy-sca judge FILE`. The reference client's
// session is judged green, a faulty client's red.

const dir = mkdtempSync(join(tmpdir(), 'linkcy-passive-'));
let simulator: SimulatorHandle;
let app: AppStandIn;
let recording: SimulatorRecording;
const simulatorFile = join(dir, 'simulator.jsonl');

beforeAll(async () => {
  recording = recordSimulator(simulatorFile, { profile: 'sandbox', signatureTtlMs: 30_000 });
  simulator = await startSimulator({ clock: 'manual', onExchange: (exchange) => recording.onExchange(exchange) });
  recording.attach(simulator);
  app = await startAppStandInFor(simulator);
});

afterAll(async () => {
  await app.stop();
  await simulator.stop();
});

function environment(baseUrl: string, scenario: string, input: Record<string, string | number>): ClientEnvironment {
  return {
    LINKCY_SCENARIO: scenario,
    LINKCY_BASE_URL: baseUrl,
    LINKCY_PARTNER_NAME: simulator.info.partner.partnerName,
    LINKCY_USERNAME: simulator.info.partner.username,
    LINKCY_PASSWORD: simulator.info.partner.password,
    LINKCY_APP_URL: app.url,
    LINKCY_INPUT: JSON.stringify(input),
  };
}

const BUSINESS_SCENARIOS = ['create-card', 'read-pin', 'pan-credentials', 'add-beneficiary', 'transfer-to-beneficiary'];

/** The reference client's integration session: first device, an extra one (signed), the signed business calls (two GETs), delete the first. */
async function referenceSession(baseUrl: string): Promise<void> {
  const scene = simulator.control.createScene();
  const { endUserId } = scene;
  const first = await referenceClient('onboard-first-device', environment(baseUrl, 'onboard-first-device', { endUserId }));
  expect(first).toMatchObject({ ok: true });
  const scaDeviceId = deviceOf(first);
  expect(await referenceClient('onboard-extra-device', environment(baseUrl, 'onboard-extra-device', { endUserId, scaDeviceId }))).toMatchObject({ ok: true });
  const input = { endUserId, scaDeviceId, ledgerId: scene.ledgerId, profileId: scene.virtualCardProfileId, cardId: scene.cardId, beneficiaryId: scene.beneficiaryId, amount: 12.5 };
  for (const scenario of BUSINESS_SCENARIOS) expect(await referenceClient(scenario, environment(baseUrl, scenario, input)), scenario).toMatchObject({ ok: true });
  expect(await referenceClient('delete-device', environment(baseUrl, 'delete-device', { endUserId, scaDeviceId }))).toEqual({ ok: true });
}

function deviceOf(outcome: Record<string, unknown>): string {
  expect(outcome).toMatchObject({ ok: true });
  return String(outcome.scaDeviceId);
}

function judge(file: string, options: { profile?: string } = {}): { exitCode: number; lines: string[] } {
  const lines: string[] = [];
  const exitCode = runJudgeCommand(file, options, (line) => lines.push(line));
  return { exitCode, lines };
}

const faulty = (defect: string) => {
  const client = FAULTY_CLIENTS.find((candidate) => candidate.defect === defect);
  if (client === undefined) throw new Error(`no faulty client "${defect}"`);
  return client;
};

describe('passive mode', () => {
  it('serve --record: the reference client session is judged green, without a secret in the file', async () => {
    await referenceSession(simulator.url);
    const { exitCode, lines } = judge(simulatorFile);
    expect(lines.at(-1)).toMatch(/^\d+ exchanges judged, 0 findings$/);
    expect(exitCode).toBe(0);
    const text = readFileSync(simulatorFile, 'utf8');
    expect(text).not.toContain(simulator.info.partner.password);
    expect(text).not.toMatch(/pa_signature=/);
    const signed = readRecordingFile(simulatorFile).exchanges.filter((exchange) => exchange.facts.signature !== null);
    expect(new Set(signed.map((exchange) => exchange.operationId))).toEqual(
      new Set(['registerScaDevice', 'createCard', 'getCardPin', 'getCardPanCredentials', 'createBeneficiary', 'createTransaction']),
    );
    // The PIN and the PAN credentials' secret are kept as redactions only.
    const answerOf = (operationId: string) => signed.find((exchange) => exchange.operationId === operationId)?.responseBody;
    expect(answerOf('getCardPin')).toMatch(/^\{"pin":"\[REDACTED/);
    expect(answerOf('getCardPanCredentials')).toMatch(/"secret":"\[REDACTED/);
  });

  it('serve --record: a client that leaks its token in the URL is judged red (SCA-CLI-009)', async () => {
    const file = join(dir, 'leak.jsonl');
    recording = recordSimulator(file, { profile: 'sandbox', signatureTtlMs: 30_000 });
    recording.attach(simulator);
    const { endUserId } = simulator.control.createConsumer();
    const device = await referenceClient('onboard-first-device', environment(simulator.url, 'onboard-first-device', { endUserId }));
    const scaDeviceId = deviceOf(device);
    await faulty('leaks the token in a query string').run('delete-device', environment(simulator.url, 'delete-device', { endUserId, scaDeviceId }));
    const { exitCode, lines } = judge(file);
    expect(exitCode).toBe(1);
    expect(lines.filter((line) => line.startsWith('SCA-'))).toEqual([expect.stringMatching(/^SCA-CLI-009 no-secret-in-url #\d+ DELETE \/api\/partner\/sca-devices\/.*access_token=\[REDACTED/)]);
  });

  it('the recording proxy in front of a LinkCy URL: green for the reference client, red for BY_PASS in production', async () => {
    const file = join(dir, 'proxy.jsonl');
    const proxy = await startRecordingProxy({ upstream: simulator.url, operations: simulator.operations, write: startRecordingFile(file, { profile: 'sandbox', signatureTtlMs: 30_000 }) });
    try {
      await referenceSession(proxy.url);
      expect(judge(file).exitCode).toBe(0);
      const { endUserId } = simulator.control.createConsumer();
      const device = await referenceClient('onboard-first-device', environment(proxy.url, 'onboard-first-device', { endUserId }));
      const scaDeviceId = deviceOf(device);
      await faulty('sends BY_PASS in production').run('production-profile', environment(proxy.url, 'production-profile', { endUserId, scaDeviceId }));
      const { exitCode, lines } = judge(file, { profile: 'production' });
      expect(exitCode).toBe(1);
      expect(new Set(lines.filter((line) => line.startsWith('SCA-')).map((line) => line.split(' ').slice(0, 2).join(' ')))).toEqual(
        new Set(['SCA-CLI-006 no-bypass-in-production']),
      );
    } finally {
      await proxy.stop();
    }
  });

  it('`serve --record FILE` writes the header line and each exchange as it happens', async () => {
    const file = join(dir, 'serve.jsonl');
    const stop = new AbortController();
    const stdout: string[] = [];
    const running = runServe({ port: 0, control: false }, { stdout: (line) => stdout.push(line), stderr: () => undefined, stop: stop.signal }, file);
    await expect.poll(() => stdout.length).toBe(1);
    const { url } = JSON.parse(stdout[0] ?? '{}') as { url: string };
    await fetch(`${url}/api/partner/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"partnerName":"x","username":"y","password":"wrong-password"}' });
    const recorded = readRecordingFile(file);
    expect(recorded.header).toMatchObject({ profile: 'sandbox', signatureTtlMs: 30_000 });
    expect(recorded.exchanges.map(({ operationId, status }) => ({ operationId, status }))).toEqual([{ operationId: 'login', status: 401 }]);
    expect(readFileSync(file, 'utf8')).not.toContain('wrong-password');
    stop.abort();
    await running;
  });

  it('refuses a file that is not a recording, naming the line', () => {
    expect(() => judge(join(dir, 'missing.jsonl'))).toThrow(/no such file/);
    const file = join(dir, 'bad.jsonl');
    startRecordingFile(file, { profile: 'sandbox', signatureTtlMs: 30_000 })({ kind: 'nonsense' } as never);
    expect(() => judge(file)).toThrow(/line 2: expected a JSON object with "kind" "exchange" or "app-signature"/);
    const partial = join(dir, 'partial.jsonl');
    startRecordingFile(partial, { profile: 'sandbox', signatureTtlMs: 30_000 })({ kind: 'exchange', id: 1, method: 'GET' } as never);
    expect(() => judge(partial)).toThrow(/line 2: at must be a number \(ms\); target must be a path starting with \/; status must be a number/);
  });
});
