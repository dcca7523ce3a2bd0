import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECISION_TABLE } from '../../spec/expectations/index.ts';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../cli/probe-command.ts';
import { startSimulatorTarget } from '../targets/index.ts';
import type { ProbeResult } from './probe-result.ts';
import { unreachedRows } from './reach.ts';
import { runProbes } from './run-probes.ts';

// `npx linkcy-sca probe --target simulator` as a user runs it (the CLI's defaults, the embedded
// simulator in the sandbox) must reach every decision row its profile allows: a row no case
// reaches is a rule no default run can catch a defect of.

let result: ProbeResult | undefined;

beforeAll(async () => {
  const target = await startSimulatorTarget();
  try {
    result = await runProbes({ target, runs: DEFAULT_RUNS, seed: DEFAULT_SEED });
  } finally {
    await target.close();
  }
}, 600_000);
afterAll(() => {
  result = undefined;
});

describe('reach of the default probe run on the simulator', () => {
  it('reaches every decision row reachable under its profile', () => {
    const missing = unreachedRows(result?.reach ?? { families: [], operations: [], rows: [], answers: [] }).map((row) => row.row);
    expect(missing, `decision rows the default run never reached: ${missing.join(', ')}`).toEqual([]);
  });

  it('lists every row, and says why those the sandbox default profile rules out cannot be reached', () => {
    const rows = result?.reach.rows ?? [];
    expect(rows.map((row) => row.row)).toEqual(DECISION_TABLE.map((row) => row.id));
    const ruledOut = Object.fromEntries(rows.filter((row) => row.notReachable !== undefined).map((row) => [row.row, row.notReachable]));
    expect(ruledOut).toMatchObject({
      'REQ-FACTOR-ENUM': 'factorHeader = invalid (this run: absent)',
      'KYC-BEFORE-SCA-CONSUMER': expect.stringContaining('kycCheck = before-sca (this run: after-sca)'),
      'BYP-PRODUCTION': expect.stringContaining('byPassAllowed = false (this run: true)'),
      'PUSH-WAITING-SCA': 'waitingSca202 = true (this run: false)',
      'DS-SIG-MALFORMED-POWERAUTH': expect.stringContaining('malformedSignatureCode = ERROR_SIGNATURE_INVALID'),
      'DS-TTL-UNPROVABLE': expect.stringContaining('ttl = unprovable'),
    });
    // A reachable row is never excused.
    expect(Object.keys(ruledOut)).not.toContain('DS-TTL-EXPIRED');
  });

  it('tells operations x strategies x answers, with the code of each refusal', () => {
    const answers = result?.reach.answers ?? [];
    expect(answers).toContainEqual(expect.objectContaining({ operationId: 'createCard', strategy: 'absent', status: 409, code: 'SCA_REQUIRED' }));
    expect(answers).toContainEqual(expect.objectContaining({ operationId: 'createCard', strategy: 'DATA_SIGNING', status: 201, code: null }));
    expect(answers).toContainEqual(expect.objectContaining({ operationId: 'createCard', strategy: 'invalid', status: 400, code: 'ERROR_REQUEST' }));
  });
});
