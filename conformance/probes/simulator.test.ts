import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ERROR_CODES } from '../../spec/errors/index.ts';
import type { ProbeResult } from '../../reports/index.ts';
import { runProbes } from '../runner/index.ts';
import { startSimulatorTarget } from '../targets/index.ts';
import { CHECK_LIST } from './registry.ts';

// The correct simulator passes every probe, in both profiles, with fixed seeds: what the fault
// catalogue's defects are measured against.

const results = new Map<'sandbox' | 'production', ProbeResult>();

beforeAll(async () => {
  await Promise.all(
    (['sandbox', 'production'] as const).map(async (profile) => {
      const target = await startSimulatorTarget({ profile });
      try {
        results.set(profile, await runProbes({ target, runs: profile === 'sandbox' ? 30 : 15, seed: 20261123 }));
      } finally {
        await target.close();
      }
    }),
  );
  // Every family plays all its examples (every operation of the document) in both profiles.
}, 600_000);
afterAll(() => results.clear());

describe.each(['sandbox', 'production'] as const)('the correct simulator (%s profile)', (profile) => {
  it('passes every check, with cases judged and no harness error', () => {
    const result = results.get(profile);
    expect(result?.harnessErrors).toEqual([]);
    expect(result?.checks.map((check) => [check.id, check.outcome])).toEqual(CHECK_LIST.map((check) => [check.id, 'passed']));
    for (const check of result?.checks ?? []) expect(check.casesRun, check.id).toBeGreaterThan(0);
    expect(result?.summary).toMatchObject({ failed: 0, notApplicable: 0, didNotRun: 0, harnessErrors: 0 });
  });

  it('provokes every catalogue code a client can provoke, with its documented status', () => {
    const rows = results.get(profile)?.errorCodeMapping ?? [];
    expect(rows.map((row) => row.code)).toEqual(ERROR_CODES);
    for (const row of rows.filter((candidate) => candidate.triggered)) {
      expect({ code: row.code, status: row.observedStatus, observed: row.observedCode }).toEqual({ code: row.code, status: ERROR_CATALOGUE[row.code].status, observed: row.code });
    }
    // PowerAuth-internal codes no request reaches, one no control call can set up, and the codes
    // of the profile choices the default profile does not make (the 1.78 factor header; the
    // guide's code for a malformed signature).
    const untriggered = Object.fromEntries(rows.filter((row) => !row.triggered).map((row) => [row.code, row.how]));
    expect(Object.keys(untriggered).sort()).toEqual(['END_USER_FORBIDDEN', 'ERROR_OPERATION_NOT_FOUND', 'ERROR_OTP_INVALID', 'ERROR_SIGNATURE_INVALID', 'ERROR_TOKEN_INVALID', 'SCA_FACTOR_NOT_SET']);
    for (const code of ['ERROR_OPERATION_NOT_FOUND', 'ERROR_OTP_INVALID', 'ERROR_TOKEN_INVALID']) expect(untriggered[code]).toMatch(/^not triggerable: PowerAuth-internal/);
    expect(untriggered.END_USER_FORBIDDEN).toMatch(/^not triggerable: login of a blocked end user/);
    for (const code of ['ERROR_SIGNATURE_INVALID', 'SCA_FACTOR_NOT_SET']) expect(untriggered[code]).toMatch(/^not provoked: under the target profile no SCA-eligible operation answers it/);
  });
});
