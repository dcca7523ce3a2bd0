import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { LocatedNode } from './document-nodes.ts';

const DOCUMENT_ID = 'urn:linkcy-sca:openapi-document';

/**
 * How values reach the schemas: parameters arrive as strings and are coerced to the type their
 * schema names ("5" to 5, "true" to true); bodies are parsed JSON and are taken as they are.
 */
export type ValueCoercion = 'coerce-strings' | 'as-is';

/**
 * An ajv instance that holds the whole document under one id: any schema in it can then be
 * compiled by pointer (see schemaRef), and its `#/components/...` refs resolve where they were
 * written, without copying or rewriting the document.
 */
export function createDocumentAjv(document: Record<string, unknown>, coercion: ValueCoercion): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    // OpenAPI schemas carry keywords JSON Schema does not know (example, discriminator, x-*).
    strict: false,
    // Errors then carry the failing schema, which combinator-noise.ts needs.
    verbose: true,
    // 'array' also wraps a lone string for array schemas hidden behind allOf/oneOf, which
    // parameter-values.ts does not look into.
    coerceTypes: coercion === 'coerce-strings' ? 'array' : false,
  });
  // ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
  ajvFormats.default(ajv);
  // The document as a whole is not a JSON Schema, so it is not checked against the meta-schema;
  // each schema in it is checked when a validator that uses it compiles.
  ajv.addSchema(document, DOCUMENT_ID, undefined, false);
  return ajv;
}

/** A schema that stands for the document's schema at `located`. */
export function schemaRef(located: LocatedNode): { $ref: string } {
  return { $ref: `${DOCUMENT_ID}#${located.pointer.split('/').map(encodeURIComponent).join('/')}` };
}
