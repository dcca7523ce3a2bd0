import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';
import { violationsFromAjvErrors, type ViolationContext } from './ajv-violations.ts';
import { createDocumentAjv } from './document-ajv.ts';
import { createSchemaReach, type SchemaReach } from './schema-reach.ts';
import type { Violation } from './types.ts';

/** A compiled schema: validates a value and says what is wrong with it. */
export type SchemaCheck = (value: unknown, context: ViolationContext) => Violation[];

/** Compiles a schema (usually a schemaRef into the document); `what` names it in compile errors. */
export type CompileSchemaCheck = (schema: object, what: string) => SchemaCheck;

export interface SchemaCompilers {
  /** For parameter and header values, which arrive as strings and are coerced (the value is changed). */
  readonly parameters: CompileSchemaCheck;
  /** For bodies, which are parsed JSON and validated as they are. */
  readonly bodies: CompileSchemaCheck;
}

export function createSchemaCompilers(document: Record<string, unknown>): SchemaCompilers {
  const reachOf = createSchemaReach(document);
  return {
    parameters: compilerFor(createDocumentAjv(document, 'coerce-strings'), reachOf),
    bodies: compilerFor(createDocumentAjv(document, 'as-is'), reachOf),
  };
}

function compilerFor(ajv: Ajv2020, reachOf: SchemaReach): CompileSchemaCheck {
  return (schema, what) => {
    const validate = compileNamed(ajv, schema, what);
    return (value, context) => (validate(value) ? [] : violationsFromAjvErrors(validate.errors ?? [], context, reachOf));
  };
}

function compileNamed(ajv: Ajv2020, schema: object, what: string): ValidateFunction {
  try {
    return ajv.compile(schema);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot compile the schema of ${what}: ${reason}`, { cause: error });
  }
}
