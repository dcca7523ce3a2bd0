import { describe, expect, it } from 'vitest';
import { predict } from '../../../spec/expectations/index.ts';
import { listOperations, loadOpenApiDocument, OPERATION_IDS } from '../../../spec/openapi/index.ts';
import { DEFAULT_TARGET_PROFILE } from '../../../spec/profile/index.ts';
import type { ProbeContext } from '../context.ts';
import { errorScenarioCases } from './scenarios.ts';

// A scenario that states its facts says which decision row it reaches (error-codes/mapping names
// that row as reached): the model must give those facts the scenario's own code, or reach would
// count a row the scenario never provokes.

const operations = listOperations(loadOpenApiDocument());
const context = {
  // A control plane: signatures are recorded (TTL provenance), as on the simulator.
  target: { control: {} },
  expect: DEFAULT_TARGET_PROFILE,
  errorCodePointers: DEFAULT_TARGET_PROFILE.errorCodePointers,
  profile: 'sandbox',
  signatureTtlMs: 30_000,
  clockFrozen: true,
  operations: new Map(operations.map((operation) => [operation.operationId, operation])),
} as unknown as ProbeContext;

describe('the error-code scenarios', () => {
  it('state facts the expectation model answers with the scenario code', () => {
    const stated = errorScenarioCases(context).filter((scenario) => scenario.scaCase !== undefined);
    expect(stated.length).toBeGreaterThan(OPERATION_IDS.length);
    for (const scenario of stated) {
      const { outcome } = predict(scenario.scaCase?.(context) ?? ({} as never), { expect: DEFAULT_TARGET_PROFILE });
      expect(outcome.kind === 'error' ? outcome.code : outcome.status, scenario.how).toBe(scenario.code);
    }
  });
});
