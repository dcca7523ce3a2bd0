import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTargetProfile } from '../../spec/profile/index.ts';
import { parseProbeOptions } from './probe-command.ts';
import { parseServeOptions } from './serve-command.ts';
import { UsageError } from './usage-error.ts';

// `--expect FILE` on probe and serve: the profile is read once, a bad file is a usage error (exit
// code 2) naming every field and rule, never a stack trace.

const EXAMPLE = fileURLToPath(new URL('../../docs/expect-profile.example.json', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'expect-option-'));
const SERVE = { port: '0', host: '127.0.0.1', profile: 'sandbox', signatureTtl: '30s', tokenTtl: '15m', refreshTokenTtl: '24h', clock: 'system' };
const PROBE = { target: 'simulator', runs: '5', seed: '1', out: 'reports' };

function file(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

describe('--expect', () => {
  it('serve: the simulator options carry the profile', () => {
    expect(parseServeOptions({ ...SERVE, expect: EXAMPLE }).expect).toEqual(loadTargetProfile(EXAMPLE));
  });

  it('probe: the parsed options carry the file (for the replay command) and the profile', () => {
    expect(parseProbeOptions({ ...PROBE, expect: EXAMPLE }).expect).toEqual({ file: EXAMPLE, profile: loadTargetProfile(EXAMPLE) });
    expect(parseProbeOptions(PROBE).expect).toBeUndefined();
  });

  it.each([
    ['serve', (path: string) => parseServeOptions({ ...SERVE, expect: path })],
    ['probe', (path: string) => parseProbeOptions({ ...PROBE, expect: path })],
  ])('%s: a bad file is a UsageError listing each field and rule', (_command, parse) => {
    const bad = file('bad.json', JSON.stringify({ signatureMismatchStatus: 402, scaPolicies: { createLedger: 'always' } }));
    expect(() => parse(bad)).toThrow(UsageError);
    expect(() => parse(bad)).toThrow(
      `--expect ${bad}: signatureMismatchStatus: must be one of 401, 403 (rule: enum)\n  scaPolicies.createLedger: createLedger carries no SCA headers at 1.114.5, so its policy can only be "never" (rule: sca-eligible)`,
    );
    expect(() => parse(join(directory, 'absent.json'))).toThrow(/^--expect .*absent\.json: \(file\): cannot read the file \(ENOENT\)/);
    expect(() => parse(file('broken.json', '{'))).toThrow(/^--expect .*broken\.json: \(file\): not valid JSON/);
  });
});
