import { isSecretField, isSecretHeader } from '../redaction/index.ts';
import type { ViolationContext } from './ajv-violations.ts';
import { schemaRef } from './document-ajv.ts';
import { pointerFromSegments } from './json-pointer.ts';
import type { ParameterLocation, ParameterSpec } from './operation-specs.ts';
import { planReading, readParameterValues, type ReceivedValues } from './parameter-values.ts';
import type { CompileSchemaCheck } from './schema-compilers.ts';
import type { Violation } from './types.ts';

/** Checks the parameters of one location (or a response's headers) against their schemas. */
export type ParameterCheck = (received: ReceivedValues) => Violation[];

export interface ParameterGroup {
  readonly location: ParameterLocation;
  readonly side: 'request' | 'response';
  readonly specs: readonly ParameterSpec[];
  /** Names the group in compile errors: `POST /cards request headers`. */
  readonly what: string;
}

const POINTER_OF: Readonly<Record<ParameterLocation, string>> = { path: '/pathParams', query: '/query', header: '/headers' };
const LABEL_OF: Readonly<Record<ParameterLocation, string>> = { path: 'path parameter', query: 'query parameter', header: 'header' };

/**
 * One schema per group: an object whose properties are the parameters, so ajv reports missing
 * ones as `required` at `/headers/<name>`. Undocumented names are not in it, and are allowed.
 */
export function compileParameterCheck(document: unknown, group: ParameterGroup, compile: CompileSchemaCheck): ParameterCheck {
  const { location, side, specs } = group;
  if (specs.length === 0) return () => [];
  const readings = specs.map((spec) => planReading(document, spec));
  const check = compile(
    {
      type: 'object',
      required: readings.filter((reading) => reading.spec.required).map((reading) => reading.key),
      properties: Object.fromEntries(
        readings.map((reading) => [reading.key, reading.spec.schema === undefined ? {} : schemaRef(reading.spec.schema)]),
      ),
    },
    group.what,
  );
  const documentedName = new Map(readings.map((reading) => [reading.key, reading.spec.name]));
  const label = side === 'response' ? `response ${LABEL_OF[location]}` : LABEL_OF[location];
  const contextFor = (received: Record<string, unknown>): ViolationContext => ({
    location,
    pointer: POINTER_OF[location],
    subjectOf: ([key = '', ...rest]) =>
      `${label} ${documentedName.get(key) ?? key}${rest.length > 0 ? ` ${pointerFromSegments(rest)}` : ''}`,
    isSecret: ([key = '']) => (location === 'header' ? isSecretHeader(key) : isSecretField(key)),
    received,
  });
  return (received) => {
    const values = readParameterValues(readings, received);
    // ajv coerces in place; the original strings stay for the violations' `actual`.
    return check(copyValues(values), contextFor(values));
  };
}

/** Values are strings or lists of strings (parameter-values.ts): one level deep is a full copy, far cheaper than structuredClone. */
function copyValues(values: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const value = values[key];
    copy[key] = Array.isArray(value) ? value.slice() : value;
  }
  return copy;
}
