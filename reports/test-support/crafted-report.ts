import { buildReport } from '../model/build-report.ts';
import { suiteHashes } from '../model/hashes.ts';
import type { ConformanceReport, ObservedRow, ReportCheck, ReportSection, Verdict } from '../model/types.ts';

// TEST-ONLY. Small hand-made reports: two checks and two error-code rows whose verdicts and
// observations a test sets, for diffs and CLI exit codes without a probe run.

export interface CraftedVerdicts {
  readonly auth?: Verdict;
  readonly response?: Verdict;
  /** What the target answered for SCA_REQUIRED (documented: 409). */
  readonly scaRequiredStatus?: number;
}

function check(id: string, group: string, requirementIds: string[], verdict: Verdict): ReportCheck {
  return {
    id,
    title: `${id} title`,
    group,
    severity: 'major',
    requirementIds,
    violatedRequirementIds: verdict === 'fail' ? requirementIds : [],
    verdict,
    cases: 3,
    findings: verdict === 'fail' ? 1 : 0,
    distinctFindings: verdict === 'fail' ? 1 : 0,
    failures: [],
  };
}

function row(subject: string, documentedStatus: number, observedStatus: number | null): ObservedRow {
  const triggered = observedStatus !== null;
  return {
    subject,
    operationId: 'createCard',
    documentedStatus,
    documentedLabel: `${documentedStatus} Conflict`,
    observedStatus,
    observedCode: triggered ? subject : null,
    triggered,
    matches: triggered ? observedStatus === documentedStatus : null,
    note: 'crafted',
    verdict: 'informational',
  };
}

export function craftedReport(verdicts: CraftedVerdicts = {}): ConformanceReport {
  const auth = verdicts.auth ?? 'pass';
  const response = verdicts.response ?? 'pass';
  const section: ReportSection = {
    producer: 'provider-probes',
    title: 'crafted',
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:00:01.000Z',
    seed: 1,
    runs: 3,
    selection: null,
    command: null,
    checks: [check('auth/outcome', 'auth', ['SCA-AUTH-004'], auth), check('response/schema', 'response', ['SCA-RSP-007'], response)],
    requirements: [
      { id: 'SCA-AUTH-004', verdict: auth },
      { id: 'SCA-RSP-007', verdict: response },
    ],
    observed: [row('SCA_REQUIRED', 409, verdicts.scaRequiredStatus ?? 409), row('ERROR_SIGNATURE_INVALID', 400, null)],
    readings: [],
    notes: [],
    harnessErrors: [],
    reach: { cases: 6, groups: [], operations: [] },
  };
  return buildReport({ sections: [section], hashes: suiteHashes(), target: { kind: 'url', description: 'http://127.0.0.1:1', profile: 'sandbox', capabilities: [] } });
}
