export {
  ERROR_CATALOGUE,
  ERROR_CODES,
  SEED_FILES,
  formatErrorMessage,
  isErrorCode,
  type ErrorCode,
  type ErrorDefinition,
  type SeedFile,
} from './catalogue.ts';
export {
  ERROR_KINDS,
  errorBody,
  errorKindOf,
  nanosecondTimestamp,
  type ErrorBody,
  type ErrorBodyOptions,
  type ErrorDetail,
} from './error-body.ts';
export { DEFAULT_ERROR_CODE_POINTERS, isJsonPointer, readErrorCode, resolvePointer } from './read-error-code.ts';
