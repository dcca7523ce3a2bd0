// Reads fields of a body the pipeline already validated against the operation's schema, or of an
// unvalidated body (ownership checks) where anything may be missing.

export function stringField(body: unknown, name: string): string | undefined {
  if (body === null || typeof body !== 'object' || !Object.hasOwn(body, name)) return undefined;
  const value: unknown = Reflect.get(body, name);
  return typeof value === 'string' ? value : undefined;
}
