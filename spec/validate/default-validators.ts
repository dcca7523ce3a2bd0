import { loadOpenApiDocument } from '../openapi/index.ts';
import { createValidators } from './create-validators.ts';
import type { OperationValidators } from './types.ts';

let cached: OperationValidators | undefined;

/** Validators for the suite's own OpenAPI document, compiled on first use and shared after. */
export function getDefaultValidators(): OperationValidators {
  cached ??= createValidators(loadOpenApiDocument());
  return cached;
}
