export { buildPath, type QueryValue } from './build-path.ts';
export { loadOpenApiDocument, OPENAPI_DOCUMENT_PATH } from './document.ts';
export {
  EXTENSION,
  OPENAPI_SCHEMA_EXTENSIONS,
  SCA_POLICIES,
  SOURCE_KINDS,
  TOKEN_POLICIES,
  type ScaPolicy,
  type SourceKind,
  type SourceRef,
  type TokenPolicy,
} from './extensions.ts';
export type { HttpMethod } from './locate-operations.ts';
export { matchOperation, type OperationMatch } from './match-operation.ts';
export { isOperationId, OPERATION_IDS, type OperationId } from './operation-ids.ts';
export { listOperations, SCA_HEADER_NAMES, type DocumentedError, type OperationInfo } from './operations.ts';
export { isSourceKey, parseSourceRef, readSource, sourcedNodes, sourceProblems, type SourcedNode } from './sources.ts';
export { applyPathOverrides, loadPathOverrides, parsePathOverrides, type PathOverrides } from './path-overrides.ts';
export { isRecord, readField, resolveLocalRef } from './json-node.ts';
export { HTTP_METHOD_KEYS } from './locate-operations.ts';
export { WAITING_SCA_BODY_SCHEMA } from './waiting-sca.ts';
