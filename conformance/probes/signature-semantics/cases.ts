import fc from 'fast-check';
import { semanticMutationArbitrary, semanticMutationExamples, type SemanticCase, type SemanticMutation } from '../../../generators/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { ProbeContext } from '../context.ts';
import { isRepeatable, scaEligibleOperations, takesBody } from '../fixtures/operations.ts';
import { HarnessError } from '../harness-error.ts';

// A semantic mutation (generators/semantic-mutation.arbitrary.ts) on one SCA-eligible operation.
// A mutation applies where it can mean something: a body changed after signing needs a body, a
// replay or an overtaken signature (D-AUDIT-5) needs an operation whose second identical request meets the same facts.

export interface SemanticOperationCase extends SemanticCase {
  readonly operationId: OperationId;
}

export function operationsFor(mutation: SemanticMutation, eligible: readonly OperationId[]): OperationId[] {
  switch (mutation) {
    case 'body-dropped':
    case 'body-altered':
      return eligible.filter(takesBody);
    case 'replay':
    case 'overtaken':
      return eligible.filter(isRepeatable);
    default:
      return [...eligible];
  }
}

function pickOperation(mutation: SemanticMutation, eligible: readonly OperationId[], index: number): OperationId {
  const candidates = operationsFor(mutation, eligible);
  const picked = candidates[index % candidates.length];
  if (picked === undefined) throw new HarnessError(`no SCA-eligible operation of the target can carry the mutation ${mutation}`);
  return picked;
}

/** Every mutation once, rotating over the operations it applies to, then the correct signature on every operation. */
export function semanticExamples(context: ProbeContext): SemanticOperationCase[] {
  const eligible = scaEligibleOperations(context.operations.values());
  const mutations = semanticMutationExamples().map((testCase, index) => ({ ...testCase, operationId: pickOperation(testCase.mutation, eligible, index) }));
  const correct = eligible.map((operationId) => ({ mutation: 'none', counterSteps: 1, operationId }) as const);
  return [...mutations, ...correct];
}

export function semanticArbitrary(context: ProbeContext): fc.Arbitrary<SemanticOperationCase> {
  const eligible = scaEligibleOperations(context.operations.values());
  // An index rather than a chained choice: it shrinks towards the first operation the mutation
  // applies to. The unmapper lets fast-check shrink the examples too (they are given as cases).
  return fc.tuple(semanticMutationArbitrary(), fc.nat({ max: eligible.length - 1 })).map(
    ([testCase, index]): SemanticOperationCase => ({ ...testCase, operationId: pickOperation(testCase.mutation, eligible, index) }),
    (value) => {
      const { operationId, ...testCase } = value as SemanticOperationCase;
      const index = operationsFor(testCase.mutation, eligible).indexOf(operationId);
      if (index === -1) throw new Error(`not a case of this arbitrary: ${operationId} cannot carry ${testCase.mutation}`);
      return [testCase, index] as [SemanticCase, number];
    },
  );
}
