import type { ErrorObject } from 'ajv/dist/2020.js';
import { expectationOf } from './ajv-expectations.ts';
import { withoutCombinatorNoise } from './combinator-noise.ts';
import { pointerFromSegments, segmentsFromPointer, valueAtSegments } from './json-pointer.ts';
import type { SchemaReach } from './schema-reach.ts';
import type { Violation, ViolationLocation } from './types.ts';
import { createViolation, renderActual } from './violation.ts';

/** Where a validated value sits in the message, and how to name and show the parts of it. */
export interface ViolationContext {
  readonly location: ViolationLocation;
  /** Pointer of the validated value in the message shape: `/body`, `/headers`, `/query`, `/pathParams`. */
  readonly pointer: string;
  /** The message's subject for a part of the value, given its segments below `pointer`. */
  readonly subjectOf: (segments: readonly string[]) => string;
  readonly isSecret: (segments: readonly string[]) => boolean;
  /** The value as received, before any coercion, so `actual` shows what was sent. */
  readonly received: unknown;
}

/** One violation per distinct problem (pointer, rule and expectation), in ajv's order. */
export function violationsFromAjvErrors(
  errors: readonly ErrorObject[],
  context: ViolationContext,
  reachOf: SchemaReach,
): Violation[] {
  const violations = new Map<string, Violation>();
  for (const error of withoutCombinatorNoise(errors, reachOf)) {
    const segments = [...segmentsFromPointer(error.instancePath), ...propertyNamed(error)];
    const violation = createViolation({
      location: context.location,
      pointer: context.pointer + pointerFromSegments(segments),
      rule: error.keyword,
      expected: expectationOf(error),
      actual: renderActual(valueAtSegments(context.received, segments), context.isSecret(segments)),
      subject: context.subjectOf(segments),
    });
    const key = `${violation.pointer}\n${violation.rule}\n${violation.expected}`;
    if (!violations.has(key)) violations.set(key, violation);
  }
  return [...violations.values()];
}

/**
 * ajv points a missing or extra property's error at the object holding it; the violation points
 * at the property itself, which is what a reader looks for.
 */
function propertyNamed(error: ErrorObject): string[] {
  const { missingProperty, additionalProperty, unevaluatedProperty } = error.params;
  const name: unknown = missingProperty ?? additionalProperty ?? unevaluatedProperty;
  return typeof name === 'string' ? [name] : [];
}
