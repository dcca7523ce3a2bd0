import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PSD2_EXEMPTIONS, DEFAULT_TARGET_PROFILE } from './defaults.ts';
import { loadTargetProfile, parseTargetProfile, ProfileError, type ProfileIssue } from './load.ts';
import { TARGET_PROFILE_SCHEMA } from './schema.ts';

const EXAMPLE_FILE = new URL('../../docs/expect-profile.example.json', import.meta.url);
const SCHEMA_FILE = new URL('./expect-profile.schema.json', import.meta.url);

function issuesOf(json: unknown): ProfileIssue[] {
  try {
    parseTargetProfile(json, 'bad.json');
  } catch (error) {
    if (error instanceof ProfileError) return [...error.issues];
    throw error;
  }
  throw new Error('the profile was accepted');
}

describe('parseTargetProfile', () => {
  it('an empty object is the default profile', () => {
    expect(parseTargetProfile({})).toEqual(DEFAULT_TARGET_PROFILE);
  });

  it('loads the documented example, with every non-default choice', () => {
    const profile = loadTargetProfile(EXAMPLE_FILE.pathname);
    expect(profile).toMatchObject({
      errorCodePointers: ['/errorCode', '/code'],
      signatureMismatchStatus: 403,
      emptySignature: 'malformed',
      malformedSignatureCode: 'ERROR_SIGNATURE_INVALID',
      factorHeader: 'BIOMETRY|PIN',
      firstDevice: 'no-active-device',
      productionByPassAllowlist: ['getCardPanCredentials'],
      deviceActivation: { mode: 'delayed', delayMs: 2000 },
      waitingSca202: true,
      kycCheck: 'before-sca',
    });
    expect(profile.scaPolicies.createInterLedgerTransaction).toEqual({ policy: 'psd2-exemptions', exemptions: DEFAULT_PSD2_EXEMPTIONS });
    expect(profile.scaPolicies.refreshToken).toEqual({ policy: 'psd2-exemptions', exemptions: { ...DEFAULT_PSD2_EXEMPTIONS, reauthenticationDays: 180 } });
    expect(profile.scaPolicies.resetCardPinAttempts).toEqual({ policy: 'never' });
    // Every field of the profile is shown by the example, so the example documents them all.
    expect(Object.keys(profile).sort()).toEqual(Object.keys(DEFAULT_TARGET_PROFILE).sort());
    const exampleKeys = Object.keys(JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as object);
    expect(exampleKeys.filter((key) => !key.startsWith('$') && key !== 'description').sort()).toEqual(Object.keys(DEFAULT_TARGET_PROFILE).sort());
  });

  it.each<[string, unknown, ProfileIssue]>([
    ['an unknown field', { signatureMismatchStatuss: 403 }, { field: 'signatureMismatchStatuss', rule: 'known-field', message: expect.stringContaining('known fields: $schema, description, errorCodePointers') as unknown as string }],
    ['a status outside the choice', { signatureMismatchStatus: 404 }, { field: 'signatureMismatchStatus', rule: 'enum', message: 'must be one of 401, 403' }],
    ['a status as a string', { signatureMismatchStatus: '401' }, { field: 'signatureMismatchStatus', rule: 'enum', message: 'must be one of 401, 403' }],
    ['a pointer without a leading slash', { errorCodePointers: ['errorCode'] }, { field: 'errorCodePointers[0]', rule: 'pattern', message: expect.stringContaining('must match pattern') as unknown as string }],
    ['a pointer with a bad escape', { errorCodePointers: ['/a~2b'] }, { field: 'errorCodePointers[0]', rule: 'pattern', message: expect.stringContaining('must match pattern') as unknown as string }],
    ['no pointer at all', { errorCodePointers: [] }, { field: 'errorCodePointers', rule: 'minItems', message: 'must NOT have fewer than 1 items' }],
    ['the KNOWLEDGE factor', { factorHeader: 'KNOWLEDGE|BIOMETRY' }, { field: 'factorHeader', rule: 'enum', message: 'must be one of "absent", "BIOMETRY|PIN"' }],
    ['an unknown operation in the allowlist', { productionByPassAllowlist: ['getEndUser'] }, { field: 'productionByPassAllowlist[0]', rule: 'enum', message: expect.stringContaining('must be one of "login"') as unknown as string }],
    ['a delayed activation without its delay', { deviceActivation: { mode: 'delayed' } }, { field: 'deviceActivation.delayMs', rule: 'required', message: 'is required' }],
    ['a delay on a synchronous activation', { deviceActivation: { mode: 'synchronous', delayMs: 5 } }, { field: 'deviceActivation', rule: 'not', message: 'must NOT be valid' }],
    ['a negative delay', { deviceActivation: { mode: 'delayed', delayMs: -1 } }, { field: 'deviceActivation.delayMs', rule: 'minimum', message: 'must be >= 1' }],
    ['an unknown operation in scaPolicies', { scaPolicies: { getEndUser: 'always' } }, { field: 'scaPolicies.getEndUser', rule: 'operation-id', message: expect.stringContaining('is not an operationId of the OpenAPI document; valid operationIds: login, refreshToken') as unknown as string }],
    ['an unknown policy', { scaPolicies: { createCard: 'sometimes' } }, { field: 'scaPolicies.createCard', rule: 'enum', message: 'must be one of "always", "never", "first-device-free", "psd2-exemptions"' }],
    ['a misspelt PSD2 figure', { scaPolicies: { createTransaction: { policy: 'psd2-exemptions', lowValueLimt: 30 } } }, { field: 'scaPolicies.createTransaction.lowValueLimt', rule: 'known-field', message: expect.stringContaining('known fields: policy, lowValueLimit') as unknown as string }],
    ['a zero low-value limit', { scaPolicies: { createTransaction: { policy: 'psd2-exemptions', lowValueLimit: 0 } } }, { field: 'scaPolicies.createTransaction.lowValueLimit', rule: 'exclusiveMinimum', message: 'must be > 0' }],
    ['a fractional count', { scaPolicies: { createTransaction: { policy: 'psd2-exemptions', cumulativeCountLimit: 2.5 } } }, { field: 'scaPolicies.createTransaction.cumulativeCountLimit', rule: 'type', message: 'must be integer,null' }],
    ['a policy on an operation without SCA', { scaPolicies: { createLedger: 'always' } }, { field: 'scaPolicies.createLedger', rule: 'sca-eligible', message: expect.stringContaining('carries no SCA headers') as unknown as string }],
    ['first-device-free off registration', { scaPolicies: { createCard: 'first-device-free' } }, { field: 'scaPolicies.createCard', rule: 'first-device-operation', message: '"first-device-free" applies to registerScaDevice only' }],
    ['PSD2 exemptions off payments and refresh', { scaPolicies: { getCardPin: 'psd2-exemptions' } }, { field: 'scaPolicies.getCardPin', rule: 'psd2-operation', message: expect.stringContaining('applies to createTransaction, createInterLedgerTransaction, refreshToken only') as unknown as string }],
    ['a bypass on an operation without SCA', { productionByPassAllowlist: ['getCard'] }, { field: 'productionByPassAllowlist[0]', rule: 'sca-eligible', message: expect.stringContaining('BY_PASS means nothing there') as unknown as string }],
  ])('refuses %s, naming the field and the rule', (_title, json, issue) => {
    expect(issuesOf(json)).toEqual([issue]);
  });

  it('a file that is not an object names the root', () => {
    expect(issuesOf([1])).toEqual([{ field: '', rule: 'type', message: 'must be object' }]);
  });

  it('reports every issue of a file at once, one per line, without a stack', () => {
    const error = (() => {
      try {
        return parseTargetProfile({ waitingSca202: 'yes', kycCheck: 'never' }, 'two.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ProfileError);
    expect((error as ProfileError).message).toBe(
      'two.json: waitingSca202: must be boolean (rule: type)\n  kycCheck: must be one of "after-sca", "before-sca", "not-enforced" (rule: enum)',
    );
  });
});

describe('loadTargetProfile', () => {
  const directory = mkdtempSync(join(tmpdir(), 'profile-'));

  it('names a file it cannot read', () => {
    expect(() => loadTargetProfile(join(directory, 'missing.json'))).toThrow(/missing\.json: \(file\): cannot read the file \(ENOENT\) \(rule: readable\)/);
  });

  it('names a file that is not JSON', () => {
    const file = join(directory, 'broken.json');
    writeFileSync(file, '{"waitingSca202": tru');
    expect(() => loadTargetProfile(file)).toThrow(/broken\.json: \(file\): not valid JSON: .* \(rule: json\)/);
  });
});

describe('the schema file', () => {
  it('spec/profile/expect-profile.schema.json is TARGET_PROFILE_SCHEMA (UPDATE_DOCS=1 rewrites it)', () => {
    const text = `${JSON.stringify(TARGET_PROFILE_SCHEMA, null, 2)}\n`;
    if (process.env.UPDATE_DOCS === '1') writeFileSync(SCHEMA_FILE, text);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(text);
  });
});
