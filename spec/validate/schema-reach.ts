import { isRecord } from '../openapi/index.ts';
import { nodeAtRef } from './document-nodes.ts';

/** The schema objects a schema (or an array of them) can reach through its subschemas and local $refs. */
export type SchemaReach = (root: unknown) => ReadonlySet<object>;

export function createSchemaReach(document: unknown): SchemaReach {
  // Asked only when a combinator fails, for the same few combinators again and again.
  const cache = new WeakMap<object, ReadonlySet<object>>();
  return (root) => {
    if (typeof root !== 'object' || root === null) return new Set();
    let reach = cache.get(root);
    if (reach === undefined) {
      reach = walk(document, root);
      cache.set(root, reach);
    }
    return reach;
  };
}

// Every object below the root counts, schema or not (enum values, examples): only schemas are
// ever looked up, so the extra entries are harmless and the walk needs no keyword list.
function walk(document: unknown, root: object): Set<object> {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    pending.push(...Object.values(node));
    if (isRecord(node) && typeof node.$ref === 'string') pending.push(nodeAtRef(document, node.$ref));
  }
  return seen;
}
