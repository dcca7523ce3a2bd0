import { readFileSync } from 'node:fs';
import type { OpenAPIV3_1 } from 'openapi-types';
import { loadOpenApiDocument } from './document.ts';
import { EXTENSION } from './extensions.ts';
import { isRecord, readField } from './json-node.ts';
import { HTTP_METHOD_KEYS, locateOperations } from './locate-operations.ts';
import { isOperationId, OPERATION_IDS, type OperationId } from './operation-ids.ts';
import { parsePathTemplate } from './path-template.ts';

/**
 * The real path template of each operation whose path differs from the document's
 * reconstruction, e.g. `{ "registerScaDevice": "/api/partner/consumers/{endUserId}/sca-devices" }`. The seeds name
 * operations, not paths, so users map them here instead of editing the document.
 */
export type PathOverrides = Partial<Record<OperationId, string>>;

/**
 * Checks a parsed JSON value as PathOverrides. Refuses unknown operationIds (listing the valid
 * ones), non-string values, templates not starting with "/", and templates whose {param} names
 * differ from the documented template's: requests and signatures are built from those names.
 */
export function parsePathOverrides(json: unknown, doc: OpenAPIV3_1.Document = loadOpenApiDocument()): PathOverrides {
  try {
    return checkPathOverrides(json, doc);
  } catch (error) {
    throw new Error(`path overrides: ${errorMessage(error)}`);
  }
}

function checkPathOverrides(json: unknown, doc: OpenAPIV3_1.Document): PathOverrides {
  if (!isRecord(json)) {
    throw new Error(`expected a JSON object mapping operationId to path template, got ${describe(json)}`);
  }
  const documented = new Map(locateOperations(doc).map((located) => [located.operationId, located.pathTemplate]));
  const overrides: PathOverrides = {};
  for (const [key, value] of Object.entries(json)) {
    if (!isOperationId(key)) {
      throw new Error(`unknown operationId "${key}"; valid operationIds: ${OPERATION_IDS.join(', ')}`);
    }
    if (typeof value !== 'string') {
      throw new Error(`"${key}" must be a string path template, got ${describe(value)}`);
    }
    if (!value.startsWith('/')) {
      throw new Error(`"${key}" must start with "/", got ${JSON.stringify(value)}`);
    }
    const documentedTemplate = documented.get(key);
    if (documentedTemplate === undefined) {
      throw new Error(`"${key}" is not in the OpenAPI document, so it has no path to override`);
    }
    const expected = sortedParamNames(documentedTemplate, key);
    const actual = sortedParamNames(value, key);
    if (expected.join() !== actual.join()) {
      throw new Error(
        `"${key}" must use the path parameters ${formatParams(expected)} of ${documentedTemplate}, got ${formatParams(actual)} in ${value}`,
      );
    }
    overrides[key] = value;
  }
  return overrides;
}

/** Reads and checks a JSON file of PathOverrides; errors name the file. */
export function loadPathOverrides(file: string, doc: OpenAPIV3_1.Document = loadOpenApiDocument()): PathOverrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`path overrides file ${file}: cannot be read (${errorMessage(error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`path overrides file ${file}: not valid JSON (${errorMessage(error)})`);
  }
  try {
    return checkPathOverrides(json, doc);
  } catch (error) {
    throw new Error(`path overrides file ${file}: ${errorMessage(error)}`);
  }
}

/**
 * A copy of `doc` whose `paths` use the overridden templates, so validators and mock servers
 * see the real paths. A moved operation records its documented template in
 * `x-linkcy-path-override` (its `x-linkcy-source` still describes the documented path).
 */
export function applyPathOverrides(doc: OpenAPIV3_1.Document, overrides: PathOverrides): OpenAPIV3_1.Document {
  const checked = parsePathOverrides(overrides, doc);
  const copy = structuredClone(doc);
  const paths: OpenAPIV3_1.PathsObject = copy.paths ?? {};
  for (const { operationId, methodKey, pathTemplate } of locateOperations(doc)) {
    const target = checked[operationId];
    if (target === undefined || target === pathTemplate) continue;
    const from = paths[pathTemplate];
    const operation = from?.[methodKey];
    if (from === undefined || operation === undefined) continue;
    delete from[methodKey];
    if (!hasOperations(from)) delete paths[pathTemplate];
    // A new path item starts empty: the document declares parameters on operations, never on
    // path items (a test holds it to that), so the operation carries all it needs.
    const to: OpenAPIV3_1.PathItemObject = paths[target] ?? {};
    const clash = findClash(paths, target, methodKey);
    if (to[methodKey] !== undefined || clash !== undefined) {
      throw new Error(
        `path overrides: "${operationId}" moves ${methodKey.toUpperCase()} to ${target}, which ${clash ?? target} already serves`,
      );
    }
    to[methodKey] = Object.assign(operation, { [EXTENSION.pathOverride]: { documentedPath: pathTemplate } });
    paths[target] = to;
  }
  copy.paths = paths;
  return copy;
}

function sortedParamNames(template: string, operationId: OperationId): string[] {
  try {
    return [...parsePathTemplate(template).paramNames].sort();
  } catch (error) {
    throw new Error(`"${operationId}": ${errorMessage(error)}`);
  }
}

function hasOperations(pathItem: OpenAPIV3_1.PathItemObject): boolean {
  return HTTP_METHOD_KEYS.some((key) => pathItem[key] !== undefined);
}

/** Another template that matches the same requests (only parameter names differ) with the same method. */
function findClash(paths: OpenAPIV3_1.PathsObject, target: string, methodKey: string): string | undefined {
  const shape = (template: string): string => template.replace(/\{[^}]*\}/g, '{}');
  return Object.entries(paths).find(
    ([template, item]) => template !== target && shape(template) === shape(target) && readField(item, methodKey) !== undefined,
  )?.[0];
}

function formatParams(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.map((name) => `{${name}}`).join(', ');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : `a ${typeof value}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
