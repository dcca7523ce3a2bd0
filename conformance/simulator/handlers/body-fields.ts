import type { ErrorCode } from '../../../spec/errors/index.ts';
import { errorReply, type ErrorReply } from '../reply.ts';

// Reads fields of a body the pipeline already validated against the operation's schema, or of an
// unvalidated body (ownership checks) where anything may be missing.

export function stringField(body: unknown, name: string): string | undefined {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  const value: unknown = Reflect.get(body, name);
  return typeof value === 'string' ? value : undefined;
}

export function numberField(body: unknown, name: string): number | undefined {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  const value: unknown = Reflect.get(body, name);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function booleanField(body: unknown, name: string): boolean | undefined {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  const value: unknown = Reflect.get(body, name);
  return typeof value === 'boolean' ? value : undefined;
}

export function objectField(body: unknown, name: string): Readonly<Record<string, unknown>> | undefined {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  const value: unknown = Reflect.get(body, name);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : undefined;
}

export function arrayField(body: unknown, name: string): readonly unknown[] | undefined {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  const value: unknown = Reflect.get(body, name);
  return Array.isArray(value) ? value : undefined;
}

/** The body as a plain record (a validated JSON object body), or an empty one. */
export function bodyRecord(body: unknown): Readonly<Record<string, unknown>> {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? Object.fromEntries(Object.entries(body)) : {};
}

/** 400 ERROR_REQUEST naming the field, in the vendor's `details` shape. */
export function invalidField(field: string, rejectedValue: unknown, message: string): ErrorReply {
  return refusedField('ERROR_REQUEST', field, rejectedValue, message);
}

/** A business refusal of one body field (LEDGER_NOT_FOUND, DELIVERY_METHOD_REQUIRED...), the field in `details`. */
export function refusedField(code: ErrorCode, field: string, rejectedValue: unknown, message: string, ...args: readonly string[]): ErrorReply {
  return { ...errorReply(code, ...args), details: [{ field, rejectedValue: rejectedValue ?? null, message }] };
}
