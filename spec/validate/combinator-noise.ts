import type { ErrorObject } from 'ajv/dist/2020.js';
import type { SchemaReach } from './schema-reach.ts';

/**
 * When a oneOf or anyOf fails, ajv (allErrors) reports every error of every branch before the
 * combinator's own error: for a body that matches none of three shapes, that is a dozen
 * contradictory complaints ("must be string", "must have property b", ...). This keeps the
 * combinator's error alone, which names the branches, and drops the branch errors.
 *
 * A branch error is recognised by where ajv puts it (just before its combinator's error), where
 * it points (at or below the combinator's value) and which schema raised it (one the branches
 * reach); schema paths cannot be used, as ajv restarts them inside every compiled $ref.
 * `if` errors are dropped too: the `then`/`else` errors that come with them say what failed.
 */
export function withoutCombinatorNoise(errors: readonly ErrorObject[], reachOf: SchemaReach): ErrorObject[] {
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      const branchSchemas = reachOf(error.schema);
      for (let last = kept.at(-1); last !== undefined && isBranchError(last, error, branchSchemas); last = kept.at(-1)) {
        kept.pop();
      }
    }
    kept.push(error);
  }
  return kept;
}

function isBranchError(candidate: ErrorObject, combinator: ErrorObject, branchSchemas: ReadonlySet<object>): boolean {
  const at = combinator.instancePath;
  const within = candidate.instancePath === at || candidate.instancePath.startsWith(`${at}/`);
  return within && candidate.parentSchema !== undefined && branchSchemas.has(candidate.parentSchema);
}
