import type { ClientCertificationResult, ScenarioResult } from '../../conformance/client-kit/index.ts';
import type { ReportCheck, ReportSection, Verdict } from '../model/types.ts';

// The client-scenarios producer: a client certification (conformance/client-kit) as one report
// section, a check per scenario. The client's exchanges stay in client-certification.json; the
// report keeps each finding with its request line.

/** `command`: the command line that reruns the scenarios. */
export function clientScenariosSection(result: ClientCertificationResult, startedAt: string, finishedAt: string, command: string | null = null): ReportSection {
  const checks = result.scenarios.map(scenarioCheck);
  const requirementIds = [...new Set(checks.flatMap((check) => check.requirementIds))].sort();
  return {
    producer: 'client-scenarios',
    title: `Client scenarios: ${result.client}`,
    startedAt,
    finishedAt,
    seed: null,
    runs: null,
    selection: null,
    command,
    checks,
    requirements: requirementIds.map((id) => ({ id, verdict: requirementVerdict(id, checks) })),
    observed: [],
    readings: [],
    notes: [],
    harnessErrors: [],
    reach: {
      cases: result.scenarios.length,
      groups: result.scenarios.map((scenario) => ({ group: scenario.id, applicable: true, cases: 1 })),
      operations: [],
    },
  };
}

function scenarioCheck(scenario: ScenarioResult): ReportCheck {
  const violated = [...new Set(scenario.findings.map((finding) => finding.requirementId))].sort();
  const verdict: Verdict = scenario.passed ? 'pass' : 'fail';
  return {
    id: `client/${scenario.id}`,
    title: scenario.title,
    group: scenario.id,
    severity: 'critical',
    requirementIds: [...new Set([...scenario.requirementIds, ...violated])].sort(),
    violatedRequirementIds: violated,
    verdict,
    cases: 1,
    findings: scenario.findings.length,
    distinctFindings: new Set(scenario.findings.map((finding) => `${finding.check} ${finding.requirementId}`)).size,
    failures: scenario.passed
      ? []
      : [
          {
            group: scenario.id,
            caseId: scenario.id,
            seed: null,
            path: null,
            counterexample: { outcome: scenario.outcome, crash: scenario.crash },
            findings: scenario.findings.map((finding) => ({
              message: finding.request === null ? `${finding.check}: ${finding.message}` : `${finding.check} on ${finding.request}: ${finding.message}`,
              requirementIds: [finding.requirementId],
              severity: 'critical',
              operationId: null,
              evidence: [],
            })),
            replay: null,
          },
        ],
  };
}

function requirementVerdict(id: string, checks: readonly ReportCheck[]): Verdict {
  return checks.some((check) => check.violatedRequirementIds.includes(id)) ? 'fail' : 'pass';
}
