import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_PROFILE } from '../../spec/profile/index.ts';
import type { ProbeResult } from '../../reports/index.ts';
import { runProbes } from '../runner/index.ts';
import { startSimulatorTarget, type Target } from '../targets/index.ts';

// Where the sources disagree, a target that follows another documented reading than the one its
// profile declares is reported, not failed: a simulator answering SCA_SIGNATURE_DOES_NOT_MATCH
// with 403 (the label's text) probed as a 401 target (the label's number, the default).

let target: Target;
let result: ProbeResult;

beforeAll(async () => {
  target = await startSimulatorTarget({ expect: { ...DEFAULT_TARGET_PROFILE, signatureMismatchStatus: 403 } });
  result = await runProbes({ target, runs: 1, seed: 1, only: 'error-codes' });
}, 300_000);
afterAll(() => target.close());

describe('profile readings', () => {
  it('reports the 403 as an informational reading of signatureMismatchStatus, with the sources of each side', () => {
    const readings = (result.profileReadings ?? []).filter((reading) => reading.row === 'signatureMismatchStatus');
    expect(readings.length).toBeGreaterThan(0);
    for (const reading of readings) {
      expect(reading).toMatchObject({ declared: { value: '401', sources: ['SEED000', 'P-SA'] }, observed: { value: '403', sources: ['SEED000', 'P-SA'] } });
    }
    expect(new Set(readings.map((reading) => reading.checkId))).toEqual(new Set(['error-codes/mapping', 'response/error-status-matches-code', 'response/status-documented']));
  });

  it('fails no check for it', () => {
    expect(result.checks.filter((check) => check.outcome === 'failed').map((check) => check.id)).toEqual([]);
    expect(result.harnessErrors).toEqual([]);
  });
});
