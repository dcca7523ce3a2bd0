import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

// `linkcy-sca certify --client-cmd | --client`: exit 0 only with zero failures, 1 on failures, 2 on usage errors.

describe('linkcy-sca certify with a client', () => {
  it('exits 0 and writes client-certification.json when every scenario passes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'linkcy-certify-'));
    expect(await main(['certify', '--client', 'examples/reference-client/run.ts', '--scenarios', 'delete-device, sca-required', '--out', out])).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'client-certification.json'), 'utf8')) as { passed: number; failed: number; client: string };
    expect(result).toMatchObject({ passed: 2, failed: 0, client: 'adapter: examples/reference-client/run.ts' });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { verdict: string; target: unknown; sections: { producer: string; checks: { id: string }[] }[] };
    expect(report).toMatchObject({ verdict: 'pass', target: null });
    expect(report.sections.map((section) => section.producer)).toEqual(['client-scenarios']);
    expect(report.sections[0]?.checks.map((check) => check.id)).toEqual(['client/delete-device', 'client/sca-required']);
  });

  it('exits 1 when a scenario fails (a client that crashes)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'linkcy-certify-'));
    expect(await main(['certify', '--client-cmd', 'echo oops >&2; exit 4', '--scenarios', 'delete-device', '--out', out])).toBe(1);
    const result = JSON.parse(readFileSync(join(out, 'client-certification.json'), 'utf8')) as { scenarios: { crash: string; stderr: string }[] };
    expect(result.scenarios[0]).toMatchObject({ crash: 'exit code 4', stderr: 'oops\n' });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { verdict: string; sections: { checks: { verdict: string; failures: unknown[] }[] }[] };
    expect(report.verdict).toBe('fail');
    expect(report.sections[0]?.checks[0]).toMatchObject({ verdict: 'fail', failures: [expect.anything()] });
  });

  it("masks the client's secrets in the stderr it keeps as evidence", async () => {
    const out = mkdtempSync(join(tmpdir(), 'linkcy-certify-'));
    expect(await main(['certify', '--client-cmd', 'echo "password=$LINKCY_PASSWORD" >&2; exit 1', '--scenarios', 'delete-device', '--out', out])).toBe(1);
    const result = JSON.parse(readFileSync(join(out, 'client-certification.json'), 'utf8')) as { scenarios: { stderr: string }[] };
    expect(result.scenarios[0]?.stderr).toMatch(/^password=\[REDACTED len=\d+ sha256:[0-9a-f]{8}\]\n$/);
  });

  it.each([
    [['--client-cmd', 'x', '--client', 'y.ts']],
    [['--client-cmd', ' ']],
    [['--client-cmd', 'x', '--scenarios', 'read-cvv']],
    [['--client-cmd', 'x', '--client-timeout', 'soon']],
    [['--client', 'no/such/module.ts']],
  ])('exits 2 on a usage error: %j', async (args) => {
    const out = mkdtempSync(join(tmpdir(), 'linkcy-certify-'));
    expect(await main(['certify', ...args, '--out', out])).toBe(2);
    expect(existsSync(join(out, 'client-certification.json'))).toBe(false);
  });
});
