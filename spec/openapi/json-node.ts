/** Walking the parsed OpenAPI document, whose nodes are plain JSON values. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of a node that may not be an object; for vendor extensions, which types do not declare. */
export function readField(node: unknown, key: string): unknown {
  return isRecord(node) ? node[key] : undefined;
}

// A cycle of $refs would otherwise loop forever; real chains here are one or two long.
const MAX_REF_HOPS = 16;

/**
 * Follows `$ref`s of the form `#/a/b` inside `root` until it reaches a node that is not a
 * reference. Throws, naming the reference, when it points nowhere or outside the document.
 */
export function resolveLocalRef(root: unknown, node: unknown): unknown {
  let current = node;
  for (let hop = 0; hop < MAX_REF_HOPS; hop += 1) {
    if (!isRecord(current) || typeof current.$ref !== 'string') return current;
    current = followPointer(root, current.$ref);
  }
  throw new Error(`$ref chain longer than ${MAX_REF_HOPS} hops (a cycle?) starting at ${JSON.stringify(node)}`);
}

function followPointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`$ref "${ref}": only references inside the document (#/...) are supported`);
  let current = root;
  for (const token of ref.slice(2).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isRecord(current) || !Object.hasOwn(current, key)) throw new Error(`$ref "${ref}" points to nothing`);
    current = current[key];
  }
  return current;
}
