import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../errors/index.ts';
import { listOperations, loadOpenApiDocument, type OperationId, type OperationInfo } from '../openapi/index.ts';
import { DECISION_TABLE, explain, predict } from './index.ts';
import { scaCaseArbitrary } from './sca-case.arbitrary.ts';

const OPERATIONS = new Map(listOperations(loadOpenApiDocument()).map((info) => [info.operationId, info]));
const operation = (operationId: OperationId): OperationInfo => {
  const info = OPERATIONS.get(operationId);
  if (info === undefined) throw new Error(`${operationId} is not in the OpenAPI document`);
  return info;
};

describe('predict on arbitrary cases', () => {
  it('never throws, and takes statuses from ERROR_CATALOGUE and the documented 2xx', () => {
    fc.assert(
      fc.property(scaCaseArbitrary(), fc.boolean(), (testCase, strictTtl) => {
        const { outcome } = predict(testCase, { strictTtl });
        if (outcome.kind === 'error') {
          expect(outcome.status).toBe(ERROR_CATALOGUE[outcome.code].status);
        } else {
          expect(operation(testCase.operationId).documentedStatuses).toContain(outcome.status);
          expect(outcome.status).toBeGreaterThanOrEqual(200);
          expect(outcome.status).toBeLessThan(300);
        }
      }),
    );
  });

  it('only predicts an error the OpenAPI document lists for that operation and status', () => {
    fc.assert(
      fc.property(scaCaseArbitrary(), (testCase) => {
        const { outcome } = predict(testCase);
        if (outcome.kind === 'success') return;
        const documented = operation(testCase.operationId).documentedErrors.find((error) => error.status === outcome.status);
        expect(documented?.codes ?? [], `${testCase.operationId} ${outcome.status}`).toContain(outcome.code);
      }),
    );
  });

  it('reports the deciding row, its outcome and requirements, as explain does', () => {
    fc.assert(
      fc.property(scaCaseArbitrary(), (testCase) => {
        const expectation = predict(testCase);
        const row = DECISION_TABLE.find((candidate) => candidate.id === expectation.rule);
        expect(row).toBeDefined();
        expect(expectation.requirementIds).toEqual(row?.requirementIds);
        expect(expectation.outcome.kind === 'success' ? 'success' : expectation.outcome.code).toBe(row?.then);
        const considered = explain(testCase);
        expect(considered.at(-1)?.rowId).toBe(expectation.rule);
        expect(considered.filter((evaluation) => evaluation.matched)).toHaveLength(1);
      }),
    );
  });

  it('makes strictTtl refuse more, never less, and only through DS-TTL-UNPROVABLE', () => {
    fc.assert(
      fc.property(scaCaseArbitrary(), (testCase) => {
        const lenient = predict(testCase);
        const strict = predict(testCase, { strictTtl: true });
        if (strict.rule !== lenient.rule) expect(strict.rule).toBe('DS-TTL-UNPROVABLE');
      }),
    );
  });
});
