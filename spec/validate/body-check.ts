import { isSecretField } from '../redaction/index.ts';
import type { ViolationContext } from './ajv-violations.ts';
import { schemaRef } from './document-ajv.ts';
import { pointerFromSegments } from './json-pointer.ts';
import { matchMediaType } from './media-type.ts';
import type { BodySpec } from './operation-specs.ts';
import type { CompileSchemaCheck, SchemaCheck } from './schema-compilers.ts';
import type { Violation } from './types.ts';
import { createViolation, NOTHING, renderActual } from './violation.ts';

export interface ReceivedBody {
  readonly body: unknown;
  readonly contentType: string | undefined;
}

/** Checks a body's presence, its content type and its value against the matching media type's schema. */
export type BodyCheck = (received: ReceivedBody) => Violation[];

/** `spec` undefined: the request or response documents no body. */
export function compileBodyCheck(
  spec: BodySpec | undefined,
  side: 'request' | 'response',
  compile: CompileSchemaCheck,
  what: string,
): BodyCheck {
  const subject = side === 'request' ? 'body' : 'response body';
  const checks = new Map<string, SchemaCheck | undefined>(
    spec?.mediaTypes.map(({ mediaType, schema }) => [
      mediaType,
      schema === undefined ? undefined : compile(schemaRef(schema), `${what} (${mediaType})`),
    ]),
  );
  const documented = [...checks.keys()];
  const violation = (rule: string, expected: string, actual: string): Violation =>
    createViolation({ location: 'body', pointer: '/body', rule, expected, actual, subject });
  const context: Omit<ViolationContext, 'received'> = {
    location: 'body',
    pointer: '/body',
    subjectOf: (segments) => (segments.length === 0 ? subject : `${subject} ${pointerFromSegments(segments)}`),
    isSecret: (segments) => segments.some(isSecretField),
  };

  return ({ body, contentType }) => {
    if (spec === undefined) return body === undefined ? [] : [violation('body-not-allowed', 'absent', renderActual(body, false))];
    if (body === undefined) return spec.required ? [violation('body-required', 'present', NOTHING)] : [];
    const mediaType = contentType === undefined ? undefined : matchMediaType(documented, contentType);
    if (mediaType === undefined) {
      return [
        createViolation({
          location: 'content-type',
          pointer: '/headers/content-type',
          rule: 'content-type',
          expected: `one of ${documented.join(', ')}`,
          actual: renderActual(contentType, false),
          subject: side === 'request' ? 'header Content-Type' : 'response header Content-Type',
        }),
      ];
    }
    return checks.get(mediaType)?.(body, { ...context, received: body }) ?? [];
  };
}
