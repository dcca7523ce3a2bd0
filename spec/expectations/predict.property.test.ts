import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listOperations, loadOpenApiDocument, type OperationId, type OperationInfo } from '../openapi/index.ts';
import { DEFAULT_TARGET_PROFILE, type TargetProfile } from '../profile/index.ts';
import { DECISION_TABLE, expectedStatusOf, explain, predict } from './index.ts';
import { scaCaseArbitrary } from './sca-case.arbitrary.ts';
import { NON_DEFAULT_PROFILE } from './test-support/cases.ts';

// Fixed seed (CI is deterministic); fast-check prints the seed and path of any failure.
const SEED = { seed: 8_2026 };
const profileArbitrary = fc.constantFrom<TargetProfile>(DEFAULT_TARGET_PROFILE, NON_DEFAULT_PROFILE);

const OPERATIONS = new Map(listOperations(loadOpenApiDocument()).map((info) => [info.operationId, info]));
const operation = (operationId: OperationId): OperationInfo => {
  const info = OPERATIONS.get(operationId);
  if (info === undefined) throw new Error(`${operationId} is not in the OpenAPI document`);
  return info;
};

describe('predict on arbitrary cases', () => {
  it('never throws, and takes statuses from ERROR_CATALOGUE and the documented 2xx', () => {
    fc.assert(
      fc.property(scaCaseArbitrary(), fc.boolean(), profileArbitrary, (testCase, strictTtl, expect_) => {
        const { outcome, alternatives = [] } = predict(testCase, { strictTtl, expect: expect_ });
        for (const answer of [outcome, ...alternatives]) {
          if (answer.kind === 'error') {
            expect(answer.status).toBe(expectedStatusOf(answer.code, expect_));
          } else if (answer.status !== 202 || !expect_.waitingSca202) {
            expect(operation(testCase.operationId).documentedStatuses).toContain(answer.status);
            expect(answer.status).toBeGreaterThanOrEqual(200);
            expect(answer.status).toBeLessThan(300);
          }
        }
      }),
      SEED,
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
      SEED,
    );
  });

  it('reports the deciding row, its outcome and requirements, as explain does', () => {
    fc.assert(
      fc.property(scaCaseArbitrary(), (testCase) => {
        const expectation = predict(testCase);
        const row = DECISION_TABLE.find((candidate) => candidate.id === expectation.rule);
        expect(row).toBeDefined();
        expect(expectation.requirementIds).toEqual(row?.requirementIds);
        const { outcome } = expectation;
        if (row?.then === 'not-found') expect(outcome.kind).toBe('error');
        else expect(outcome.kind === 'success' ? 'success' : outcome.code).toBe(row?.then);
        const considered = explain(testCase);
        expect(considered.at(-1)?.rowId).toBe(expectation.rule);
        expect(considered.filter((evaluation) => evaluation.matched)).toHaveLength(1);
      }),
      SEED,
    );
  });

  it('makes strictTtl refuse more, never less, and only through DS-TTL-UNPROVABLE', () => {
    fc.assert(
      fc.property(scaCaseArbitrary(), (testCase) => {
        const lenient = predict(testCase);
        const strict = predict(testCase, { strictTtl: true });
        if (strict.rule !== lenient.rule) expect(strict.rule).toBe('DS-TTL-UNPROVABLE');
      }),
      SEED,
    );
  });

  it('never fails a target for refusing a signature it could not age (D-AUDIT-2)', () => {
    fc.assert(
      fc.property(scaCaseArbitrary(), (testCase) => {
        const expectation = predict(testCase);
        const signed = testCase.signature.present && testCase.signature.wellFormed ? testCase.signature.facts : undefined;
        if (signed?.provenance !== 'unknown' || (testCase.ageMs ?? 0) <= 30_000) return;
        if (expectation.outcome.kind === 'error' && expectation.outcome.code === 'SCA_SIGNATURE_DOES_NOT_MATCH') return;
        // Reached past the TTL row: a refusal for age is accepted, and the report says why.
        if (DECISION_TABLE.findIndex((row) => row.id === expectation.rule) > DECISION_TABLE.findIndex((row) => row.id === 'DS-TTL-EXPIRED')) {
          expect(expectation.alternatives).toContainEqual({ kind: 'error', code: 'SCA_SIGNATURE_DOES_NOT_MATCH', status: 401 });
          expect(expectation.notes?.length).toBe(1);
        }
      }),
      SEED,
    );
  });
});
