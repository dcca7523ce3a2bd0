import { MatchersV3 } from '@pact-foundation/pact';
import type { OpenAPIV3_1 } from 'openapi-types';
import { isRecord, resolveLocalRef } from '../spec/openapi/index.ts';

// Pact matchers derived from an OpenAPI schema and an example value, so an interaction promises
// what the document says and nothing else: a uuid format becomes a uuid matcher, an enum a regex
// of its values, a pattern that regex, a date-time an RFC 3339 regex, numbers and strings match
// by type. Objects keep only the properties the schema requires (D-PACT-3): a provider that omits
// an optional field still honours the pact. Values the caller marks (provider-state ids, the
// exact error code) are left as given.

/** RFC 3339 date-time, fractions of any length (LinkCy's timestamps carry nanoseconds). */
const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})$';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * OpenAPI patterns search (an unanchored one matches anywhere); Pact's regex matcher must match the
 * whole value. Anchored patterns pass unchanged.
 */
function fullMatch(pattern: string): string {
  return pattern.startsWith('^') && pattern.endsWith('$') ? pattern : `^.*?(?:${pattern}).*$`;
}

/** The schema with local $refs and allOf merged (properties and required lists). */
function flatten(doc: OpenAPIV3_1.Document, schema: unknown): Record<string, unknown> {
  const resolved = resolveLocalRef(doc, schema);
  if (!isRecord(resolved)) return {};
  const parts = Array.isArray(resolved.allOf) ? resolved.allOf.map((part) => flatten(doc, part)) : [];
  if (parts.length === 0) return resolved;
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const part of [resolved, ...parts]) {
    if (isRecord(part.properties)) Object.assign(properties, part.properties);
    if (Array.isArray(part.required)) required.push(...part.required.filter((name): name is string => typeof name === 'string'));
  }
  return { ...resolved, type: 'object', properties, required };
}

/** Leaves a value already holding a Pact matcher (a provider-state id, an exact code) untouched. */
function isMatcher(value: unknown): boolean {
  return isRecord(value) && 'pact:matcher:type' in value;
}

/**
 * `example` wrapped in the matchers `schema` implies. `keep` names object properties kept although
 * not required (a request body keeps every field the consumer sends).
 */
export function matchersFor(doc: OpenAPIV3_1.Document, schema: unknown, example: unknown, keep: 'required' | 'all' = 'required'): unknown {
  if (isMatcher(example)) return example;
  const node = flatten(doc, schema);
  if (Array.isArray(example)) {
    const first: unknown = example[0];
    return first === undefined ? example : MatchersV3.eachLike(matchersFor(doc, node.items, first, keep), 1);
  }
  if (isRecord(example)) {
    const properties = isRecord(node.properties) ? node.properties : {};
    const required = Array.isArray(node.required) ? node.required : [];
    const result: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(example)) {
      if (keep === 'required' && !required.includes(name) && !isMatcher(value)) continue;
      result[name] = matchersFor(doc, properties[name], value, keep);
    }
    return result;
  }
  if (typeof example === 'string') {
    if (Array.isArray(node.enum)) return MatchersV3.regex(`^(?:${node.enum.map((value) => escapeRegExp(String(value))).join('|')})$`, example);
    if (typeof node.pattern === 'string') return MatchersV3.regex(fullMatch(node.pattern), example);
    if (node.format === 'uuid') return MatchersV3.uuid(example);
    if (node.format === 'date-time') return MatchersV3.regex(DATE_TIME, example);
    return MatchersV3.string(example);
  }
  if (typeof example === 'number') return Number.isInteger(example) && node.type === 'integer' ? MatchersV3.integer(example) : MatchersV3.number(example);
  if (typeof example === 'boolean') return MatchersV3.boolean(example);
  return example;
}
