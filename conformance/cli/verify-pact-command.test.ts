import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROVIDER_STATES } from '../../contracts/provider-states.ts';
import { startSimulator, type SimulatorDefect, type SimulatorHandle } from '../simulator/index.ts';
import { main } from './main.ts';
import { parseVerifyPactOptions, runVerifyPact } from './verify-pact-command.ts';

// verify-pact end to end: the Pact verifier in its worker process, against the embedded
// simulator or a simulator started here and given by URL. Each run forks a worker (the Pact core
// loads in it), so the runs are few and each checks everything it can.

const FIXTURE = 'contracts/test-fixtures/verify-pact/signed-flows.pact.json';
const SLOW = 180_000;

interface Run {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function verify(pactFile: string, options: { target: string; simulatorInfo?: string; resign?: boolean }, defects?: readonly SimulatorDefect[]): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const run = parseVerifyPactOptions(pactFile, { target: options.target, resign: options.resign ?? true, ...(options.simulatorInfo === undefined ? {} : { simulatorInfo: options.simulatorInfo }) });
  const exitCode = await runVerifyPact(run, { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line) }, defects);
  return { exitCode, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** The line of one interaction and the indented lines under it. */
function blockOf(output: string, description: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.includes(`  ${description}`));
  if (start < 0) throw new Error(`no line for "${description}" in:\n${output}`);
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('      '));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The fixture with `change` applied, written to a file of its own. */
function variant(dir: string, name: string, change: (pact: { interactions: Record<string, any>[] }) => void): string {
  const pact = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  change(pact);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-pact-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verify-pact against a simulator given by URL and --simulator-info', () => {
  let simulator: SimulatorHandle;
  let infoFile: string;
  beforeAll(async () => {
    simulator = await startSimulator({ control: true, clock: 'manual' });
    infoFile = join(dir, 'simulator-info.json');
    writeFileSync(infoFile, `${JSON.stringify(simulator.info)}\n`);
  });
  afterAll(() => simulator.stop());

  it(
    'verifies the pact green twice in a row on the same simulator: fresh devices sign, counters move on',
    async () => {
      const first = await verify(FIXTURE, { target: simulator.url, simulatorInfo: infoFile });
      expect(first.stdout).toMatch(/7 interactions: 7 passed, 0 failed, 0 not verified/);
      expect(first.exitCode).toBe(0);
      const second = await verify(FIXTURE, { target: simulator.url, simulatorInfo: infoFile });
      expect(second.stdout).toMatch(/7 interactions: 7 passed, 0 failed, 0 not verified/);
      expect(second.exitCode).toBe(0);
      // Every interaction with the active-device state onboarded its own device; the ones whose
      // request was signed over what was sent had that signature accepted (counter moved by one).
      const devices = (await simulator.control.state()).devices;
      const accepted = devices.filter((device) => device.counterIndex === 1);
      expect(accepted.length).toBe(2 * 2);
      // No signature was sent twice (the log keeps a digest of each).
      const signatures = simulator.control.exchanges().flatMap((exchange) => exchange.requestHeaders['linkcy-sca-signature'] ?? []);
      expect(signatures.length).toBe(2 * 4);
      expect(new Set(signatures).size).toBe(signatures.length);
    },
    SLOW,
  );

  it(
    'without --simulator-info the URL has no control plane: stateful interactions are reported not verified, never passed',
    async () => {
      const run = await verify(FIXTURE, { target: simulator.url });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(/7 interactions: 1 passed, 0 failed, 6 not verified/);
      expect(blockOf(run.stdout, 'a card PIN request without a bearer token')).toMatch(/^ {2}PASSED/);
      const block = blockOf(run.stdout, 'a signed request for the card PIN');
      expect(block).toMatch(/^ {2}NOT VERIFIED/);
      expect(block).toContain(`provider state "${PROVIDER_STATES.activeDevice.name}" not built: a scene needs the partner credentials of --simulator-info`);
    },
    SLOW,
  );
});

describe('verify-pact against the embedded simulator', () => {
  it(
    'fails with re-signing off: the recorded signature names a device this target never activated',
    async () => {
      const run = await verify(FIXTURE, { target: 'simulator', resign: false });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('re-signing OFF');
      const signed = blockOf(run.stdout, 'a signed request for the card PIN');
      expect(signed).toMatch(/^ {2}FAILED/);
      expect(signed).toContain('StatusMismatch: expected 200 but was 409');
      expect(signed).toContain('note: recorded signature sent as is (--no-resign)');
      // The mismatch interaction fails too, for the wrong reason: the device, not the data.
      expect(blockOf(run.stdout, 'a card PIN request whose signature does not match')).toContain("Expected 'SCA_DEVICE_NOT_VALID' (String) to be equal to 'SCA_SIGNATURE_DOES_NOT_MATCH'");
      // Requests without a signature are unaffected.
      expect(blockOf(run.stdout, 'a card PIN request with the default strategy')).toMatch(/^ {2}PASSED/);
    },
    SLOW,
  );

  it(
    'catches broken pacts, each with its finding: an unknown provider state, another status, and masks secrets the verifier quotes',
    async () => {
      const broken = variant(dir, 'broken', (pact) => {
        pact.interactions[0]!.providerStates = [{ name: 'an end user with two SCA devices' }];
        pact.interactions[2]!.response.status = 403;
        pact.interactions.push({
          type: 'Synchronous/HTTP',
          key: 'register-device',
          description: 'a first SCA device registered',
          providerStates: [{ name: PROVIDER_STATES.noDevice.name }],
          request: {
            method: 'POST',
            path: '/api/partner/end-users/e0a2f7d2-2a55-4a8e-8b8e-1f4f4c2b1a04/sca-devices',
            headers: { Authorization: ['Bearer recorded-partner-token'] },
            generators: {
              path: { type: 'ProviderState', expression: '/api/partner/end-users/${endUserId}/sca-devices', dataType: 'STRING' },
              header: { Authorization: { type: 'ProviderState', expression: 'Bearer ${partnerToken}', dataType: 'STRING' } },
            },
          },
          response: { status: 201, body: { content: { activationCode: 'NOT-THE-CODE' }, contentType: 'application/json', encoded: false } },
        });
      });
      const run = await verify(broken, { target: 'simulator' });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(/8 interactions: 5 passed, 2 failed, 1 not verified/);
      const unknown = blockOf(run.stdout, 'a signed request for the card PIN');
      expect(unknown).toMatch(/^ {2}NOT VERIFIED/);
      expect(unknown).toContain('provider state "an end user with two SCA devices" not built: not a LinkCy provider state');
      expect(blockOf(run.stdout, 'a card PIN request whose signature does not match')).toContain('StatusMismatch: expected 403 but was 401');
      const secret = blockOf(run.stdout, 'a first SCA device registered');
      expect(secret).toMatch(/BodyMismatch \(at \$\.activationCode\): Expected '\[REDACTED len=\d+ sha256:[0-9a-f]{8}\]'/);
      expect(secret).not.toContain('NOT-THE-CODE');
    },
    SLOW,
  );

  it(
    'fails on a provider whose answer differs from the pact (SCA_REQUIRED with another status)',
    async () => {
      const run = await verify(FIXTURE, { target: 'simulator' }, ['wrongStatusForScaRequired']);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(/7 interactions: 6 passed, 1 failed, 0 not verified/);
      expect(blockOf(run.stdout, 'a card PIN request with the default strategy')).toMatch(/StatusMismatch: expected 409 but was (?!409)\d{3}/);
    },
    SLOW,
  );
});

describe('verify-pact usage', () => {
  async function usage(args: string[]): Promise<{ exitCode: number; stderr: string }> {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      return { exitCode: await main(args), stderr: writes.join('') };
    } finally {
      spy.mockRestore();
    }
  }

  it.each([
    [['verify-pact', FIXTURE, '--target', 'prism'], '--target: expected simulator or an http(s) URL, got "prism"'],
    [['verify-pact', FIXTURE], "required option '--target <target>' not specified"],
    [['verify-pact', 'no/such/pact.json', '--target', 'simulator'], '<pact.json> no/such/pact.json: cannot be read'],
    [['verify-pact', 'package.json', '--target', 'simulator'], '<pact.json> package.json: "interactions" must be an array; this is not a Pact file'],
    [['verify-pact', FIXTURE, '--target', 'simulator', '--simulator-info', 'x.json'], '--simulator-info describes a simulator at a URL target'],
    [['verify-pact', FIXTURE, '--target', 'http://127.0.0.1:9', '--profile', 'production'], '--profile applies to the embedded simulator'],
    [['verify-pact', FIXTURE, '--target', 'simulator', '--profile', 'staging'], "option '--profile <profile>' argument 'staging' is invalid"],
  ])('%j exits 2 naming the option', async (args, message) => {
    const { exitCode, stderr } = await usage(args);
    expect(exitCode).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it(
    'an unreachable URL target exits 2 naming --target',
    async () => {
      const { exitCode, stderr } = await usage(['verify-pact', FIXTURE, '--target', 'http://127.0.0.1:9']);
      expect(exitCode).toBe(2);
      expect(stderr).toContain('--target http://127.0.0.1:9: target unreachable');
    },
    SLOW,
  );

  it('--help shows examples', async () => {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['verify-pact', '--help'])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const help = writes.join('');
    expect(help).toContain('Examples:');
    expect(help).toContain('--no-resign');
    expect(help).toContain('--simulator-info <file>');
  });
});
