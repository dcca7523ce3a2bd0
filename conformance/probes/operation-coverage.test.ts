import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations, loadOpenApiDocument } from '../../spec/openapi/index.ts';
import type { ProbeResult } from '../../reports/index.ts';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../cli/probe-command.ts';
import { runProbes } from '../runner/index.ts';
import { startSimulatorTarget, type Target } from '../targets/index.ts';
import type { FamilyId } from './check.ts';

// A run says what it reached: the default run (embedded simulator, default seed and runs) plays
// cases of each of the four SCA families on every SCA-eligible operation of the document, and the
// response family on every operation (fixtures/operations.ts is the one table all families use).

const SCA_FAMILIES = ['header-matrix', 'signature-semantics', 'ttl', 'error-codes'] as const satisfies readonly FamilyId[];
const OPERATIONS = listOperations(loadOpenApiDocument());
const SCA_ELIGIBLE = OPERATIONS.filter((operation) => operation.scaEligible).map((operation) => operation.operationId);

let target: Target;
let result: ProbeResult;

beforeAll(async () => {
  target = await startSimulatorTarget();
  result = await runProbes({ target, runs: DEFAULT_RUNS, seed: DEFAULT_SEED, families: [...SCA_FAMILIES, 'response'] });
}, 300_000);
afterAll(() => target.close());

describe('the default run reaches every operation', () => {
  it('lists every operation of the document, in its order, with its SCA eligibility', () => {
    expect(result.operations?.map((entry) => [entry.operationId, entry.scaEligible])).toEqual(OPERATIONS.map((operation) => [operation.operationId, operation.scaEligible]));
    // Which ones are SCA-eligible is the document's (spec/openapi/document.test.ts holds it to the agreed table).
    expect(SCA_ELIGIBLE.length).toBeGreaterThan(0);
  });

  it.each(SCA_FAMILIES)('%s plays cases on every SCA-eligible operation', (family) => {
    const missing = (result.operations ?? []).filter((entry) => entry.scaEligible && entry.casesByFamily[family] === 0).map((entry) => entry.operationId);
    expect(missing).toEqual([]);
  });

  it('response plays cases on every operation', () => {
    expect((result.operations ?? []).filter((entry) => entry.casesByFamily.response === 0).map((entry) => entry.operationId)).toEqual([]);
  });

  it('sets up every case it plays (no harness error)', () => {
    expect(result.harnessErrors).toEqual([]);
  });
});
