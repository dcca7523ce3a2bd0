import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { matchOperation, type OperationInfo } from '../../spec/openapi/index.ts';
import { parseSignatureHeader } from '../../spec/powerauth/index.ts';
import { isSecretField, redactBodyText, redactHeaders, redactValue } from '../../spec/redaction/index.ts';
import { sha256, type AppSignature } from './app-stand-in.ts';

// A recorded session: what a client sent and got, written as it happens (JSON lines), with every
// secret redacted. What the judge needs from a secret is kept as a fact instead of the value: a
// SHA-256 of each signature (single use), the kind of each bearer token (partner-only calls), the
// kinds of secret found in a URL (before the URL itself is redacted).

export const RECORDING_FORMAT = 'linkcy-sca-recording/1';

export type BearerKind = 'none' | 'partner' | 'end-user' | 'unknown';
export type SecretKind = 'token' | 'password' | 'signature' | 'activation code';

export interface RecordedSignature {
  readonly sha256: string;
  readonly wellFormed: boolean;
  /** Why the header breaks the PowerAuth grammar (HeaderError messages). */
  readonly problems: readonly string[];
  readonly activationId?: string;
  readonly nonce?: string;
}

export interface RecordedExchange {
  readonly kind: 'exchange';
  readonly id: number;
  /** The server's clock (the simulator's, ms) when the request arrived. */
  readonly at: number;
  readonly operationId: string | null;
  readonly method: string;
  /** Path and query as sent, secrets redacted. */
  readonly target: string;
  readonly requestHeaders: Record<string, string | string[]>;
  readonly requestBody: string;
  readonly status: number;
  readonly responseBody: string;
  readonly facts: {
    readonly bearer: BearerKind;
    readonly strategy: string | null;
    readonly signature: RecordedSignature | null;
    /** Of the exact request body bytes ('' when none). */
    readonly bodySha256: string;
    /** What the URL carried that it must not. */
    readonly urlSecrets: readonly string[];
  };
}

export interface RecordingHeader {
  readonly kind: 'recording';
  readonly format: typeof RECORDING_FORMAT;
  readonly profile: 'sandbox' | 'production';
  readonly signatureTtlMs: number;
}

export type RecordingLine = RecordingHeader | RecordedExchange | ({ readonly kind: 'app-signature' } & AppSignature);

/** One request and its answer, unredacted, as a server or proxy saw it. */
export interface ObservedExchange {
  readonly at: number;
  readonly method: string;
  readonly target: string;
  readonly requestHeaders: IncomingHttpHeaders | Readonly<Record<string, string | string[] | undefined>>;
  readonly requestBody: string;
  readonly status: number;
  readonly responseBody: string;
}

/** Query parameter names that always hold a secret, beside the redaction's secret fields. */
const SECRET_QUERY_NAMES = new Set(['access_token', 'id_token', 'bearer', 'auth', 'authorization', 'apikey', 'api_key', 'secret']);
/** Shorter values are too likely to occur in a URL by chance. */
const MIN_SECRET_LENGTH = 8;

export class Recorder {
  readonly #operations: readonly OperationInfo[];
  readonly #secrets = new Map<string, SecretKind>();
  readonly #tokenKinds = new Map<string, BearerKind>();
  #nextId = 1;

  constructor(operations: readonly OperationInfo[]) {
    this.#operations = operations;
  }

  /** A secret the recorder could not see on the wire (the partner password, a token the kit issued). */
  knowSecret(value: string, kind: SecretKind): void {
    if (value.length >= MIN_SECRET_LENGTH) this.#secrets.set(value, kind);
  }

  knowToken(token: string, kind: 'partner' | 'end-user'): void {
    this.knowSecret(token, 'token');
    this.#tokenKinds.set(sha256(token), kind);
  }

  /** Text (a client's stderr) with every secret the recorder knows masked. */
  redactText(text: string): string {
    let redacted = text;
    for (const secret of this.#secrets.keys()) redacted = redacted.replaceAll(secret, redactValue(secret));
    return redacted;
  }

  record(observed: ObservedExchange): RecordedExchange {
    const header = (name: string): string | undefined => {
      const value = observed.requestHeaders[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    const operationId = matchOperation(this.#operations, observed.method, observed.target)?.operation.operationId ?? null;
    const bearerToken = /^Bearer\s+(\S+)\s*$/i.exec(header('authorization') ?? '')?.[1];
    const signatureHeader = header('linkcy-sca-signature');
    if (bearerToken !== undefined) this.knowSecret(bearerToken, 'token');
    if (signatureHeader !== undefined) this.knowSecret(signatureHeader, 'signature');
    this.#learnFromBody(observed.requestBody);
    const { target, urlSecrets } = this.#redactTarget(observed.target);
    if (observed.status >= 200 && observed.status < 300) this.#learnTokens(observed, operationId);
    this.#learnFromBody(observed.responseBody);
    return {
      kind: 'exchange',
      id: this.#nextId++,
      at: observed.at,
      operationId,
      method: observed.method.toUpperCase(),
      target,
      requestHeaders: redactHeaders(observed.requestHeaders),
      requestBody: redactBodyText(observed.requestBody),
      status: observed.status,
      responseBody: redactBodyText(observed.responseBody),
      facts: {
        bearer: bearerToken === undefined ? 'none' : this.#kindOf(bearerToken),
        strategy: header('linkcy-sca-strategy') ?? null,
        signature: signatureHeader === undefined ? null : recordedSignature(signatureHeader),
        bodySha256: sha256(observed.requestBody),
        urlSecrets,
      },
    };
  }

  #kindOf(token: string): BearerKind {
    return this.#tokenKinds.get(sha256(token)) ?? jwtKind(token) ?? 'unknown';
  }

  /** Tokens a login or refresh hands out: an end user's when the login named one, else the partner's. */
  #learnTokens(observed: ObservedExchange, operationId: string | null): void {
    if (operationId !== 'login' && operationId !== 'refreshToken') return;
    const answer = parseObject(observed.responseBody);
    const request = parseObject(observed.requestBody);
    const fallback: 'partner' | 'end-user' = request?.consumerPhone !== undefined || answer?.endUserId !== undefined ? 'end-user' : 'partner';
    for (const field of ['token', 'refreshToken']) {
      const token = answer?.[field];
      if (typeof token === 'string') this.knowToken(token, jwtKind(token) ?? fallback);
    }
  }

  #learnFromBody(text: string): void {
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === 'object') {
        for (const [key, field] of Object.entries(value)) {
          if (typeof field === 'string' && isSecretField(key)) this.knowSecret(field, secretKindOfField(key));
          else visit(field);
        }
      }
    };
    visit(parseJson(text));
  }

  #redactTarget(target: string): { target: string; urlSecrets: string[] } {
    const found = new Set<string>();
    let redacted = target;
    for (const [secret, kind] of this.#secrets) {
      for (const form of new Set([secret, encodeURIComponent(secret)])) {
        if (redacted.includes(form)) {
          found.add(kind);
          redacted = redacted.replaceAll(form, redactValue(secret));
        }
      }
    }
    const questionMark = redacted.indexOf('?');
    if (questionMark !== -1) {
      const parts = redacted
        .slice(questionMark + 1)
        .split('&')
        .map((pair) => {
          const [name = '', ...rest] = pair.split('=');
          const value = rest.join('=');
          const decodedName = safeDecode(name).toLowerCase();
          if ((isSecretField(decodedName) || SECRET_QUERY_NAMES.has(decodedName)) && value !== '' && !value.startsWith('%5BREDACTED') && !value.startsWith('[REDACTED')) {
            found.add(`a "${safeDecode(name)}" query parameter`);
            return `${name}=${redactValue(value)}`;
          }
          return pair;
        });
      redacted = `${redacted.slice(0, questionMark)}?${parts.join('&')}`;
    }
    if (/PowerAuth\s+pa_/i.test(safeDecode(redacted))) found.add('signature');
    return { target: redacted, urlSecrets: [...found].sort() };
  }
}

function secretKindOfField(field: string): SecretKind {
  const name = field.toLowerCase();
  if (name === 'password' || name === 'pin') return 'password';
  if (name.startsWith('activation')) return 'activation code';
  if (name === 'signature') return 'signature';
  return 'token';
}

/**
 * The hash is of the header with the guide's escaped quotes made plain: the same signature sent
 * escaped is still the app's (its format is SCA-CLI-004's concern), and still a reuse when resent.
 */
function recordedSignature(header: string): RecordedSignature {
  const hash = sha256(header.replaceAll('\\"', '"'));
  const parsed = parseSignatureHeader(header);
  if (parsed.ok) return { sha256: hash, wellFormed: true, problems: [], activationId: parsed.header.activationId, nonce: parsed.header.nonce };
  return { sha256: hash, wellFormed: false, problems: parsed.errors.map((error) => error.message) };
}

/**
 * The role a JWT names in its `role` claim (`partner` | `end-user`, the simulator's tokens, issue 8),
 * or an `endUserId` claim alone; undefined for an opaque token or another claim set (the login
 * that handed it out decides then).
 */
export function jwtKind(token: string): 'partner' | 'end-user' | undefined {
  const payload = jwtPayload(token);
  if (payload === undefined) return undefined;
  if (payload.role === 'partner' || payload.role === 'end-user') return payload.role;
  return typeof payload.endUserId === 'string' ? 'end-user' : undefined;
}

export function jwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  return parseObject(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseObject(text: string): Record<string, unknown> | undefined {
  const value = parseJson(text);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/** The fields every check reads; a file edited by hand gets an error naming the field. */
function checkedExchange(value: Record<string, unknown>, where: string): RecordedExchange {
  const facts = value.facts as Record<string, unknown> | null | undefined;
  const problems = [
    typeof value.id === 'number' ? undefined : 'id must be a number',
    typeof value.at === 'number' ? undefined : 'at must be a number (ms)',
    typeof value.method === 'string' ? undefined : 'method must be a string',
    typeof value.target === 'string' && value.target.startsWith('/') ? undefined : 'target must be a path starting with /',
    typeof value.status === 'number' ? undefined : 'status must be a number',
    typeof value.responseBody === 'string' && typeof value.requestBody === 'string' ? undefined : 'requestBody and responseBody must be strings',
    facts !== null && typeof facts === 'object' && Array.isArray(facts.urlSecrets) && typeof facts.bodySha256 === 'string'
      ? undefined
      : 'facts must be an object with bodySha256 and urlSecrets',
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
  return value as unknown as RecordedExchange;
}

// The file: one JSON object a line, the header first. Written as exchanges happen, so a session
// that crashes midway still leaves what it did.

export function startRecordingFile(file: string, header: Omit<RecordingHeader, 'kind' | 'format'>): (line: RecordingLine) => void {
  writeFileSync(file, `${JSON.stringify({ kind: 'recording', format: RECORDING_FORMAT, ...header })}\n`);
  return (line) => appendFileSync(file, `${JSON.stringify(line)}\n`);
}

export interface Recording {
  readonly header: RecordingHeader;
  readonly exchanges: RecordedExchange[];
  readonly appSignatures: AppSignature[];
}

/** Reads a recording; a bad line is an error naming its line number and what is wrong. */
export function readRecordingFile(file: string): Recording {
  const lines = readFileSync(file, 'utf8').split('\n');
  const parsed = lines.flatMap((text, index) => (text.trim() === '' ? [] : [{ value: parseJson(text), line: index + 1 }]));
  const first = parsed[0];
  const header = first?.value as RecordingHeader | undefined;
  if (header?.kind !== 'recording' || header.format !== RECORDING_FORMAT) {
    throw new Error(`${file}: line 1 must be the recording header {"kind":"recording","format":"${RECORDING_FORMAT}",...}`);
  }
  if (header.profile !== 'sandbox' && header.profile !== 'production') throw new Error(`${file}: line 1: profile must be sandbox or production`);
  if (!Number.isSafeInteger(header.signatureTtlMs) || header.signatureTtlMs < 0) throw new Error(`${file}: line 1: signatureTtlMs must be a non-negative integer`);
  const exchanges: RecordedExchange[] = [];
  const appSignatures: AppSignature[] = [];
  for (const { value, line } of parsed.slice(1)) {
    const kind = value !== null && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
    if (kind === 'exchange') exchanges.push(checkedExchange(value as Record<string, unknown>, `${file}: line ${line}`));
    else if (kind === 'app-signature') appSignatures.push(value as AppSignature);
    else throw new Error(`${file}: line ${line}: expected a JSON object with "kind" "exchange" or "app-signature"`);
  }
  return { header, exchanges, appSignatures };
}
