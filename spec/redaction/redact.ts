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

const REDACTED = /^\[REDACTED len=\d+ sha256:[0-9a-f]{8}\]$/;

/** Idempotent: an already redacted value is kept, so layers may redact again without losing the digest. */
export function redactValue(value: string): string {
  if (REDACTED.test(value)) return value;
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

// Secrets inside free text (messages, commands, URLs, descriptions): each pattern keeps its
// prefix and masks the secret part with redactValue.
const TEXT_PATTERNS: readonly RegExp[] = [
  // A PEM block, private or not: keys never appear in text.
  /(-----BEGIN [A-Z ]+-----)([\s\S]*?)(?=-----END [A-Z ]+-----)/g,
  // Bearer / Basic credentials, and the PowerAuth signature header's parameter values.
  /(\b(?:Bearer|Basic)\s+)([A-Za-z0-9\-._~+/=]+)/gi,
  /(\bpa_(?:signature|activation_id|nonce|application_key)=")([^"]*)/gi,
  // URL user info: scheme://user:password@host.
  /(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+:[^/\s@]+)(?=@)/gi,
];

// "field": "value", field=value and field: value; --field value and --field=value.
const FIELD_PATTERN = /(["']?)([A-Za-z_]+)\1(\s*[:=]\s*)(["']?)([^"'\s,}&;[][^"'\s,}&;]*)\4/g;
const FLAG_PATTERN = /(--[A-Za-z-]+)(\s+|=)(["']?)([^"'\s,}&;[-][^"'\s,}&;]*)\3/g;

/** Masks the secrets a free text may carry; JSON in a text is handled field by field. */
export function redactText(text: string): string {
  let redacted = text;
  for (const pattern of TEXT_PATTERNS) redacted = redacted.replace(pattern, (_match, prefix: string, secret: string) => `${prefix}${redactValue(secret)}`);
  const secret = (name: string): boolean => isSecretField(name.replace(/[-_]/g, ''));
  return redacted
    .replace(FIELD_PATTERN, (match, quote: string, name: string, separator: string, valueQuote: string, value: string) =>
      secret(name) ? `${quote}${name}${quote}${separator}${valueQuote}${redactValue(value)}${valueQuote}` : match,
    )
    .replace(FLAG_PATTERN, (match, flag: string, separator: string, valueQuote: string, value: string) =>
      secret(flag) ? `${flag}${separator}${valueQuote}${redactValue(value)}${valueQuote}` : match,
    );
}
/** Deep copy of a JSON value with secret fields redacted and every string passed through redactText. */
export function redactDeep(value: unknown): unknown {
  const fields = redactBody(value);
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return redactText(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([key, field]) => [key, walk(field)]));
  };
  return walk(fields);
}
