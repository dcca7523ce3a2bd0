import type { ErrorObject } from 'ajv/dist/2020.js';
import { isRecord } from '../openapi/index.ts';

/**
 * What an ajv error says the value should have been, worded to follow "must be": a
 * violation's message reads `<subject>: must be <expected> (received <actual>)`.
 */
export function expectationOf(error: ErrorObject): string {
  const param = (name: string): unknown => error.params[name];
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'present';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'a declared property';
    case 'false schema':
      return 'absent (the schema allows nothing here)';
    case 'enum':
      return `one of ${listOf(param('allowedValues'))}`;
    case 'const':
      return literal(param('allowedValue'));
    case 'type':
      return `type ${listOf(param('type'), ' or ')}`;
    case 'format':
      return `format ${String(param('format'))}`;
    case 'pattern':
      return `a string matching /${String(param('pattern'))}/`;
    case 'minLength':
      return `at least ${countOf(param('limit'), 'character')} long`;
    case 'maxLength':
      return `at most ${countOf(param('limit'), 'character')} long`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${String(param('comparison'))} ${String(param('limit'))}`;
    case 'multipleOf':
      return `a multiple of ${String(param('multipleOf'))}`;
    case 'minItems':
      return `an array of at least ${countOf(param('limit'), 'item')}`;
    case 'maxItems':
      return `an array of at most ${countOf(param('limit'), 'item')}`;
    case 'minProperties':
      return `an object with at least ${countOf(param('limit'), 'property', 'properties')}`;
    case 'maxProperties':
      return `an object with at most ${countOf(param('limit'), 'property', 'properties')}`;
    case 'uniqueItems':
      return `free of duplicates (items ${String(param('j'))} and ${String(param('i'))} are equal)`;
    case 'oneOf':
      return oneOfExpectation(error.schema, param('passingSchemas'));
    case 'anyOf':
      return `valid against at least one of ${branchLabels(error.schema).join(', ')}`;
    default:
      return `valid against "${error.keyword}" (${error.message ?? 'no detail'})`;
  }
}

function oneOfExpectation(branches: unknown, passing: unknown): string {
  const labels = branchLabels(branches);
  const expected = `valid against exactly one of ${labels.join(', ')}`;
  if (!Array.isArray(passing)) return expected;
  const matched = passing.map((index: unknown) => (typeof index === 'number' ? labels[index] : undefined) ?? String(index));
  return `${expected} (matches ${matched.join(' and ')})`;
}

/** Names for a combinator's branches: the component a branch refers to, its title or its type. */
function branchLabels(branches: unknown): string[] {
  if (!Array.isArray(branches)) return [];
  return branches.map((branch: unknown, index) => {
    if (!isRecord(branch)) return `schema ${index + 1}`;
    if (typeof branch.$ref === 'string') return decodeURIComponent(branch.$ref.split('/').at(-1) ?? branch.$ref);
    if (typeof branch.title === 'string') return branch.title;
    if (branch.type !== undefined) return `type ${listOf(branch.type, ' or ')}`;
    return `schema ${index + 1}`;
  });
}

function listOf(values: unknown, separator = ', '): string {
  return (Array.isArray(values) ? values : [values]).map(literal).join(separator);
}

/** Strings bare (they read as names: enum members, types), anything else as JSON. */
function literal(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function countOf(limit: unknown, singular: string, plural = `${singular}s`): string {
  return `${String(limit)} ${limit === 1 ? singular : plural}`;
}
