export { createValidators } from './create-validators.ts';
export { getDefaultValidators } from './default-validators.ts';
export { formatViolations } from './format-violations.ts';
export type {
  HttpRequestShape,
  HttpResponseShape,
  OperationValidators,
  Violation,
  ViolationLocation,
} from './types.ts';
