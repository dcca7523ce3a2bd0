import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from './document.ts';
import { EXTENSION, OPENAPI_SCHEMA_EXTENSIONS } from './extensions.ts';
import { isRecord, readField } from './json-node.ts';
import { locateOperations } from './locate-operations.ts';
import { OPERATION_IDS } from './operation-ids.ts';
import { listOperations } from './operations.ts';

const doc = loadOpenApiDocument();
const operations = listOperations(doc);
const located = locateOperations(doc);

const SCA_HEADERS = ['Linkcy-SCA-Strategy', 'Linkcy-SCA-Signature', 'Linkcy-SCA-Factor'];

function parameterNames(operationId: string): string[] {
  const operation = located.find((entry) => entry.operationId === operationId)?.operation;
  return (operation?.parameters ?? []).map((parameter) => {
    const ref = readField(parameter, '$ref');
    const target = typeof ref === 'string' ? readField(doc.components?.parameters, ref.split('/').at(-1) ?? '') : parameter;
    return String(readField(target, 'name'));
  });
}

function codesAt(operationId: string, status: number): readonly string[] {
  return operations.find((operation) => operation.operationId === operationId)?.documentedErrors.find((error) => error.status === status)?.codes ?? [];
}

/** Every key that starts with "x-" inside the component schemas, wherever it is nested. */
function schemaExtensionKeys(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(schemaExtensionKeys);
  if (!isRecord(node)) return [];
  return Object.entries(node).flatMap(([key, value]) => [...(key.startsWith('x-') ? [key] : []), ...schemaExtensionKeys(value)]);
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1.0, frozen, and served from the seed sandbox host', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.isFrozen(doc)).toBe(true);
    expect(doc.servers?.[0]?.url).toBe('https://api.sandbox.linkcy.cloud');
    expect(loadOpenApiDocument()).toBe(doc);
  });

  it('has exactly the operationIds of OPERATION_IDS', () => {
    expect(located.map((entry) => entry.operationId)).toEqual([...OPERATION_IDS]);
  });

  it('gives every operation a summary, tags, x-linkcy-sca, x-linkcy-token and documented errors', () => {
    for (const { operationId, operation } of located) {
      expect(operation.summary, operationId).toBeTruthy();
      expect(operation.tags?.length, operationId).toBeGreaterThan(0);
      expect(readField(operation, EXTENSION.sca), operationId).toBeDefined();
      expect(readField(operation, EXTENSION.token), operationId).toBeDefined();
    }
    for (const operation of operations) {
      expect(operation.documentedErrors.length, operation.operationId).toBeGreaterThan(0);
      for (const error of operation.documentedErrors) {
        expect(error.codes.length, `${operation.operationId} ${error.status}`).toBeGreaterThan(0);
      }
    }
  });

  it('marks every path as inferred (the seeds name operations, not paths)', () => {
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      expect(readField(item, EXTENSION.inferred), path).toBeDefined();
    }
  });

  it('declares parameters on operations only, which applyPathOverrides relies on', () => {
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      expect(item?.parameters, path).toBeUndefined();
      expect(item?.servers, path).toBeUndefined();
    }
  });

  it('matches security to x-linkcy-token: none means no bearer', () => {
    for (const { operationId, operation } of located) {
      const info = operations.find((entry) => entry.operationId === operationId);
      const unsecured = operation.security !== undefined && operation.security.length === 0;
      expect(unsecured, operationId).toBe(info?.tokenPolicy === 'none');
    }
  });

  it('documents the error responses each kind of operation can give', () => {
    for (const operation of operations) {
      const { operationId } = operation;
      expect(codesAt(operationId, 500), operationId).toContain('ERROR_INTERNAL_API');
      expect(codesAt(operationId, 400), operationId).toContain('ERROR_REQUEST');
      expect(codesAt(operationId, 401), operationId).toContain('UNAUTHORIZED');
      if (operation.tokenPolicy !== 'none') expect(codesAt(operationId, 403), operationId).toContain('FORBIDDEN');
      if (operation.scaPolicy !== 'none') {
        expect(codesAt(operationId, 409), operationId).toContain('SCA_REQUIRED');
        expect(codesAt(operationId, 401), operationId).toContain('SCA_SIGNATURE_DOES_NOT_MATCH');
        expect(codesAt(operationId, 500), operationId).toContain('SCA_UNEXPECTED_ERROR');
      }
    }
    expect(codesAt('activateScaDevice', 404)).toContain('SCA_REGISTRATION_NOT_FOUND');
    expect(codesAt('deleteScaDevice', 404)).toContain('SCA_REGISTRATION_NOT_FOUND');
    expect(codesAt('registerScaDevice', 400)).toContain('ERROR_REGISTRATION_NOT_ALLOWED');
  });

  it('puts the three SCA headers on every SCA-eligible operation and on no other', () => {
    for (const operation of operations) {
      const names = parameterNames(operation.operationId);
      for (const header of SCA_HEADERS) {
        expect(names.includes(header), `${operation.operationId} ${header}`).toBe(operation.scaPolicy !== 'none');
      }
    }
  });

  it('fixes the SCA and token policies the seeds state or the project decided', () => {
    const policies = Object.fromEntries(operations.map((operation) => [operation.operationId, [operation.scaPolicy, operation.tokenPolicy]]));
    expect(policies).toEqual({
      login: ['none', 'none'],
      refreshToken: ['none', 'none'],
      getEndUser: ['none', 'partner-or-end-user'],
      registerScaDevice: ['first-device-exempt', 'partner-or-end-user'],
      activateScaDevice: ['none', 'partner-or-end-user'],
      deleteScaDevice: ['none', 'partner'],
      createCard: ['required', 'partner-or-end-user'],
      getCardSensitiveData: ['required', 'partner-or-end-user'],
    });
  });

  it('uses only the schema extension keywords it exports for validators', () => {
    const keys = new Set(schemaExtensionKeys(doc.components?.schemas));
    expect([...keys].sort()).toEqual([...OPENAPI_SCHEMA_EXTENSIONS].sort());
  });
});
