import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressListener, type ConsoleIo, type ProgressMode } from '../../conformance/cli/progress.ts';
import { runProviderRun, summaryLines } from '../../conformance/cli/provider-run.ts';
import { runProbes, type ProbeEvent, type ProbeResult } from '../../conformance/runner/index.ts';
import { startSimulator, type SimulatorHandle } from '../../conformance/simulator/index.ts';
import { startSimulatorTarget } from '../../conformance/targets/index.ts';
import { buildReport, probeTarget, providerProbesSection, REPORTERS, REPORTER_NAMES, signReport, suiteHashes, type ConformanceReport } from '../index.ts';

// Secrets never reach a report or the console. Known secrets are planted everywhere a producer
// could let one slip (exchanges, bodies, counterexamples, messages, commands, the target's URL,
// harness errors); every format and every console mode is scanned for each of them.

const privateKeyPem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const SECRETS = {
  bearer: 'eyJplanted.bearer-token.0001',
  refreshToken: 'planted-refresh-token-0002',
  password: 'Planted-Password-0003',
  activationCode: 'PLANT-ED0AC-TIVA0-TION4',
  signature: 'cGxhbnRlZC1zaWduYXR1cmU0005',
  key: 'planted-application-secret-0006',
  privateKey: privateKeyPem.split('\n')[1] ?? 'unreachable',
  pin: '90817263',
} as const;

const dir = mkdtempSync(join(tmpdir(), 'redaction-'));
let result: ProbeResult;
let planted: ProbeResult;
let faulty: SimulatorHandle;

function plant(source: ProbeResult): ProbeResult {
  const exchange = {
    operationId: 'createCard' as const,
    request: {
      method: 'POST',
      target: `/api/partner/cards?token=${SECRETS.bearer}`,
      headers: { authorization: `Bearer ${SECRETS.bearer}`, 'linkcy-sca-signature': `PowerAuth pa_signature="${SECRETS.signature}"`, 'x-note': `pin=${SECRETS.pin}` },
      body: JSON.stringify({ password: SECRETS.password, refreshToken: SECRETS.refreshToken, pin: SECRETS.pin, privateKey: privateKeyPem }),
    },
    response: { status: 201, headers: {}, body: JSON.stringify({ token: SECRETS.bearer, activationCode: SECRETS.activationCode, activationCodeSignature: SECRETS.signature }) },
  };
  const checks = source.checks.map((check) => ({
    ...check,
    failures: check.failures.map((failure) => ({
      ...failure,
      counterexample: { note: `Authorization: Bearer ${SECRETS.bearer}`, applicationSecret: SECRETS.key, nested: [{ pin: SECRETS.pin }] },
      findings: failure.findings.map((finding) => ({ ...finding, message: `${finding.message}\nsent "password": "${SECRETS.password}"`, evidence: [exchange] })),
      replay: `${failure.replay} --password ${SECRETS.password}`,
    })),
  }));
  return {
    ...source,
    run: { ...source.run, target: { ...source.run.target, description: `https://partner:${SECRETS.password}@sandbox.example` } },
    checks,
    harnessErrors: [{ family: 'auth', caseId: null, message: `refresh failed: {"refreshToken":"${SECRETS.refreshToken}"}` }],
  };
}

function leaks(text: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, secret]) => text.includes(secret))
    .map(([name]) => name);
}

beforeAll(async () => {
  faulty = await startSimulator({ defects: ['deleteWithEndUserToken'], partner: { password: SECRETS.password } });
  const target = await startSimulatorTarget({ defects: ['deleteWithEndUserToken'] });
  try {
    result = await runProbes({ target, runs: 2, seed: 1, only: 'auth' });
  } finally {
    await target.close();
  }
  planted = plant(result);
}, 60_000);
afterAll(async () => {
  await faulty.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('redaction in every format', () => {
  it('plants where it matters: the run failed and carries the planted exchange', () => {
    expect(result.summary.failed).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(planted)).sort()).toEqual(Object.keys(SECRETS).sort());
  });

  it.each(REPORTER_NAMES)('%s holds none of the planted secrets', (name) => {
    const report: ConformanceReport = signReport(
      buildReport({
        sections: [providerProbesSection(planted, `npx linkcy-sca certify --password ${SECRETS.password}`)],
        hashes: suiteHashes(),
        target: probeTarget(planted),
        client: { command: `node client.js --pin ${SECRETS.pin} --refresh-token=${SECRETS.refreshToken}`, description: `client with Bearer ${SECRETS.bearer}` },
      }),
      privateKeyPem,
    );
    const text = REPORTERS[name].render(report);
    expect(leaks(text)).toEqual([]);
    expect(text).toContain('[REDACTED');
  });
});

describe('redaction on the console', () => {
  function events(): ProbeEvent[] {
    const { startedAt: _started, finishedAt: _finished, ...run } = planted.run;
    const harness = planted.harnessErrors[0];
    return [
      { type: 'run-started', run: { ...run, startedAt: planted.run.startedAt }, families: ['auth'] },
      { type: 'family-started', family: 'auth', title: 'auth', applicable: true, missing: [] },
      { type: 'case-finished', family: 'auth', caseId: 'c1', index: 0, problems: 1 },
      ...(harness === undefined ? [] : [{ type: 'harness-error' as const, error: harness }]),
      { type: 'family-finished', family: 'auth', casesRun: 1, failedChecks: ['auth/outcome'] },
      ...planted.checks.map((check) => ({ type: 'check-finished' as const, check })),
      { type: 'run-finished', result: planted },
    ];
  }

  it.each<ProgressMode>(['live', 'lines', 'quiet'])('prints none in %s mode', (mode) => {
    const out: string[] = [];
    const tty = new Writable({ write: (chunk: Buffer, _encoding, done) => (out.push(chunk.toString()), done()) });
    const io: ConsoleIo = { stdout: (line) => out.push(line), stderr: (line) => out.push(line), ...(mode === 'live' ? { tty } : {}) };
    const listener = progressListener(io, mode);
    for (const event of events()) listener(event);
    for (const line of summaryLines(buildReport({ sections: [providerProbesSection(planted)], hashes: suiteHashes(), target: probeTarget(planted) }), ['report.json'])) io.stderr(line);
    expect(out.join('\n')).toContain('FAILED auth/outcome');
    expect(leaks(out.join('\n'))).toEqual([]);
  });

  it('a real certify run against a simulator with a known password leaks neither it nor the application secret', async () => {
    const info = join(dir, 'info.json');
    writeFileSync(info, `${JSON.stringify(faulty.info)}\n`);
    const out: string[] = [];
    const outDir = join(dir, 'report');
    const code = await runProviderRun(
      { command: 'certify', target: faulty.url, simulatorInfo: info, runs: 2, seed: 1, only: 'auth', out: outDir, reporters: REPORTER_NAMES, quiet: false },
      { stdout: (line) => out.push(line), stderr: (line) => out.push(line) },
    );
    expect(code).toBe(1);
    const texts = [out.join('\n'), ...readdirSync(outDir).map((file) => readFileSync(join(outDir, file), 'utf8'))];
    expect(texts).toHaveLength(REPORTER_NAMES.length + 1);
    for (const text of texts) {
      expect(text).not.toContain(SECRETS.password);
      expect(text).not.toContain(faulty.info.applicationSecret);
    }
  });
});
