import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderJson } from '../../reports/index.ts';
import { craftedReport } from '../../reports/test-support/crafted-report.ts';
import { startSimulator, type SimulatorHandle } from '../simulator/index.ts';
import { main } from './main.ts';

// `certify` and `report verify|diff|render` through main(), as a user types them: the files
// written, what is printed, and the exit codes (0 pass, 1 failures or not verified, 2 usage).

const dir = mkdtempSync(join(tmpdir(), 'certify-command-'));
const keyPair = generateKeyPairSync('ed25519');
const privateKey = join(dir, 'key.pem');
const publicKey = join(dir, 'key.pub.pem');
const otherPublicKey = join(dir, 'other.pub.pem');
let faulty: SimulatorHandle;

beforeAll(async () => {
  writeFileSync(privateKey, keyPair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(publicKey, keyPair.publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(otherPublicKey, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
  faulty = await startSimulator({ defects: ['deleteWithEndUserToken'] });
});
afterAll(async () => {
  await faulty.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const [out, err] = [process.stdout.write, process.stderr.write];
  process.stdout.write = (chunk: string | Uint8Array): boolean => stdout.push(String(chunk)) > 0;
  process.stderr.write = (chunk: string | Uint8Array): boolean => stderr.push(String(chunk)) > 0;
  try {
    const code = await main(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe('linkcy-sca certify', () => {
  const out = join(dir, 'signed');

  it('runs the provider probes on the embedded simulator, writes every format, signs, runs the reference client, and exits 0', async () => {
    const { code, stdout, stderr } = await run('certify', '--runs', '1', '--out', out, '--sign-key', privateKey);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['client-certification.json', 'junit.xml', 'report.html', 'report.json', 'report.md']);
    expect(stdout.trim().split('\n')).toEqual(['client-certification.json', 'report.json', 'junit.xml', 'report.md', 'report.html'].map((file) => join(out, file)));
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { sections: { producer: string; checks: { verdict: string }[] }[] };
    expect(report.sections.map((section) => section.producer)).toEqual(['provider-probes', 'client-scenarios']);
    expect(report.sections[1]?.checks.every((check) => check.verdict === 'pass')).toBe(true);
    expect(stderr).toMatch(/^PASS onboard-first-device /m);
    expect(stderr).toMatch(/^\d+ passed, 0 failed of \d+ scenarios$/m);
    expect(stderr).toMatch(/^probing simulator \(embedded, sandbox profile\) \(seed 1, runs 1\)$/m);
    expect(stderr).toMatch(/^PASS: requirements \d+ pass, 0 fail, 0 error, .*; seed 1; signed \(key [0-9a-f]{12}…\)$/m);
    expect(stderr).toContain(`report: ${join(out, 'report.json')}, ${join(out, 'junit.xml')}`);
  });

  it('exits 1 when a check fails, and --quiet prints only the failures and the summary', async () => {
    const info = join(dir, 'info.json');
    writeFileSync(info, `${JSON.stringify(faulty.info)}\n`);
    const { code, stderr } = await run('certify', '--target', faulty.url, '--simulator-info', info, '--runs', '2', '--out', join(dir, 'failing'), '--reporter', 'md', '--quiet');
    expect(code).toBe(1);
    expect(readdirSync(join(dir, 'failing'))).toEqual(['report.md']);
    expect(stderr).not.toContain('probing ');
    expect(stderr).toMatch(/^FAILED auth\/outcome \(auth\): replay with npx linkcy-sca probe --target http/m);
    expect(stderr).toMatch(/^FAIL: requirements /m);
  });

  it.each([
    [['certify', '--reporter', 'pdf'], /--reporter: unknown reporter "pdf"; valid: json, junit, md, html/],
    [['certify', '--sign-key', '/nonexistent.pem'], /--sign-key \/nonexistent.pem: cannot read it/],
    [['certify', '--runs', '0'], /--runs: expected a positive integer/],
    [['certify', '--target', 'http://127.0.0.1:9'], /--target http:\/\/127.0.0.1:9: target unreachable/],
    [['report', 'verify', '/nonexistent.json'], /\/nonexistent.json: cannot read it/],
    [['report', 'diff', '/nonexistent.json'], /missing required argument 'new'/],
  ])('%j is a usage error: exit 2 with one line naming the option', async (args, message) => {
    const { code, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a key that is not Ed25519 before running anything', async () => {
    const rsa = join(dir, 'rsa.pem');
    writeFileSync(rsa, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const { code, stderr } = await run('certify', '--sign-key', rsa, '--out', join(dir, 'never'));
    expect(code).toBe(2);
    expect(stderr).toContain(`--sign-key ${rsa}: expected an Ed25519 private key, got rsa`);
    expect(() => readdirSync(join(dir, 'never'))).toThrow();
  });
});

describe('linkcy-sca report', () => {
  const signed = () => join(dir, 'signed', 'report.json');

  it('verify: exit 0 for the signed report, pinned to its key; 1 for another key or a tampered copy', async () => {
    const ok = await run('report', 'verify', signed(), '--public-key', publicKey);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok {3}signature: Ed25519 signature valid/m);
    expect(ok.stdout).toContain(`${signed()}: verified (verdict pass)`);
    expect((await run('report', 'verify', signed(), '--public-key', otherPublicKey)).code).toBe(1);
    const tampered = join(dir, 'tampered.json');
    const report = JSON.parse(readFileSync(signed(), 'utf8')) as { summary: { cases: number } };
    writeFileSync(tampered, JSON.stringify({ ...report, summary: { ...report.summary, cases: report.summary.cases + 1 } }));
    const bad = await run('report', 'verify', tampered);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('FAIL signature: the signature does not match the report: it was changed after signing');
    expect(bad.stdout).toContain(`${tampered}: NOT verified`);
  });

  it('verify: exit 1 for an unsigned report, 2 for a file that is not a report', async () => {
    const unsigned = join(dir, 'unsigned.json');
    writeFileSync(unsigned, renderJson(craftedReport()));
    expect((await run('report', 'verify', unsigned)).code).toBe(1);
    const notReport = join(dir, 'not-report.json');
    writeFileSync(notReport, '{"reportVersion": 2}');
    const { code, stderr } = await run('report', 'verify', notReport);
    expect(code).toBe(2);
    expect(stderr).toContain(`${notReport}: /reportVersion is 2; this suite reads version 1 reports`);
    writeFileSync(notReport, '{"reportVersion": 1}');
    expect((await run('report', 'verify', notReport)).stderr).toMatch(/not a linkcy-sca report \(schema urn:linkcy-sca:report:1\): the report: must have required property 'suite'/);
  });

  it('diff: exit 0 without a regression, 1 with one', async () => {
    const [before, fixed, worse] = ['before', 'fixed', 'worse'].map((name) => join(dir, `${name}.json`)) as [string, string, string];
    writeFileSync(before, renderJson(craftedReport({ response: 'fail' })));
    writeFileSync(fixed, renderJson(craftedReport()));
    writeFileSync(worse, renderJson(craftedReport({ response: 'fail', auth: 'fail', scaRequiredStatus: 400 })));
    const good = await run('report', 'diff', before, fixed);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('fixes (2):');
    const bad = await run('report', 'diff', before, worse);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('  requirement SCA-AUTH-004: pass -> fail');
    expect(bad.stdout).toContain('  SCA_REQUIRED: 409 SCA_REQUIRED -> 400 SCA_REQUIRED (regression: no longer as documented)');
    expect(bad.stdout.trim().split('\n').at(-1)).toBe('REGRESSION');
  });

  it('render: writes the formats asked for from a report.json', async () => {
    const out = join(dir, 'rendered');
    const { code, stdout } = await run('report', 'render', signed(), '--reporter', 'html,junit', '--out', out);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([join(out, 'report.html'), join(out, 'junit.xml')]);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('Ed25519, key');
  });
});
