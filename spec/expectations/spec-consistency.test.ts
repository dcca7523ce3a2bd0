import { describe, expect, it } from 'vitest';
import { listOperations, loadOpenApiDocument } from '../openapi/index.ts';
// The JSON walkers are internal to spec/openapi; the model reads only OperationInfo.
import { readField, resolveLocalRef } from '../openapi/index.ts';
import { parseSignatureHeader } from '../powerauth/index.ts';
import { isScaEligible } from '../profile/index.ts';
import { DEFAULT_STRATEGY, STRATEGIES } from './index.ts';

// What the model assumes of the OpenAPI document beyond OperationInfo, checked against it.

const doc = loadOpenApiDocument();

/** The resolved parameters of the operation with this id, by name. */
function parametersOf(operationId: string): Map<string, unknown> {
  for (const pathItem of Object.values(doc.paths ?? {})) {
    for (const operation of Object.values(pathItem ?? {})) {
      if (readField(operation, 'operationId') !== operationId) continue;
      const parameters = readField(operation, 'parameters');
      const resolved = (Array.isArray(parameters) ? parameters : []).map((parameter: unknown) => resolveLocalRef(doc, parameter));
      return new Map(resolved.map((parameter) => [String(readField(parameter, 'name')), parameter]));
    }
  }
  throw new Error(`no operation ${operationId}`);
}

const schemaOf = (parameter: unknown): unknown => resolveLocalRef(doc, readField(parameter, 'schema'));

describe('the model agrees with the OpenAPI document', () => {
  it('declares the 1.114.5 SCA headers (Strategy, Signature; no Factor) on exactly the SCA-eligible operations', () => {
    for (const { operationId } of listOperations(doc)) {
      const names = [...parametersOf(operationId).keys()].filter((name) => name.startsWith('Linkcy-SCA-'));
      const expected = isScaEligible(operationId) ? ['Linkcy-SCA-Signature', 'Linkcy-SCA-Strategy'] : [];
      expect(names.sort(), operationId).toEqual(expected);
    }
  });

  it('knows the Linkcy-SCA-Strategy enum and default', () => {
    const strategy = schemaOf(parametersOf('createCard').get('Linkcy-SCA-Strategy'));
    expect(readField(strategy, 'enum')).toEqual([...STRATEGIES]);
    expect(readField(strategy, 'default')).toBe(DEFAULT_STRATEGY);
  });

  // D-AUDIT-6: the document's own example of the header must be one a client may send.
  it('gives Linkcy-SCA-Signature examples that our parser accepts', () => {
    const signature = parametersOf('createCard').get('Linkcy-SCA-Signature');
    const examples = [
      readField(signature, 'example'),
      ...Object.values((readField(signature, 'examples') as Record<string, unknown> | undefined) ?? {}).map((example) => readField(example, 'value')),
    ].filter((value): value is string => typeof value === 'string');
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(parseSignatureHeader(example)).toMatchObject({ ok: true });
  });

  it('leaves an empty Linkcy-SCA-Signature to the SCA stage (no minLength): the profile says missing or malformed', () => {
    const schema = schemaOf(parametersOf('createCard').get('Linkcy-SCA-Signature'));
    expect(readField(schema, 'minLength')).toBeUndefined();
  });
});
