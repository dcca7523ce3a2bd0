import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from './document.ts';
import { OPENAPI_SCHEMA_EXTENSIONS } from './extensions.ts';

const doc = loadOpenApiDocument();
const NAMES = Object.keys(doc.components?.schemas ?? {});

/** Compiles every component schema with a strict ajv; the messages of those that fail. */
function strictFailures(vocabulary: readonly string[]): string[] {
  // Required properties inside anyOf branches (the login shapes) are declared on the parent.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, strictRequired: false });
  ajvFormats.default(ajv);
  // OpenAPI's own format for secrets: a hint to tools, not a constraint.
  ajv.addFormat('password', true);
  ajv.addVocabulary([...vocabulary]);
  // The schemas where their `#/components/schemas/...` refs expect them; `components` is no schema keyword.
  ajv.addKeyword('components');
  ajv.addSchema({ components: { schemas: structuredClone(doc.components?.schemas) } }, 'urn:linkcy-sca:strict');
  return NAMES.flatMap((name) => {
    try {
      ajv.compile({ $ref: `urn:linkcy-sca:strict#/components/schemas/${name}` });
      return [];
    } catch (error) {
      return [`${name}: ${error instanceof Error ? error.message : String(error)}`];
    }
  });
}

describe('OPENAPI_SCHEMA_EXTENSIONS', () => {
  it('is all a strict JSON Schema validator needs to compile every schema of the document', () => {
    expect(NAMES.length).toBeGreaterThan(30);
    expect(strictFailures(OPENAPI_SCHEMA_EXTENSIONS)).toEqual([]);
  });

  it('is needed: without it, x-linkcy-source is an unknown keyword', () => {
    expect(strictFailures([]).join('\n')).toContain('unknown keyword: "x-linkcy-source"');
  });
});
