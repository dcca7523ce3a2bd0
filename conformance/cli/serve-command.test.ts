import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseServeOptions, registerServeCommand, runServe, type ServeCommandOptions } from './serve-command.ts';
import { UsageError } from './usage-error.ts';

const DEFAULTS: ServeCommandOptions = {
  port: '0',
  host: '127.0.0.1',
  profile: 'sandbox',
  signatureTtl: '30s',
  tokenTtl: '15m',
  refreshTokenTtl: '24h',
  clock: 'system',
};

describe('linkcy-sca serve options', () => {
  it('turns the options into simulator options', () => {
    expect(parseServeOptions({ ...DEFAULTS, signatureTtl: '500ms', profile: 'production', control: true, partnerPassword: 'pw' })).toMatchObject({
      port: 0,
      profile: 'production',
      signatureTtlMs: 500,
      tokenTtlMs: 900_000,
      control: true,
      partner: { password: 'pw' },
    });
  });

  it.each([
    [{ signatureTtl: 'soon' }, /^--signature-ttl: .*500ms, 30s, 2m/],
    [{ port: '70000' }, /^--port: expected an integer from 0 to 65535/],
    [{ port: 'http' }, /^--port/],
    [{ profile: 'staging' }, /^--profile: expected sandbox or production/],
    [{ clock: 'fake' }, /^--clock/],
    [{ paths: '/nonexistent/paths.json' }, /^--paths \/nonexistent\/paths.json: /],
  ])('refuses %j with a usage error naming the option', (override, message) => {
    expect(() => parseServeOptions({ ...DEFAULTS, ...override })).toThrow(UsageError);
    expect(() => parseServeOptions({ ...DEFAULTS, ...override })).toThrow(message);
  });

  it('reports a bad option through commander as a UsageError (exit code 2 in main)', async () => {
    const program = new Command().exitOverride();
    registerServeCommand(program);
    await expect(program.parseAsync(['serve', '--signature-ttl', '30 seconds'], { from: 'user' })).rejects.toThrow(UsageError);
  });
});

describe('runServe', () => {
  it('prints the JSON info line first on stdout, people lines on stderr, and stops when told', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const stop = new AbortController();
    const running = runServe(parseServeOptions({ ...DEFAULTS, control: true }), { stdout: (line) => stdout.push(line), stderr: (line) => stderr.push(line), stop: stop.signal });
    await expect.poll(() => stdout.length).toBe(1);
    const info = JSON.parse(stdout[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(info).sort()).toEqual(['applicationKey', 'applicationSecret', 'controlPrefix', 'masterPublicKey', 'partner', 'url']);
    expect(info.partner).toMatchObject({ partnerName: 'sandbox-partner', username: 'partner' });
    const health = await fetch(`${String(info.url)}/health`);
    expect(health.status).toBe(200);
    expect(stderr.join('\n')).toContain(String(info.url));
    stop.abort();
    await running;
    expect(stderr.at(-1)).toBe('linkcy-sca simulator stopped');
    await expect(fetch(`${String(info.url)}/health`)).rejects.toThrow();
  });

  it('says which option to change when the port is taken', async () => {
    const stdout: string[] = [];
    const first = new AbortController();
    const running = runServe(parseServeOptions(DEFAULTS), { stdout: (line) => stdout.push(line), stderr: () => undefined, stop: first.signal });
    await expect.poll(() => stdout.length).toBe(1);
    const port = new URL(String((JSON.parse(stdout[0] ?? '') as { url: string }).url)).port;
    await expect(runServe(parseServeOptions({ ...DEFAULTS, port }), { stdout: () => undefined, stderr: () => undefined, stop: new AbortController().signal })).rejects.toThrow(
      new RegExp(`^--port ${port}: the address is in use`),
    );
    first.abort();
    await running;
  });
});
