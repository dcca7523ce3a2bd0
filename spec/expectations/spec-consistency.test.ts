import { describe, expect, it } from 'vitest';
import { listOperations, loadOpenApiDocument } from '../openapi/index.ts';
// The JSON walkers are internal to spec/openapi; the model reads only OperationInfo.
import { readField, resolveLocalRef } from '../openapi/index.ts';
import { DEFAULT_STRATEGY, SCA_FACTORS, STRATEGIES } from './index.ts';

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
  it('declares the SCA headers on exactly the SCA-eligible operations (readsScaHeaders)', () => {
    for (const { operationId, scaPolicy } of listOperations(doc)) {
      const names = [...parametersOf(operationId).keys()].filter((name) => name.startsWith('Linkcy-SCA-'));
      const expected = scaPolicy === 'none' ? [] : ['Linkcy-SCA-Strategy', 'Linkcy-SCA-Signature', 'Linkcy-SCA-Factor'];
      expect(names.sort(), operationId).toEqual(expected.sort());
    }
  });

  it('knows the Linkcy-SCA-Strategy enum and default, and the Linkcy-SCA-Factor enum', () => {
    const parameters = parametersOf('createCard');
    const strategy = schemaOf(parameters.get('Linkcy-SCA-Strategy'));
    expect(readField(strategy, 'enum')).toEqual([...STRATEGIES]);
    expect(readField(strategy, 'default')).toBe(DEFAULT_STRATEGY);
    expect(readField(schemaOf(parameters.get('Linkcy-SCA-Factor')), 'enum')).toEqual([...SCA_FACTORS]);
  });
});
