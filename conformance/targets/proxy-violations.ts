import type { Exchange } from './exchange.ts';

// Prism's validation proxy reports what it found wrong with a request or with the upstream's
// response in one response header, `sl-violations`: a JSON array of
// `{ location: ["request" | "response", ...path], severity: "Error" | "Warning" | "Information" |
// "Hint", code?: string | number, message }`. The header is absent when nothing was found, and
// past ~8 KB Prism cuts the JSON and prefixes it with "Too many violations! ".

export const VIOLATIONS_HEADER = 'sl-violations';

const TRUNCATED_PREFIX = 'Too many violations! ';

export type ProxyViolationSeverity = 'error' | 'warning' | 'information' | 'hint';

export interface ProxyViolation {
  /** Where Prism found it: `request` or `response`, then e.g. `body`, `header`, a property path. */
  readonly location: readonly string[];
  readonly message: string;
  readonly severity: ProxyViolationSeverity;
  /** Prism's rule, e.g. `required` (an ajv keyword) or 401 / 415 (a status it would answer). */
  readonly code?: string | number;
}

/**
 * The violations Prism reported for an exchange through a proxy target; [] when it reported
 * none. A header that cannot be read (cut short, or not Prism's format) becomes one violation
 * saying so, rather than an exception or silence.
 */
export function proxyViolations(exchange: Exchange): ProxyViolation[] {
  const header = exchange.response.headers[VIOLATIONS_HEADER];
  if (header === undefined) return [];
  if (header.startsWith(TRUNCATED_PREFIX)) {
    return [unreadable('Prism found too many violations to list; its sl-violations header was cut short')];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return [unreadable('the sl-violations header is not JSON')];
  }
  if (!Array.isArray(parsed)) return [unreadable('the sl-violations header is not a JSON array')];
  return parsed.map((entry: unknown) => toViolation(entry) ?? unreadable('an sl-violations entry is not in Prism\'s format'));
}

function toViolation(entry: unknown): ProxyViolation | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { location, message, severity, code } = entry as Record<string, unknown>;
  const level = typeof severity === 'string' ? SEVERITIES.get(severity) : undefined;
  if (!Array.isArray(location) || typeof message !== 'string' || level === undefined) return undefined;
  return {
    location: location.map(String),
    message,
    severity: level,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
  };
}

// Prism names DiagnosticSeverity values (@stoplight/types).
const SEVERITIES: ReadonlyMap<string, ProxyViolationSeverity> = new Map([
  ['Error', 'error'],
  ['Warning', 'warning'],
  ['Information', 'information'],
  ['Hint', 'hint'],
]);

function unreadable(message: string): ProxyViolation {
  return { location: [], message, severity: 'error', code: 'unreadable-violations-header' };
}
