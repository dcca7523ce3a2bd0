import { describe, expect, it } from 'vitest';
import { runClientAdapter } from './adapter-runner.ts';
import { runClientCommand } from './command-runner.ts';
import { CLIENT_ENVIRONMENT_NAMES, outcomeOfStdout, type ClientEnvironment } from './contract.ts';

// The two ways a client runs: its outcome, and every way it can fail to give one (a crash).

const ENV: ClientEnvironment = {
  LINKCY_SCENARIO: 'delete-device',
  LINKCY_BASE_URL: 'http://127.0.0.1:1',
  LINKCY_PARTNER_NAME: 'p',
  LINKCY_USERNAME: 'u',
  LINKCY_PASSWORD: 'pw',
  LINKCY_APP_URL: 'http://127.0.0.1:2',
  LINKCY_INPUT: '{"endUserId":"e"}',
};

describe('the outcome line', () => {
  it.each([
    ['{"ok":true,"scaDeviceId":"d"}\n', { outcome: { ok: true, scaDeviceId: 'd' } }],
    ['log line\n{"ok":false,"errorCode":"SCA_REQUIRED"}\n\n', { outcome: { ok: false, errorCode: 'SCA_REQUIRED' } }],
    ['', { problem: 'no JSON line on stdout' }],
    ['{"ok":true}\ndone\n', { problem: 'the last stdout line is not JSON' }],
    ['{"ok":false}', { problem: 'an outcome with "ok": false must carry "errorCode", a non-empty string' }],
    ['{"ok":"yes"}', { problem: '"ok" must be true or false' }],
    ['[1]', { problem: 'the outcome must be a JSON object' }],
  ])('%j -> %j', (stdout, expected) => {
    expect(outcomeOfStdout(stdout)).toEqual(expected);
  });
});

describe('command mode', () => {
  it('runs the command with the contract environment and reads the last JSON line', async () => {
    const run = await runClientCommand('echo "scenario $LINKCY_SCENARIO" >&2; printf \'{"ok":true,"input":%s}\\n\' "$LINKCY_INPUT"', ENV, 5_000);
    expect(run.result).toEqual({ crashed: false, outcome: { ok: true, input: { endUserId: 'e' } } });
    expect(run.stderr).toBe('scenario delete-device\n');
  });

  it('sets every variable of the contract', async () => {
    const run = await runClientCommand("env | grep '^LINKCY_' | cut -d= -f1 | sort | jq -R . | jq -cs '{ok: true, names: .}'", ENV, 5_000);
    expect(run.result).toEqual({ crashed: false, outcome: { ok: true, names: [...CLIENT_ENVIRONMENT_NAMES].sort() } });
  });

  it.each([
    ['exit 3', 'exit code 3'],
    ['echo not json', 'the last stdout line is not JSON'],
    ['true', 'no JSON line on stdout'],
    ['echo \'{"ok":true}\'; kill -9 $$', 'killed by SIGKILL'],
  ])('a crash: %s', async (command, reason) => {
    expect((await runClientCommand(command, ENV, 5_000)).result).toEqual({ crashed: true, reason });
  });

  it('stops a command (and its children) past the timeout', async () => {
    const started = Date.now();
    const run = await runClientCommand('sleep 30 & sleep 30', ENV, 300);
    expect(run.result).toEqual({ crashed: true, reason: 'no outcome within 300 ms (the command was stopped)' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('adapter mode', () => {
  it('passes the scenario and the environment, and takes the returned outcome', async () => {
    const run = await runClientAdapter((scenario, env) => ({ ok: true, scenario, user: JSON.parse(env.LINKCY_INPUT).endUserId }), ENV, 1_000);
    expect(run.result).toEqual({ crashed: false, outcome: { ok: true, scenario: 'delete-device', user: 'e' } });
  });

  it.each([
    ['a throw', () => Promise.reject(new Error('boom')), 'run() threw: boom'],
    ['no outcome', () => ({}) as never, 'run() returned no outcome: "ok" must be true or false'],
    ['a timeout', () => new Promise<never>(() => undefined), 'no outcome within 100 ms'],
  ])('a crash: %s', async (_name, adapter, reason) => {
    expect((await runClientAdapter(adapter, ENV, 100)).result).toEqual({ crashed: true, reason });
  });
});
