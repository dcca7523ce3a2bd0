import { describe, expect, it } from 'vitest';
import { diffReports, formatDiff } from '../index.ts';
import { craftedReport } from '../test-support/crafted-report.ts';

// The sandbox regression check: crafted pairs of reports, each change in its own bucket.

describe('report diff', () => {
  it('finds no change and no regression between equal reports', () => {
    const diff = diffReports(craftedReport(), craftedReport());
    expect(diff).toEqual({ newFailures: [], fixes: [], changedStatuses: [], changedCodes: [], regression: false });
    expect(formatDiff(diff)).toEqual(['no change', 'no regression']);
  });

  it('reports a new failure of a requirement and its check as a regression', () => {
    const diff = diffReports(craftedReport(), craftedReport({ auth: 'fail' }));
    expect(diff.newFailures).toEqual([
      { id: 'SCA-AUTH-004', kind: 'requirement', before: 'pass', after: 'fail' },
      { id: 'provider-probes:auth/outcome', kind: 'check', before: 'pass', after: 'fail' },
    ]);
    expect(diff.regression).toBe(true);
    expect(formatDiff(diff)).toEqual(['new failures (2):', '  requirement SCA-AUTH-004: pass -> fail', '  check provider-probes:auth/outcome: pass -> fail', 'REGRESSION']);
  });

  it('reports a fix without a regression', () => {
    const diff = diffReports(craftedReport({ response: 'fail' }), craftedReport());
    expect(diff.fixes.map((change) => change.id)).toEqual(['SCA-RSP-007', 'provider-probes:response/schema']);
    expect(diff.regression).toBe(false);
  });

  it('reports other status changes apart, and a harness error appearing as a new failure', () => {
    const diff = diffReports(craftedReport(), craftedReport({ response: 'not-applicable', auth: 'error' }));
    expect(diff.changedStatuses.map((change) => `${change.id}:${change.before}->${change.after}`)).toEqual(['SCA-RSP-007:pass->not-applicable', 'provider-probes:response/schema:pass->not-applicable']);
    expect(diff.newFailures.map((change) => change.after)).toEqual(['error', 'error']);
    expect(diff.regression).toBe(true);
  });

  it('reports a changed error code, a regression when it no longer matches the documentation', () => {
    const worse = diffReports(craftedReport(), craftedReport({ scaRequiredStatus: 400 }));
    expect(worse.changedCodes).toEqual([{ code: 'SCA_REQUIRED', before: '409 SCA_REQUIRED', after: '400 SCA_REQUIRED', regression: true }]);
    expect(worse.regression).toBe(true);
    const better = diffReports(craftedReport({ scaRequiredStatus: 400 }), craftedReport());
    expect(better.changedCodes[0]?.regression).toBe(false);
    expect(better.regression).toBe(false);
  });
});
