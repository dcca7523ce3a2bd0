import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeResult } from '../../reports/index.ts';
import { runProbes } from '../runner/index.ts';
import { startPrismMockTarget, type PrismTarget } from '../targets/index.ts';
import { CHECK_LIST } from './registry.ts';

// Against a stateless mock (Prism, answering the document's examples): the run completes, the
// schema checks run on every example and pass, and every check that needs SCA semantics is
// 'not-applicable', never 'passed'.

let target: PrismTarget;
let result: ProbeResult;

beforeAll(async () => {
  target = await startPrismMockTarget();
  result = await runProbes({ target, runs: 100, seed: 1 });
}, 120_000);
afterAll(() => target.close());

describe('probing the Prism mock', () => {
  it('runs the schema checks over the documented examples, and they pass', () => {
    const schemaChecks = result.checks.filter((check) => check.family === 'response');
    expect(schemaChecks.length).toBeGreaterThan(0);
    for (const check of schemaChecks) {
      expect(check.outcome, check.id).toBe('passed');
      // Every documented status and example (more than 100), each judged by every response check.
      expect(check.casesRun, check.id).toBe(result.summary.casesRun);
      expect(check.casesRun, check.id).toBeGreaterThanOrEqual(100);
    }
  });

  it('shows every semantic check as not applicable', () => {
    const semantic = CHECK_LIST.filter((check) => check.needs.includes('sca-semantics')).map((check) => check.id);
    expect(semantic.length).toBeGreaterThan(0);
    for (const id of semantic) expect(result.checks.find((check) => check.id === id)?.outcome, id).toBe('not-applicable');
    expect(result.summary).toMatchObject({ failed: 0, harnessErrors: 0, didNotRun: 0 });
  });

  it('reports no error code as triggered, each with the reason', () => {
    for (const row of result.errorCodeMapping) {
      expect(row.triggered).toBe(false);
      expect(row.how).toMatch(/^(not run: not applicable: the target lacks sca-semantics, control|not triggerable: )/);
    }
  });
});
