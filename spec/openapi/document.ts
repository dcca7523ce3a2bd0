import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OpenAPIV3_1 } from 'openapi-types';
import { parse } from 'yaml';

export const OPENAPI_DOCUMENT_PATH = fileURLToPath(new URL('./linkcy-sca.yaml', import.meta.url));

let cached: OpenAPIV3_1.Document | undefined;

/**
 * The LinkCy SCA OpenAPI document, parsed once. It is deeply frozen because every module shares
 * the same object: derive changed copies (e.g. with applyPathOverrides) instead of editing it.
 */
export function loadOpenApiDocument(): OpenAPIV3_1.Document {
  cached ??= deepFreeze(parseOpenApiDocument(readFileSync(OPENAPI_DOCUMENT_PATH, 'utf8')));
  return cached;
}

function parseOpenApiDocument(text: string): OpenAPIV3_1.Document {
  const parsed: unknown = parse(text, { prettyErrors: true });
  if (typeof parsed !== 'object' || parsed === null || !('openapi' in parsed) || parsed.openapi !== '3.1.0') {
    throw new Error(`${OPENAPI_DOCUMENT_PATH}: expected an OpenAPI 3.1.0 document (field "openapi")`);
  }
  // The shape below `openapi` is checked by spectral in the tests, not at every load.
  return parsed as OpenAPIV3_1.Document;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
