import { isRecord } from '../openapi/index.ts';
import { pointerFromSegments, segmentsFromPointer, valueAtSegments } from './json-pointer.ts';

/** A node of the OpenAPI document with the JSON pointer it sits at, so ajv can `$ref` it. */
export interface LocatedNode {
  readonly node: unknown;
  readonly pointer: string;
}

// A cycle of Reference Objects would otherwise loop forever; real chains are one or two long.
const MAX_REF_HOPS = 16;

/**
 * Follows Reference Objects (`{ $ref: '#/components/...' }`) to the node they name, keeping
 * track of where it sits. Only references inside the document are supported.
 */
export function followRefs(document: unknown, start: LocatedNode): LocatedNode {
  let current = start;
  for (let hop = 0; hop < MAX_REF_HOPS; hop += 1) {
    const ref = isRecord(current.node) ? current.node.$ref : undefined;
    if (typeof ref !== 'string') return current;
    if (!ref.startsWith('#')) {
      throw new Error(`$ref "${ref}" at ${current.pointer}: only references inside the document (#/...) are supported`);
    }
    const node = nodeAtRef(document, ref);
    if (node === undefined) throw new Error(`$ref "${ref}" at ${current.pointer} points to nothing`);
    current = { node, pointer: pointerOfRef(ref) };
  }
  throw new Error(`$ref chain at ${start.pointer} is longer than ${MAX_REF_HOPS} hops (a cycle?)`);
}

/** The node a local `$ref` (`#/...`) names; undefined for other references or when it names nothing. */
export function nodeAtRef(document: unknown, ref: string): unknown {
  return ref.startsWith('#') ? valueAtSegments(document, segmentsFromPointer(pointerOfRef(ref))) : undefined;
}

// A $ref is a URI: its fragment is a JSON pointer, percent-encoded.
function pointerOfRef(ref: string): string {
  return decodeURIComponent(ref.slice(1));
}

/** The descendant of a located node at `keys`, or undefined when there is none. */
export function childOf(parent: LocatedNode, ...keys: string[]): LocatedNode | undefined {
  const node = valueAtSegments(parent.node, keys);
  return node === undefined ? undefined : { node, pointer: parent.pointer + pointerFromSegments(keys) };
}

/** The children of a located object or array (keys, or indices as strings); none for other nodes. */
export function childrenOf(parent: LocatedNode | undefined): [string, LocatedNode][] {
  if (parent === undefined || typeof parent.node !== 'object' || parent.node === null) return [];
  return Object.entries(parent.node).map(([key, node]: [string, unknown]) => [
    key,
    { node, pointer: parent.pointer + pointerFromSegments([key]) },
  ]);
}
