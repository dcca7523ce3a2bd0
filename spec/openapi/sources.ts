import type { OpenAPIV3_1 } from 'openapi-types';
import { EXTENSION, SOURCE_KINDS, type SourceKind, type SourceRef } from './extensions.ts';
import { isRecord } from './json-node.ts';
import { HTTP_METHOD_KEYS } from './locate-operations.ts';

/**
 * A source key of the digest (§0 of /work/shared/sources/linkcy-api-reference.md): the seeds,
 * the 1.114.5 pages (P-) and guides (G-), the older guide (R-) and Redoc reference (S-), or an
 * offset in the 1.78.0 OpenAPI (OAS178@496k).
 */
const SOURCE_KEY = /^(SEED00[01]|[PGRS]-[A-Z0-9]+(-[A-Z0-9]+)*|OAS178@\d+(\.\d+)?[kM])$/;
const DECISION_ID = /^D-[A-Z]+-\d+$/;

/** Which keys each kind of source may cite (an inferred fact may lean on any). */
const KEYS_OF_KIND: Readonly<Record<Exclude<SourceKind, 'inferred'>, RegExp>> = {
  seed: /^SEED/,
  'reference-1.114.5': /^[PG]-/,
  'openapi-1.78': /^(OAS178@|[RS]-)/,
};

export function isSourceKey(value: unknown): value is string {
  return typeof value === 'string' && SOURCE_KEY.test(value);
}

/** Reads an `x-linkcy-source` value; throws naming `where` and the rule it breaks. */
export function parseSourceRef(value: unknown, where: string): SourceRef {
  if (!isRecord(value)) throw new Error(`${where}: ${EXTENSION.source} must be an object {from, key?, decision?}`);
  const { from, key, decision } = value;
  const kind = SOURCE_KINDS.find((candidate) => candidate === from);
  if (kind === undefined) throw new Error(`${where}: ${EXTENSION.source}.from is ${JSON.stringify(from)}; expected one of ${SOURCE_KINDS.join(', ')}`);
  if (key !== undefined && !isSourceKey(key)) {
    throw new Error(`${where}: ${EXTENSION.source}.key ${JSON.stringify(key)} is not a source key of the digest (SEED000, P-SA, G-PAUTH, OAS178@496k, ...)`);
  }
  if (key !== undefined && kind !== 'inferred' && !KEYS_OF_KIND[kind].test(key)) {
    throw new Error(`${where}: ${EXTENSION.source}.key ${key} is not a ${kind} key (seed: SEED…, reference-1.114.5: P-…/G-…, openapi-1.78: OAS178@…/R-…/S-…)`);
  }
  if (decision !== undefined && (typeof decision !== 'string' || !DECISION_ID.test(decision))) {
    throw new Error(`${where}: ${EXTENSION.source}.decision ${JSON.stringify(decision)} is not a decision ID (D-SRC-1, ...)`);
  }
  if (kind === 'inferred' && decision === undefined) throw new Error(`${where}: an inferred ${EXTENSION.source} needs a decision (docs/decisions.md)`);
  if (kind !== 'inferred' && key === undefined) throw new Error(`${where}: ${EXTENSION.source} from ${kind} needs the source key`);
  const extra = Object.keys(value).filter((field) => !['from', 'key', 'decision'].includes(field));
  if (extra.length > 0) throw new Error(`${where}: ${EXTENSION.source} has unknown fields ${extra.join(', ')}`);
  return { from: kind, ...(key === undefined ? {} : { key }), ...(decision === undefined ? {} : { decision }) };
}

/** A node of the document that must say where it comes from, by its JSON pointer. */
export interface SourcedNode {
  readonly pointer: string;
  readonly kind: 'operation' | 'parameter' | 'header' | 'response' | 'property';
  readonly node: unknown;
}

// Values, not schemas: a property named "properties" inside an example is no schema keyword.
const VALUE_KEYWORDS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/**
 * Every operation, parameter, header, response (status) and schema property of the document,
 * references excluded: a `$ref` stands for its target, which is listed where it is defined.
 */
export function sourcedNodes(doc: OpenAPIV3_1.Document): SourcedNode[] {
  const found: SourcedNode[] = [];
  const visit = (node: unknown, pointer: string, kind: SourcedNode['kind'] | undefined): void => {
    if (isRecord(node) && kind !== undefined && typeof node.$ref !== 'string') found.push({ pointer, kind, node });
    walk(node, pointer);
  };
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, `${pointer}/${index}`, pointer.endsWith('/parameters') ? 'parameter' : undefined));
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (VALUE_KEYWORDS.has(key) || key.startsWith('x-')) continue;
      const childPointer = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (isRecord(child) && (key === 'properties' || key === 'headers' || key === 'responses' || (key === 'parameters' && pointer === '/components'))) {
        const childKind = ({ properties: 'property', headers: 'header', responses: 'response', parameters: 'parameter' } as const)[key];
        for (const [name, grandchild] of Object.entries(child)) {
          visit(grandchild, `${childPointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`, childKind);
        }
        continue;
      }
      const isOperation = /^\/paths\/[^/]+$/.test(pointer) && (HTTP_METHOD_KEYS as readonly string[]).includes(key);
      visit(child, childPointer, isOperation ? 'operation' : undefined);
    }
  };
  walk(doc, '');
  return found;
}

/** The pointers of the nodes without a valid `x-linkcy-source`, each with what is wrong. */
export function sourceProblems(doc: OpenAPIV3_1.Document): string[] {
  return sourcedNodes(doc).flatMap(({ pointer, kind, node }) => {
    const value = isRecord(node) ? node[EXTENSION.source] : undefined;
    if (value === undefined) return [`${pointer} (${kind}): no ${EXTENSION.source}`];
    try {
      parseSourceRef(value, pointer);
      return [];
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    }
  });
}

/** The source of a node, which must have one. */
export function readSource(node: unknown, where: string): SourceRef {
  return parseSourceRef(isRecord(node) ? node[EXTENSION.source] : undefined, where);
}
