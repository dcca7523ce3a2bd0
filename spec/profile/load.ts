import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { isOperationId, OPERATION_IDS, type OperationId } from '../openapi/index.ts';
import { DEFAULT_PSD2_EXEMPTIONS, DEFAULT_TARGET_PROFILE } from './defaults.ts';
import { isScaEligible } from './documented-operations.ts';
import { TARGET_PROFILE_SCHEMA } from './schema.ts';
import { FIRST_DEVICE_OPERATIONS, PSD2_OPERATIONS } from './sca-policy.ts';
import type { ScaPolicySetting, TargetProfile } from './types.ts';

/** One thing wrong with a profile file: the field (dotted path), the rule it breaks, and why. */
export interface ProfileIssue {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

/** A profile that cannot be used; `message` lists every issue, one per line, never a stack. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  constructor(
    readonly source: string,
    readonly issues: readonly ProfileIssue[],
  ) {
    super(`${source}: ${issues.map((issue) => `${issue.field}: ${issue.message} (rule: ${issue.rule})`).join('\n  ')}`);
  }
}

const validateShape = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(TARGET_PROFILE_SCHEMA);

export function loadTargetProfile(file: string): TargetProfile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new ProfileError(file, [{ field: '(file)', rule: 'readable', message: `cannot read the file (${reason})` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProfileError(file, [{ field: '(file)', rule: 'json', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }]);
  }
  return parseTargetProfile(json, file);
}

/** Checks `json` against TARGET_PROFILE_SCHEMA and the rules a schema cannot say, then fills defaults. */
export function parseTargetProfile(json: unknown, source = 'profile'): TargetProfile {
  const valid = validateShape(json);
  // Every issue at once: the rules on meaning are read from whatever the file says, valid or not.
  const issues = [...(valid ? [] : issuesOf(validateShape.errors ?? [])), ...meaningIssues(json)];
  if (!valid || issues.length > 0) throw new ProfileError(source, issues);
  const file = json as ProfileFile;
  const scaPolicies = Object.fromEntries(
    Object.entries(file.scaPolicies ?? {}).map(([operationId, setting]) => [operationId, settingOf(setting)]),
  ) as Partial<Record<OperationId, ScaPolicySetting>>;
  return {
    errorCodePointers: file.errorCodePointers ?? DEFAULT_TARGET_PROFILE.errorCodePointers,
    signatureMismatchStatus: file.signatureMismatchStatus ?? DEFAULT_TARGET_PROFILE.signatureMismatchStatus,
    emptySignature: file.emptySignature ?? DEFAULT_TARGET_PROFILE.emptySignature,
    malformedSignatureCode: file.malformedSignatureCode ?? DEFAULT_TARGET_PROFILE.malformedSignatureCode,
    factorHeader: file.factorHeader ?? DEFAULT_TARGET_PROFILE.factorHeader,
    firstDevice: file.firstDevice ?? DEFAULT_TARGET_PROFILE.firstDevice,
    productionByPassAllowlist: file.productionByPassAllowlist ?? DEFAULT_TARGET_PROFILE.productionByPassAllowlist,
    deviceActivation: file.deviceActivation ?? DEFAULT_TARGET_PROFILE.deviceActivation,
    waitingSca202: file.waitingSca202 ?? DEFAULT_TARGET_PROFILE.waitingSca202,
    kycCheck: file.kycCheck ?? DEFAULT_TARGET_PROFILE.kycCheck,
    scaPolicies,
  };
}

type ProfileFile = Partial<Omit<TargetProfile, 'scaPolicies'>> & {
  readonly scaPolicies?: Readonly<Record<string, string | ({ policy: 'psd2-exemptions' } & Partial<typeof DEFAULT_PSD2_EXEMPTIONS>)>>;
};

function settingOf(setting: NonNullable<ProfileFile['scaPolicies']>[string]): ScaPolicySetting {
  if (typeof setting === 'object') {
    const { policy, ...figures } = setting;
    return { policy, exemptions: { ...DEFAULT_PSD2_EXEMPTIONS, ...figures } };
  }
  if (setting === 'psd2-exemptions') return { policy: setting, exemptions: DEFAULT_PSD2_EXEMPTIONS };
  return { policy: setting as Exclude<ScaPolicySetting['policy'], 'psd2-exemptions'> };
}

// What the schema cannot say: which operations each policy makes sense for. Read from the raw
// file, skipping what the schema already refuses (unknown operations, unknown policies).
function meaningIssues(json: unknown): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const file = isRecord(json) ? json : {};
  const policies = isRecord(file.scaPolicies) ? file.scaPolicies : {};
  for (const [operationId, setting] of Object.entries(policies)) {
    const policy = typeof setting === 'string' ? setting : isRecord(setting) ? setting.policy : undefined;
    if (!isOperationId(operationId) || typeof policy !== 'string') continue;
    const field = `scaPolicies.${operationId}`;
    if (!isScaEligible(operationId)) {
      if (policy !== 'never') {
        issues.push({ field, rule: 'sca-eligible', message: `${operationId} carries no SCA headers at 1.114.5, so its policy can only be "never"` });
      }
    } else if (policy === 'first-device-free' && !FIRST_DEVICE_OPERATIONS.includes(operationId)) {
      issues.push({ field, rule: 'first-device-operation', message: `"first-device-free" applies to ${FIRST_DEVICE_OPERATIONS.join(', ')} only` });
    } else if (policy === 'psd2-exemptions' && !PSD2_OPERATIONS.includes(operationId)) {
      issues.push({ field, rule: 'psd2-operation', message: `"psd2-exemptions" applies to ${PSD2_OPERATIONS.join(', ')} only` });
    }
  }
  const allowlist = Array.isArray(file.productionByPassAllowlist) ? (file.productionByPassAllowlist as unknown[]) : [];
  allowlist.forEach((operationId, index) => {
    if (isOperationId(operationId) && !isScaEligible(operationId)) {
      issues.push({ field: `productionByPassAllowlist[${index}]`, rule: 'sca-eligible', message: `${operationId} carries no SCA headers, so BY_PASS means nothing there` });
    }
  });
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function issuesOf(errors: readonly ErrorObject[]): ProfileIssue[] {
  // if/then/else repeat their branch's error, propertyNames its inner enum's: the outer one says it.
  return errors.filter((error) => error.keyword !== 'if' && error.propertyName === undefined).map((error) => {
    const base = fieldOf(error.instancePath);
    switch (error.keyword) {
      case 'additionalProperties': {
        const name = String(error.params.additionalProperty);
        return { field: join(base, name), rule: 'known-field', message: `unknown field; known fields: ${knownFields(error.schemaPath)}` };
      }
      case 'required':
        return { field: join(base, String(error.params.missingProperty)), rule: 'required', message: 'is required' };
      case 'propertyNames':
        return { field: join(base, String(error.params.propertyName)), rule: 'operation-id', message: `is not an operationId of the OpenAPI document; valid operationIds: ${OPERATION_IDS.join(', ')}` };
      case 'enum':
        return { field: base, rule: 'enum', message: `must be one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}` };
      default:
        return { field: base, rule: error.keyword, message: error.message ?? 'is invalid' };
    }
  }).filter((issue, index, all) => index === all.findIndex((other) => other.field === issue.field && other.message === issue.message));
}

/** `/scaPolicies/createTransaction/lowValueLimit` -> `scaPolicies.createTransaction.lowValueLimit`. */
function fieldOf(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((field, token) => (/^\d+$/.test(token) ? `${field}[${token}]` : join(field, token)), '');
}

function join(base: string, name: string): string {
  return base === '' ? name : `${base}.${name}`;
}

function knownFields(schemaPath: string): string {
  const root = schemaPath.startsWith('#/properties/deviceActivation')
    ? TARGET_PROFILE_SCHEMA.properties.deviceActivation.properties
    : schemaPath.startsWith('#/properties/scaPolicies')
      ? TARGET_PROFILE_SCHEMA.properties.scaPolicies.additionalProperties.else.properties
      : TARGET_PROFILE_SCHEMA.properties;
  return Object.keys(root).join(', ');
}
