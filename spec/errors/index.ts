export {
  ERROR_CATALOGUE,
  ERROR_CODES,
  SEED_FILES,
  errorBody,
  formatErrorMessage,
  isErrorCode,
  type ErrorBody,
  type ErrorCode,
  type ErrorDefinition,
  type SeedFile,
} from './catalogue.ts';
