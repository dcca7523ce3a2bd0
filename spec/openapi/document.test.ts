import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from './document.ts';
import { EXTENSION, OPENAPI_SCHEMA_EXTENSIONS } from './extensions.ts';
import { isRecord, readField } from './json-node.ts';
import { locateOperations } from './locate-operations.ts';
import { OPERATION_IDS } from './operation-ids.ts';
import { listOperations, SCA_HEADER_NAMES } from './operations.ts';

const doc = loadOpenApiDocument();
const operations = listOperations(doc);
const located = locateOperations(doc);

const KYC_GATED = ['createLedger', 'createCard', 'createBeneficiary', 'createTransaction', 'createInterLedgerTransaction', 'createCryptoBeneficiary'];

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

  it('gives the SCA and token policies of every operation a source', () => {
    for (const operation of operations) {
      expect(operation.sources.sca.from, operation.operationId).toBeDefined();
      expect(operation.sources.token.from, operation.operationId).toBeDefined();
    }
    // "always" is our default for "This operation might require SCA." (D-SRC-5).
    for (const operation of operations.filter((entry) => entry.scaPolicy === 'always')) {
      expect(operation.sources.sca, operation.operationId).toMatchObject({ from: 'inferred', decision: 'D-SRC-5' });
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
      const anonymousOrBearer = JSON.stringify(operation.security) === JSON.stringify([{}, { 'Linkcy-Auth': [] }]);
      expect(anonymousOrBearer, operationId).toBe(info?.tokenPolicy === 'none-or-partner');
    }
  });

  it('documents the error responses each kind of operation can give', () => {
    for (const operation of operations) {
      const { operationId } = operation;
      expect(codesAt(operationId, 500), operationId).toContain('ERROR_INTERNAL_API');
      expect(codesAt(operationId, 400), operationId).toContain('ERROR_REQUEST');
      expect(codesAt(operationId, 401), operationId).toContain('UNAUTHORIZED');
      if (operation.tokenPolicy !== 'none') {
        expect(codesAt(operationId, 403), operationId).toContain('FORBIDDEN');
      }
      if (operation.scaEligible) {
        expect(codesAt(operationId, 409), operationId).toContain('SCA_REQUIRED');
        expect(codesAt(operationId, 401), operationId).toContain('SCA_SIGNATURE_DOES_NOT_MATCH');
        expect(codesAt(operationId, 404), operationId).toContain('NO_ACTIVE_SCA_DEVICE_FOUND');
        expect(codesAt(operationId, 500), operationId).toContain('SCA_UNEXPECTED_ERROR');
      }
      if (KYC_GATED.includes(operationId)) {
        expect(codesAt(operationId, 409), operationId).toEqual(expect.arrayContaining(['CONSUMER_KYC_MUST_BE_VALIDATED', 'CORPORATE_KYB_MUST_BE_VALIDATED']));
      }
    }
    expect(codesAt('createCard', 400)).toEqual(expect.arrayContaining(['LEDGER_NOT_FOUND', 'CARD_PROFILE_NOT_FOUND', 'CARD_PROFILE_NOT_ACTIVE', 'DELIVERY_METHOD_REQUIRED']));
    expect(codesAt('getCardPin', 409)).toEqual(expect.arrayContaining(['CARD_MUST_BE_ACTIVE', 'CARD_MUST_BE_PHYSICAL']));
    expect(codesAt('activateScaDevice', 404)).toContain('SCA_REGISTRATION_NOT_FOUND');
    expect(codesAt('deleteScaDevice', 404)).toContain('SCA_REGISTRATION_NOT_FOUND');
    expect(codesAt('registerScaDevice', 400)).toContain('ERROR_REGISTRATION_NOT_ALLOWED');
  });

  it('puts the two 1.114.5 SCA headers on every SCA-eligible operation and on no other, and the factor header on none', () => {
    for (const operation of operations) {
      const names = parameterNames(operation.operationId);
      for (const header of SCA_HEADER_NAMES) {
        expect(names.includes(header), `${operation.operationId} ${header}`).toBe(operation.scaEligible);
      }
      expect(names, operation.operationId).not.toContain('Linkcy-SCA-Factor');
      if (!operation.scaEligible) expect(operation.scaPolicy, operation.operationId).toBe('never');
    }
  });

  it('makes exactly the SCA-eligible operations of 1.114.5 SCA-eligible (digest §7.2)', () => {
    expect(operations.filter((operation) => operation.scaEligible).map((operation) => operation.operationId)).toEqual([
      'refreshToken',
      'registerScaDevice',
      'createCard',
      'updateCardRules',
      'deleteCardRule',
      'resetCardPinAttempts',
      'getCardPin',
      'getCardPanCredentials',
      'createBeneficiary',
      'createTransaction',
      'createInterLedgerTransaction',
      'createCryptoBeneficiary',
    ]);
  });

  it('declares the bearer a JWT', () => {
    expect(readField(doc.components?.securitySchemes?.['Linkcy-Auth'], 'bearerFormat')).toBe('JWT');
  });

  it('fixes the SCA and token policies the seeds state or the project decided', () => {
    const policies = Object.fromEntries(operations.map((operation) => [operation.operationId, [operation.scaPolicy, operation.tokenPolicy]]));
    const PEU = 'partner-or-end-user';
    expect(policies).toEqual({
      login: ['never', 'none'],
      refreshToken: ['always', 'none'],
      createConsumer: ['never', 'none-or-partner'],
      getConsumer: ['never', PEU],
      createCorporate: ['never', 'none-or-partner'],
      getCorporate: ['never', PEU],
      registerScaDevice: ['first-device-free', PEU],
      activateScaDevice: ['never', PEU],
      deleteScaDevice: ['never', 'partner'],
      createLedger: ['never', PEU],
      listCardDesigns: ['never', 'partner'],
      createCardProfile: ['never', 'partner'],
      listCardProfiles: ['never', 'partner'],
      createCard: ['always', PEU],
      getCard: ['never', PEU],
      updateCardRules: ['always', PEU],
      deleteCardRule: ['always', PEU],
      resetCardPinAttempts: ['always', PEU],
      getCardPin: ['always', PEU],
      getCardPanCredentials: ['always', PEU],
      createBeneficiary: ['always', PEU],
      listBeneficiaries: ['never', PEU],
      createTransaction: ['always', PEU],
      createInterLedgerTransaction: ['always', PEU],
      createCryptoBeneficiary: ['always', PEU],
    });
  });

  it('uses only the schema extension keywords it exports for validators', () => {
    const keys = new Set(schemaExtensionKeys(doc.components?.schemas));
    expect([...keys].sort()).toEqual([...OPENAPI_SCHEMA_EXTENSIONS].sort());
  });
});
