import { createHash } from 'node:crypto';

/**
 * Secrets never leave the suite in clear: logs, exchange records, findings and reports all pass
 * through here. A short digest stays so two redacted values can still be told apart or matched.
 */

const SECRET_HEADERS = new Set([
  'authorization',
  'linkcy-sca-signature',
  'x-powerauth-authorization',
  'x-powerauth-token',
  'cookie',
  'set-cookie',
]);

const SECRET_FIELDS = new Set([
  'password',
  'token',
  'refreshtoken',
  'accesstoken',
  'activationcode',
  'activationcodesignature',
  'activationqrcodedata',
  'pin',
  'pan',
  'cvv',
  // The PAN-display SDK credential of getCardPanCredentials ({token, secret, ttl}).
  'secret',
  'signature',
  'privatekey',
  'applicationsecret',
  'masterprivatekey',
  'ctrdata',
  'counterdata',
]);

export function redactValue(value: string): string {
  const digest = createHash('sha256').update(value).digest('hex').slice(0, 8);
  return `[REDACTED len=${value.length} sha256:${digest}]`;
}

export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

export function isSecretField(name: string): boolean {
  return SECRET_FIELDS.has(name.toLowerCase());
}

export function redactHeaders(
  headers: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string | string[]> {
  const redacted: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (!isSecretHeader(name)) {
      redacted[name] = typeof value === 'string' ? value : [...value];
    } else if (typeof value === 'string') {
      redacted[name] = redactValue(value);
    } else {
      redacted[name] = value.map(redactValue);
    }
  }
  return redacted;
}

/** Deep copy of a JSON value with every secret field's value redacted. */
export function redactBody(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactBody);
  if (value === null || typeof value !== 'object') return value;
  const redacted: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    redacted[key] = isSecretField(key) ? redactSecretField(field) : redactBody(field);
  }
  return redacted;
}

function redactSecretField(field: unknown): unknown {
  if (typeof field === 'string') return redactValue(field);
  if (field === null || field === undefined) return field;
  return redactValue(JSON.stringify(field));
}

/** Redacts a raw body text: JSON is redacted field by field, anything else as a whole. */
export function redactBodyText(text: string): string {
  if (text.length === 0) return text;
  try {
    return JSON.stringify(redactBody(JSON.parse(text)));
  } catch {
    return redactValue(text);
  }
}
