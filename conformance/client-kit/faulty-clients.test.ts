import { describe, expect, it } from 'vitest';
import { runClientCertification } from './certification.ts';
import { OUTCOME_CHECK } from './outcome-check.ts';
import { FAULTY_CLIENTS } from './test-fixtures/faulty-clients.ts';

// Each faulty client (the reference client with one defect) is failed by the scenario built to
// catch it, with the right requirement ID, and by nothing else: no other scenario fails, and
// every finding names that requirement, except the failing scenario's own outcome finding
// (reported under the scenario's requirement when the defect changes what the client reports).

describe('client certification of faulty clients', () => {
  it('has the 12 defects of the issue, each a different one', () => {
    expect(FAULTY_CLIENTS.length).toBe(12);
    expect(new Set(FAULTY_CLIENTS.map((faulty) => faulty.defect)).size).toBe(FAULTY_CLIENTS.length);
  });

  it.each(FAULTY_CLIENTS.map((faulty) => [faulty.defect, faulty] as const))('fails the client that %s', async (_defect, faulty) => {
    const result = await runClientCertification({ client: { kind: 'function', name: faulty.defect, run: faulty.run }, timeoutMs: 20_000 });
    expect(result.scenarios.filter((scenario) => !scenario.passed).map((scenario) => scenario.id)).toEqual([faulty.scenario]);
    const findings = result.findings.map(({ scenario, check, requirementId }) => ({ scenario, check, requirementId }));
    expect(findings.filter((finding) => finding.requirementId === faulty.requirementId).length).toBeGreaterThan(0);
    const scenarioRequirement = result.scenarios.find((scenario) => scenario.id === faulty.scenario)?.requirementIds[0];
    const others = findings.filter(
      (finding) => finding.requirementId !== faulty.requirementId && !(finding.check === OUTCOME_CHECK && finding.requirementId === scenarioRequirement),
    );
    expect(others).toEqual([]);
  });
});
