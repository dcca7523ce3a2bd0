import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../simulator/index.ts';
import type { CliOutcome } from './cli-outcome.ts';
import { DEFAULT_RUNS, DEFAULT_SEED, parseProbeOptions, registerProbeCommand, type ProbeCommandOptions } from './probe-command.ts';
import { runProviderRun as runProbeCommand } from './provider-run.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

const DEFAULTS: ProbeCommandOptions = {
  target: 'simulator',
  runs: String(DEFAULT_RUNS),
  seed: String(DEFAULT_SEED),
  out: 'linkcy-sca-report',
  requestTimeout: '10s',
  runTimeout: '15m',
  maxBody: '4MiB',
};
const dir = mkdtempSync(join(tmpdir(), 'probe-command-'));
let faulty: SimulatorHandle;

beforeAll(async () => {
  faulty = await startSimulator({ defects: ['deleteWithEndUserToken'] });
});
afterAll(async () => {
  await faulty.stop();
  rmSync(dir, { recursive: true, force: true });
});

function lines() {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, io: { stdout: (line: string) => stdout.push(line), stderr: (line: string) => stderr.push(line) } };
}

describe('linkcy-sca probe options', () => {
  it('defaults to a fixed seed and turns the options into a run', () => {
    expect(parseProbeOptions({ ...DEFAULTS, only: 'SCA-TTL-002', profile: 'production', seed: '-42' })).toEqual({
      target: 'simulator',
      command: 'probe',
      runs: DEFAULT_RUNS,
      seed: -42,
      out: 'linkcy-sca-report',
      reporters: ['json'],
      quiet: false,
      only: 'SCA-TTL-002',
      profile: 'production',
      requestTimeoutMs: 10_000,
      runTimeoutMs: 900_000,
      maxBodyBytes: 4_194_304,
    });
  });

  it.each([
    [{ runs: '0' }, /^--runs: expected a positive integer/],
    [{ runs: '2.5' }, /^--runs/],
    [{ seed: 'abc' }, /^--seed: expected an integer/],
    [{ seed: '99999999999' }, /^--seed/],
    [{ profile: 'staging' }, /^--profile: expected sandbox or production/],
    [{ only: 'ttls' }, /^--only: unknown family or requirement ID "ttls"; valid families: header-matrix, /],
    [{ replayPath: '3:0' }, /^--replay-path replays one case of one family: give that family with --only/],
    [{ replayPath: 'x', only: 'ttl' }, /^--replay-path: expected a fast-check path/],
    [{ paths: '/nonexistent/paths.json' }, /^--paths \/nonexistent\/paths.json: /],
    [{ reporter: 'json,pdf' }, /^--reporter: unknown reporter "pdf"; valid: json, junit, md, html/],
    [{ out: ' ' }, /^--out: expected a directory/],
    [{ out: 'reports' }, /^--out: reports is inside the suite's source folder reports\/; write reports elsewhere \(default \.\/linkcy-sca-report\)/],
    [{ out: 'spec/run-1' }, /^--out: spec\/run-1 is inside the suite's source folder spec\//],
    [{ signKey: '/nonexistent/key.pem' }, /^--sign-key \/nonexistent\/key.pem: cannot read it/],
    [{ requestTimeout: 'soon' }, /^--request-timeout: invalid duration "soon": use a number of milliseconds/],
    [{ requestTimeout: '0s' }, /^--request-timeout: must be more than 0/],
    [{ runTimeout: '30d' }, /^--run-timeout: invalid duration/],
    [{ runTimeout: '1000h' }, /^--run-timeout: at most 24 days/],
    [{ maxBody: 'lots' }, /^--max-body: invalid size "lots": use a number of bytes/],
    [{ maxBody: '0' }, /^--max-body: must be more than 0/],
    [{ coverage: true, target: 'http://127.0.0.1:9' }, /^--coverage: only the embedded simulator \(--target simulator\) runs in this process/],
  ])('refuses %j with a one-line usage error', (override, message) => {
    expect(() => parseProbeOptions({ ...DEFAULTS, ...override })).toThrow(UsageError);
    expect(() => parseProbeOptions({ ...DEFAULTS, ...override })).toThrow(message);
  });

  it('refuses a target it cannot reach with a usage error (exit code 2)', async () => {
    const { io } = lines();
    await expect(runProbeCommand(parseProbeOptions({ ...DEFAULTS, target: 'http://127.0.0.1:9' }), io)).rejects.toThrow(/^--target http:\/\/127.0.0.1:9: target unreachable/);
  });
});

describe('linkcy-sca probe', () => {
  it('runs through commander, writes the report (JSON by default), prints its reach and exits 0 when nothing failed', async () => {
    const outcome: CliOutcome = { exitCode: -1 };
    const program = new Command().exitOverride();
    registerProbeCommand(program, outcome);
    const out = join(dir, 'passing');
    const written: string[] = [];
    const write = (chunk: string | Uint8Array): boolean => written.push(String(chunk)) > 0;
    const [stdout, stderr] = [process.stdout.write, process.stderr.write];
    process.stdout.write = write;
    process.stderr.write = write;
    try {
      await program.parseAsync(['probe', '--target', 'simulator', '--runs', '2', '--only', 'ttl', '--coverage', '--out', out], { from: 'user' });
    } finally {
      process.stdout.write = stdout;
      process.stderr.write = stderr;
    }
    expect(outcome.exitCode).toBe(EXIT_CODES.ok);
    expect(written.join('')).toContain('(seed 1, runs 2, only ttl)');
    expect(written.join('')).toMatch(/reach \(provider-probes\): decision rows: \d+ of \d+ reachable reached, \d+ not reachable under this profile; not reached: .*; simulator code: \d+\/\d+ branches, \d+\/\d+ functions run/);
    expect(readdirSync(out)).toEqual(['report.json']);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ reportVersion: 1, verdict: 'pass', seeds: [1], sections: [{ runs: 2, selection: 'ttl' }] });
    const { rows, simulator } = report.sections[0].reach;
    expect(rows.find((row: { row: string }) => row.row === 'DS-TTL-EXPIRED').cases).toBeGreaterThan(0);
    expect(simulator.files.map((file: { file: string }) => file.file)).toContain('sca-evaluation.ts');
    // Block counts need code compiled after coverage started; this worker may have run the simulator before.
    expect(simulator.total.functions.covered).toBeGreaterThan(0);
  });

  it('exits 1 when a check fails on a URL target given its simulator info, and prints how to replay it', async () => {
    const info = join(dir, 'info.json');
    writeFileSync(info, `${JSON.stringify(faulty.info)}\n`);
    const { stdout, stderr, io } = lines();
    const out = join(dir, 'failing');
    const code = await runProbeCommand(parseProbeOptions({ ...DEFAULTS, target: faulty.url, simulatorInfo: info, only: 'auth', runs: '10', out }), io);
    expect(code).toBe(EXIT_CODES.failed);
    expect(stdout).toEqual([join(out, 'report.json')]);
    expect(stderr.join('\n')).toContain(`report: ${join(out, 'report.json')}`);
    expect(stderr.join('\n')).toContain(`FAILED auth/outcome (auth): replay with npx linkcy-sca probe --target ${faulty.url} --simulator-info ${info} --seed 1 --only auth --replay-path `);
  });
});
