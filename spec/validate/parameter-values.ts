import { isRecord } from '../openapi/index.ts';
import { followRefs } from './document-nodes.ts';
import type { ParameterSpec } from './operation-specs.ts';

/** Every string received under each name: path and query names as sent, header names lower-cased. */
export type ReceivedValues = Readonly<Record<string, readonly string[]>>;

/** How one parameter's received strings become the value its schema validates. */
export interface ParameterReading {
  readonly spec: ParameterSpec;
  /** The parameter's key in ReceivedValues and in the validated object. */
  readonly key: string;
  readonly arrayValued: boolean;
  /** What splits one received string into array items; undefined when each string is one item. */
  readonly separator: string | undefined;
}

export function planReading(document: unknown, spec: ParameterSpec): ParameterReading {
  return {
    spec,
    key: spec.in === 'header' ? spec.name.toLowerCase() : spec.name,
    arrayValued: spec.schema !== undefined && allowsArray(followRefs(document, spec.schema).node),
    separator: separatorOf(spec),
  };
}

export function receivedHeaders(headers: Readonly<Record<string, string | readonly string[] | undefined>>): ReceivedValues {
  const received: Record<string, string[]> = {};
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined) continue;
    const key = name.toLowerCase();
    // Runs for every request the simulator answers: pushed in place, never re-spread.
    const list = (received[key] ??= []);
    if (typeof value === 'string') list.push(value);
    else for (const item of value) list.push(item);
  }
  return received;
}

export function receivedValues(values: Readonly<Record<string, string | readonly string[]>>): ReceivedValues {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, [value].flat()]));
}

/** The object the parameter schemas validate: one entry per documented parameter received. */
export function readParameterValues(readings: readonly ParameterReading[], received: ReceivedValues): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const reading of readings) {
    const strings = Object.hasOwn(received, reading.key) ? received[reading.key] : undefined;
    if (strings !== undefined && strings.length > 0) values[reading.key] = readValue(reading, strings);
  }
  return values;
}

function readValue(reading: ParameterReading, strings: readonly string[]): unknown {
  const { spec, separator } = reading;
  if (reading.arrayValued) {
    const items = strings.flatMap((text) => (separator === undefined ? [text] : text.split(separator)));
    // Header list items are separated by a comma and optional whitespace (RFC 9110, 5.6.1).
    return spec.in === 'header' ? items.map((item) => item.trim()) : items;
  }
  // Repeated header lines mean one comma-separated value (RFC 9110, 5.3).
  if (spec.in === 'header') return strings.join(', ');
  // A single-valued parameter sent several times stays a list, so its schema reports the type.
  return strings.length === 1 ? strings[0] : [...strings];
}

/**
 * OpenAPI serialisation styles: `simple` (path, header) joins items with commas; query `form`
 * with explode repeats the name (`ids=a&ids=b`), without explode joins with commas;
 * `spaceDelimited` and `pipeDelimited` join with spaces or pipes. `label`, `matrix` and
 * `deepObject` are not read (see README).
 */
function separatorOf(spec: ParameterSpec): string | undefined {
  if (spec.in !== 'query') return ',';
  if (spec.explode) return undefined;
  if (spec.style === 'spaceDelimited') return ' ';
  if (spec.style === 'pipeDelimited') return '|';
  return ',';
}

function allowsArray(schema: unknown): boolean {
  if (!isRecord(schema)) return false;
  return schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array'));
}
