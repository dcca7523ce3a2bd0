import { ControlError } from './control-plane.ts';

// Field readers for the JSON bodies of the control plane: each refusal names the field and what
// it must be, as a 400 ERROR_REQUEST.

export type JsonObject = Readonly<Record<string, unknown>>;

export function asObject(value: unknown): JsonObject {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ControlError('ERROR_REQUEST', 'the body must be a JSON object', [], 'body', null);
  }
  return Object.fromEntries(Object.entries(value));
}

function refuse(field: string, expected: string, rejectedValue: unknown = null): never {
  throw new ControlError('ERROR_REQUEST', `${field} must be ${expected}`, [], field, rejectedValue);
}

export function optionalString(body: JsonObject, field: string): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : refuse(field, 'a string', value);
}

export function requiredString(body: JsonObject, field: string): string {
  return optionalString(body, field) ?? refuse(field, 'a string (it is required)');
}

export function optionalInteger(body: JsonObject, field: string): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : refuse(field, 'an integer', value);
}

export function optionalBoolean(body: JsonObject, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  return typeof value === 'boolean' ? value : refuse(field, 'true or false', value);
}

export function optionalNumber(body: JsonObject, field: string): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : refuse(field, 'a number', value);
}

export function requiredInteger(body: JsonObject, field: string): number {
  return optionalInteger(body, field) ?? refuse(field, 'an integer (it is required)');
}

export function optionalOneOf<const T extends string>(body: JsonObject, field: string, allowed: readonly T[]): T | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  return allowed.find((candidate) => candidate === value) ?? refuse(field, `one of ${allowed.join(', ')}`, value);
}

export function requiredOneOf<const T extends string>(body: JsonObject, field: string, allowed: readonly T[]): T {
  return optionalOneOf(body, field, allowed) ?? refuse(field, `one of ${allowed.join(', ')} (it is required)`);
}
