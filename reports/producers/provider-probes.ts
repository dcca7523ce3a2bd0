import type { CheckOutcome } from '../../conformance/probes/check.ts';
import type { CheckResult, ProbeResult } from '../../conformance/runner/index.ts';
import type { ReportCheck, ReportSection, TargetUnderTest, Verdict } from '../model/types.ts';

// The provider-probes producer: a probe run (conformance/runner) as one report section. The other
// producers (client scenarios, pact verification, pact check) each get an adapter like this one.

const VERDICT_OF: Readonly<Record<CheckOutcome, Verdict>> = {
  passed: 'pass',
  failed: 'fail',
  'harness-error': 'error',
  'not-applicable': 'not-applicable',
  'did-not-run': 'not-run',
};

export function probeVerdict(outcome: CheckOutcome): Verdict {
  return VERDICT_OF[outcome];
}

/** `command`: the command line that reruns the probes (the replay commands extend it). */
export function providerProbesSection(result: ProbeResult, command: string | null = null): ReportSection {
  return {
    producer: 'provider-probes',
    title: `Provider probes against ${result.run.target.description}`,
    startedAt: result.run.startedAt,
    finishedAt: result.run.finishedAt,
    seed: result.run.seed,
    runs: result.run.runs,
    selection: result.run.only,
    command,
    checks: result.checks.map(reportCheck),
    requirements: result.requirements.filter((row) => row.outcome !== 'did-not-run').map((row) => ({ id: row.id, verdict: probeVerdict(row.outcome) })),
    observed: result.errorCodeMapping.map((row) => ({
      subject: row.code,
      operationId: row.operationId,
      documentedStatus: row.documentedStatus,
      documentedLabel: row.seedLabel,
      observedStatus: row.observedStatus,
      observedCode: row.observedCode,
      triggered: row.triggered,
      matches: row.triggered ? row.observedStatus === row.documentedStatus && row.observedCode === row.code : null,
      note: row.how,
      verdict: 'informational',
    })),
    readings: (result.profileReadings ?? []).map((reading) => ({
      row: reading.row,
      declared: reading.declared,
      observed: reading.observed,
      checkId: reading.checkId,
      operationId: reading.operationId,
      message: reading.message,
      verdict: 'informational',
    })),
    notes: result.notes ?? [],
    harnessErrors: result.harnessErrors.map((error) => ({ group: error.family, caseId: error.caseId, message: error.message })),
    reach: {
      cases: result.summary.casesRun,
      groups: result.reach.families.map((family) => ({ group: family.family, applicable: family.applicable, cases: family.cases })),
      operations: result.reach.operations,
      rows: result.reach.rows,
      answers: result.reach.answers,
      ...(result.reach.simulator === undefined ? {} : { simulator: result.reach.simulator }),
    },
  };
}

export function probeTarget(result: ProbeResult): TargetUnderTest {
  const { target } = result.run;
  return { kind: target.kind, description: target.description, profile: target.profile, capabilities: [...target.capabilities] };
}

function reportCheck(check: CheckResult): ReportCheck {
  return {
    id: check.id,
    title: check.title,
    group: check.family,
    severity: check.severity,
    requirementIds: check.requirementIds,
    violatedRequirementIds: check.violatedRequirementIds,
    verdict: probeVerdict(check.outcome),
    cases: check.casesRun,
    findings: check.findingCount,
    distinctFindings: check.distinctFindings,
    failures: check.failures.map((failure) => ({
      group: failure.family,
      caseId: failure.caseId,
      seed: failure.seed,
      path: failure.path,
      counterexample: failure.counterexample,
      findings: failure.findings.map((finding) => ({
        message: finding.message,
        requirementIds: finding.requirementIds,
        severity: finding.severity,
        operationId: finding.operationId ?? null,
        evidence: finding.evidence,
      })),
      replay: failure.replay,
    })),
  };
}
