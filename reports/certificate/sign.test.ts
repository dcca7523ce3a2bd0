import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, checkSignature, signReport, SigningKeyError, verifyReport, type ConformanceReport } from '../index.ts';
import { probeReport } from '../test-support/probe-reports.ts';

// A certificate binds a verdict to exactly what was tested: any change after signing, another
// signer, or another contract or expectation model than this suite's is caught.

const pem = (key: { export(options: { type: 'pkcs8' | 'spki'; format: 'pem' }): string | Buffer }, type: 'pkcs8' | 'spki') => key.export({ type, format: 'pem' }).toString();
const ed = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
const privatePem = pem(ed.privateKey, 'pkcs8');
const dir = mkdtempSync(join(tmpdir(), 'certificate-'));
let report: ConformanceReport;
let signed: ConformanceReport;

beforeAll(async () => {
  report = await probeReport({ runs: 1, only: 'auth' });
  signed = signReport(report, privatePem);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signing a report', () => {
  it('signs the RFC 8785 canonical JSON of the report without its signature, with Ed25519', () => {
    expect(signed.signature).toMatchObject({ algorithm: 'Ed25519', canonicalization: 'RFC8785', keyId: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(signed.signature?.publicKey).toContain('BEGIN PUBLIC KEY');
    expect(canonicalJson({ b: 1, a: [true, null, 'é'] })).toBe('{"a":[true,null,"é"],"b":1}');
  });

  it('verifies: signature, OpenAPI and expectation hashes, no profile', () => {
    const result = verifyReport(signed, { publicKeyPem: pem(ed.publicKey, 'spki') });
    expect(result.lines.map((line) => line.ok)).toEqual([true, true, true, true]);
    expect(result.ok).toBe(true);
    // The private key pins the signer as well as the public one.
    expect(verifyReport(signed, { publicKeyPem: privatePem }).ok).toBe(true);
  });

  it.each([
    ['a verdict', (r: ConformanceReport) => ({ ...r, verdict: r.verdict === 'pass' ? ('fail' as const) : ('pass' as const) })],
    ['a requirement verdict', (r: ConformanceReport) => ({ ...r, requirements: r.requirements.map((row, index) => (index === 0 ? { ...row, verdict: 'pass' as const } : row)) })],
    ['the target', (r: ConformanceReport) => ({ ...r, target: r.target === null ? null : { ...r.target, description: 'production bank' } })],
    ['the finish time', (r: ConformanceReport) => ({ ...r, finishedAt: '2030-01-01T00:00:00.000Z' })],
  ])('fails when %s was changed after signing', (_what, tamper) => {
    const tampered = tamper(signed);
    const result = checkSignature(tampered);
    expect(result).toEqual({ ok: false, message: 'the signature does not match the report: it was changed after signing' });
    expect(verifyReport(tampered).ok).toBe(false);
  });

  it('fails for another signer, an unsigned report, a key id that lies, or another contract', () => {
    expect(checkSignature(signed, pem(other.publicKey, 'spki'))).toMatchObject({ ok: false, message: expect.stringMatching(/not by the trusted key$/) });
    expect(checkSignature(report)).toEqual({ ok: false, message: 'the report is not signed' });
    const lyingKeyId = { ...signed, signature: { ...(signed.signature as NonNullable<ConformanceReport['signature']>), keyId: '0'.repeat(64) } };
    expect(checkSignature(lyingKeyId).ok).toBe(false);
    // Re-signed by its maker against another OpenAPI document: the signature holds, the hash does not.
    const otherContract = signReport({ ...report, hashes: { ...report.hashes, openapi: 'f'.repeat(64) } }, privatePem);
    const result = verifyReport(otherContract);
    expect(result.ok).toBe(false);
    expect(result.lines.find((line) => !line.ok)?.text).toMatch(/^OpenAPI document: SHA-256 ffffffffffff… differs from this suite's/);
  });

  it('compares the profile hash with the profile file given', () => {
    const profile = join(dir, 'profile.yaml');
    writeFileSync(profile, 'operations: {}\n');
    const withProfile = signReport({ ...report, hashes: { ...report.hashes, profile: { file: 'profile.yaml', sha256: '0'.repeat(64) } } }, privatePem);
    expect(verifyReport(withProfile, { profileFile: profile }).lines.at(-1)).toMatchObject({ ok: false, text: expect.stringMatching(/^profile: the report's SHA-256 000000000000… differs/) });
    expect(verifyReport(signed, { profileFile: profile }).lines.at(-1)).toEqual({ ok: false, text: 'profile: the report used none, but a profile file was given' });
  });

  it('refuses a key that is not an Ed25519 private key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(() => signReport(report, pem(rsa.privateKey, 'pkcs8'))).toThrow(new SigningKeyError('expected an Ed25519 private key, got rsa'));
    expect(() => signReport(report, 'not a key')).toThrow(/^not a private key in PEM/);
  });
});
