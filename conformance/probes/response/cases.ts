import fc from 'fast-check';
import type { OperationId, OperationInfo } from '../../../spec/openapi/index.ts';
import type { ProbeContext } from '../context.ts';
import { OPERATION_RECIPES } from '../fixtures/operations.ts';

// The response family's own cases, so every documented answer shape is met even where the other
// families cannot run. On a target with SCA semantics: a success, a missing token, an unknown
// resource and an invalid request per operation. Elsewhere (a stateless mock, a URL without
// simulator info): a valid request per documented status and example, with Prism's `Prefer`
// header asking for that example (servers that are not Prism ignore it).

const STATEFUL_VARIANTS = ['success', 'no-token', 'unknown-resource', 'invalid-request'] as const;
export type StatefulVariant = (typeof STATEFUL_VARIANTS)[number];

export type ResponseCase =
  | { readonly kind: 'stateful'; readonly operationId: OperationId; readonly variant: StatefulVariant }
  | { readonly kind: 'documented-example'; readonly operationId: OperationId; readonly status: number; readonly example: string | null };

/**
 * Which variants an operation has: no token only where it takes one; an unknown resource and an
 * invalid request only where the request names something (path parameters or a body).
 */
function variantsOf(operation: OperationInfo): StatefulVariant[] {
  const recipe = OPERATION_RECIPES[operation.operationId];
  const namesSomething = operation.pathTemplate.includes('{') || recipe.body !== undefined;
  return STATEFUL_VARIANTS.filter((variant) => {
    if (variant === 'no-token') return operation.tokenPolicy !== 'none';
    if (variant === 'unknown-resource' || variant === 'invalid-request') return namesSomething;
    return true;
  });
}

/** Every response case of the target, once each: the examples of every run. */
export function responseCases(context: ProbeContext): ResponseCase[] {
  const { capabilities } = context.target;
  const operations = [...context.operations.values()];
  if (capabilities.has('sca-semantics') && capabilities.has('control')) {
    // Variant by variant, so a short run still meets every operation's success answer first.
    return STATEFUL_VARIANTS.flatMap((variant) =>
      operations.flatMap((operation) => (variantsOf(operation).includes(variant) ? [{ kind: 'stateful', operationId: operation.operationId, variant } as const] : [])),
    );
  }
  return operations.flatMap((operation) =>
    operation.documentedStatuses.flatMap((status) => {
      const codes = operation.documentedErrors.find((error) => error.status === status)?.codes ?? [];
      // Prism names examples by key; the document keys every error example by its code.
      const examples: (string | null)[] = codes.length === 0 ? [null] : [...codes];
      return examples.map((example) => ({ kind: 'documented-example', operationId: operation.operationId, status, example }) as const);
    }),
  );
}

export function responseCaseArbitrary(context: ProbeContext): fc.Arbitrary<ResponseCase> {
  return fc.constantFrom(...responseCases(context));
}
