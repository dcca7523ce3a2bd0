import { readFileSync } from 'node:fs';
import { isRecord } from '../../spec/openapi/index.ts';

// Reads a Pact file written by any consumer into one shape: V2/V3 (`interactions[]` of request and
// response, `providerState` or `providerStates`) and V4 (`interactions[]` with a `type`; HTTP ones
// are `Synchronous/HTTP`, bodies `{content, contentType, encoded}`). Matching rules and generators
// are ignored: a pact's examples are what it promises. Anything unreadable is a PactFileError
// naming the field and the rule, never a stack trace.

export class PactFileError extends Error {
  override readonly name = 'PactFileError';
}

export interface PactHttpMessage {
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON when the body is JSON; the text otherwise; undefined when there is none. */
  readonly body?: unknown;
  readonly contentType?: string;
}

export interface PactHttpInteraction {
  readonly description: string;
  readonly providerStates: readonly string[];
  readonly request: PactHttpMessage & { readonly method: string; readonly path: string; readonly query: Readonly<Record<string, string[]>> };
  readonly response: PactHttpMessage & { readonly status: number };
}

export interface ReadPact {
  readonly consumer: string;
  readonly provider: string;
  /** metadata.pactSpecification.version, e.g. "4.0"; "unknown" when the file does not say. */
  readonly specification: string;
  readonly interactions: readonly PactHttpInteraction[];
  /** Interactions that are not HTTP (V4 messages), by description: nothing in the OpenAPI document to hold them to. */
  readonly skipped: readonly string[];
}

export function readPactFile(file: string): ReadPact {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = isRecord(error) ? error.code : undefined;
    throw new PactFileError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot be read (${String(code ?? error)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new PactFileError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parsePact(json, file);
}

export function parsePact(json: unknown, source = 'pact'): ReadPact {
  const fail = (field: string, rule: string): never => {
    throw new PactFileError(`${source}: ${field}: ${rule}`);
  };
  if (!isRecord(json)) return fail('(root)', 'must be a JSON object');
  const name = (field: 'consumer' | 'provider'): string => {
    const party = json[field];
    return isRecord(party) && typeof party.name === 'string' && party.name !== '' ? party.name : fail(`${field}.name`, 'must be a non-empty string');
  };
  const consumer = name('consumer');
  const provider = name('provider');
  const metadata = isRecord(json.metadata) ? json.metadata : {};
  const specNode = metadata.pactSpecification ?? metadata['pact-specification'] ?? metadata.pactSpecificationVersion;
  const specification = isRecord(specNode) && typeof specNode.version === 'string' ? specNode.version : typeof specNode === 'string' ? specNode : 'unknown';
  if (!Array.isArray(json.interactions)) return fail('interactions', 'must be an array');
  const interactions: PactHttpInteraction[] = [];
  const skipped: string[] = [];
  json.interactions.forEach((node: unknown, index) => {
    const at = `interactions[${index}]`;
    if (!isRecord(node)) return fail(at, 'must be an object');
    const description = typeof node.description === 'string' ? node.description : fail(`${at}.description`, 'must be a string');
    if (node.type !== undefined && node.type !== 'Synchronous/HTTP') {
      if (typeof node.type !== 'string') fail(`${at}.type`, 'must be a string');
      skipped.push(description);
      return;
    }
    interactions.push({
      description,
      providerStates: readStates(node, at, fail),
      request: readRequest(node.request, `${at}.request`, fail),
      response: readResponse(node.response, `${at}.response`, fail),
    });
  });
  return { consumer, provider, specification, interactions, skipped };
}

type Fail = (field: string, rule: string) => never;

function readStates(node: Record<string, unknown>, at: string, fail: Fail): string[] {
  if (typeof node.providerState === 'string') return [node.providerState];
  if (node.providerStates === undefined) return [];
  if (!Array.isArray(node.providerStates)) return fail(`${at}.providerStates`, 'must be an array');
  return node.providerStates.map((state: unknown, index) =>
    isRecord(state) && typeof state.name === 'string' ? state.name : fail(`${at}.providerStates[${index}].name`, 'must be a string'),
  );
}

function readHeaders(value: unknown, at: string, fail: Fail): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) return fail(at, 'must be an object of header values');
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(value)) {
    // V4 keeps every value of a header (an array); V3 one string, maybe comma-joined.
    if (typeof raw === 'string') headers[name.toLowerCase()] = raw;
    else if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) headers[name.toLowerCase()] = raw.join(', ');
    else fail(`${at}.${name}`, 'must be a string or an array of strings');
  }
  return headers;
}

function readQuery(value: unknown, at: string, fail: Fail): Record<string, string[]> {
  if (value === undefined || value === '') return {};
  if (typeof value === 'string') {
    // V2 writes the query as one string.
    const query: Record<string, string[]> = {};
    for (const [key, item] of new URLSearchParams(value)) query[key] = [...(query[key] ?? []), item];
    return query;
  }
  if (!isRecord(value)) return fail(at, 'must be a query string or an object of value arrays');
  const query: Record<string, string[]> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (typeof raw === 'string') query[key] = [raw];
    else if (Array.isArray(raw) && raw.every((item) => typeof item === 'string')) query[key] = raw;
    else fail(`${at}.${key}`, 'must be a string or an array of strings');
  }
  return query;
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType === undefined || /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType);
}

/** The body as a consumer means it: V4's `{content, contentType, encoded}` unwrapped, JSON parsed. */
function readBody(node: Record<string, unknown>, headers: Record<string, string>, at: string, fail: Fail): { body?: unknown; contentType?: string } {
  const raw = node.body;
  const headerType = headers['content-type'];
  if (raw === undefined || raw === null) return headerType === undefined ? {} : { contentType: headerType };
  if (isRecord(raw) && 'content' in raw && ('contentType' in raw || 'encoded' in raw)) {
    const contentType = typeof raw.contentType === 'string' ? raw.contentType : headerType;
    let content: unknown = raw.content;
    if (raw.encoded !== undefined && raw.encoded !== false) {
      if (typeof content !== 'string') return fail(`${at}.body.content`, 'must be a string when the body is encoded');
      const encoding = raw.encoded === true ? 'base64' : raw.encoded;
      if (encoding !== 'base64' && encoding !== 'json') return fail(`${at}.body.encoded`, 'must be false, true, "base64" or "json"');
      const text = encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content;
      try {
        content = isJsonType(contentType) ? JSON.parse(text) : text;
      } catch {
        return fail(`${at}.body.content`, `is not valid JSON although the content type is ${contentType ?? 'JSON'}`);
      }
    }
    return { body: content, ...(contentType === undefined ? {} : { contentType }) };
  }
  return { body: raw, ...(headerType === undefined ? {} : { contentType: headerType }) };
}

function readRequest(value: unknown, at: string, fail: Fail): PactHttpInteraction['request'] {
  if (!isRecord(value)) return fail(at, 'must be an object');
  const method = typeof value.method === 'string' && value.method !== '' ? value.method.toUpperCase() : fail(`${at}.method`, 'must be a non-empty string');
  const path = typeof value.path === 'string' && value.path.startsWith('/') ? value.path : fail(`${at}.path`, 'must be a string starting with /');
  const headers = readHeaders(value.headers, `${at}.headers`, fail);
  return { method, path, query: readQuery(value.query, `${at}.query`, fail), headers, ...readBody(value, headers, at, fail) };
}

function readResponse(value: unknown, at: string, fail: Fail): PactHttpInteraction['response'] {
  if (!isRecord(value)) return fail(at, 'must be an object');
  const status = typeof value.status === 'number' && Number.isInteger(value.status) && value.status >= 100 && value.status <= 599 ? value.status : fail(`${at}.status`, 'must be an HTTP status (an integer from 100 to 599)');
  const headers = readHeaders(value.headers, `${at}.headers`, fail);
  return { status, headers, ...readBody(value, headers, at, fail) };
}
