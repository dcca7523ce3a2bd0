// A small, correct LinkCy partner client: what a partner back end copies. Partner login and
// refresh (by the JWT `exp` when the token is a JWT, and once on a 401 otherwise), SCA by
// DATA_SIGNING through a signer callback (the end user's mobile app signs), bounded retries.
// No dependency beyond Node's fetch.

/** Signs one request exactly as it will be sent; returns the full Linkcy-SCA-Signature value. */
export type Signer = (request: { method: string; uri: string; body: string }) => Promise<string>;

/** How a call provides SCA: never, from the first attempt, or once LinkCy answers SCA_REQUIRED. */
export type ScaMode = { readonly signer: Signer; readonly when: 'always' | 'if-required' } | undefined;

export interface LinkcyClientOptions {
  readonly baseUrl: string;
  readonly partnerName: string;
  readonly username: string;
  readonly password: string;
  /** Default the global fetch (a proxy, a test double, an instrumented one). */
  readonly fetch?: typeof fetch;
}

/** LinkCy refused the call: `errorCode` is LinkCy's code, for the caller to act on. */
export class LinkcyError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
  ) {
    super(`LinkCy answered ${status} ${errorCode}`);
  }
}

/** A transient failure is retried; three attempts in all, each signed afresh. */
const MAX_ATTEMPTS = 3;
/** Refresh this long before the JWT says the token expires. */
const EXPIRY_MARGIN_MS = 10_000;

export class LinkcyClient {
  readonly #options: LinkcyClientOptions;
  #token: string | undefined;
  #refreshToken: string | undefined;

  constructor(options: LinkcyClientOptions) {
    this.#options = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, '') };
  }

  async login(): Promise<void> {
    const { partnerName, username, password } = this.#options;
    this.#remember(await this.#send('POST', '/api/partner/login', { body: JSON.stringify({ partnerName, username, password }) }));
  }

  /** One call; the answer's JSON (undefined for 204). Throws LinkcyError with LinkCy's code. */
  async call(method: string, path: string, options: { body?: unknown; sca?: ScaMode } = {}): Promise<unknown> {
    // Serialised once: the signature covers these exact bytes, and they are what is sent.
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    let signing = options.sca?.when === 'always';
    let refreshed = false;
    let switchedToSigning = false;
    for (let attempt = 1; ; attempt++) {
      await this.#freshToken();
      const headers: Record<string, string> = { authorization: `Bearer ${this.#token ?? ''}` };
      if (signing && options.sca !== undefined) {
        // Signed right before sending: a signature lives 30 s and is used once.
        headers['Linkcy-SCA-Strategy'] = 'DATA_SIGNING';
        headers['Linkcy-SCA-Signature'] = await options.sca.signer({ method, uri: path, body: body ?? '' });
      }
      const answer = await this.#send(method, path, { body, headers });
      if (answer.ok) return answer.json;
      const code = errorCodeOf(answer.json) ?? `HTTP_${answer.status}`;
      if (answer.status === 401 && code === 'UNAUTHORIZED' && !refreshed) {
        refreshed = true;
        await this.#refresh();
        continue;
      }
      if (answer.status >= 500 && attempt < MAX_ATTEMPTS) continue;
      if (code === 'SCA_REQUIRED' && !signing && options.sca !== undefined && !switchedToSigning) {
        switchedToSigning = true;
        signing = true;
        continue;
      }
      throw new LinkcyError(answer.status, code);
    }
  }

  async #freshToken(): Promise<void> {
    if (this.#token === undefined) return this.login();
    const expiresAtMs = jwtExpiry(this.#token);
    if (expiresAtMs !== undefined && expiresAtMs - Date.now() < EXPIRY_MARGIN_MS) await this.#refresh();
  }

  /** The refresh token, or a new login when it is refused. */
  async #refresh(): Promise<void> {
    if (this.#refreshToken !== undefined) {
      const answer = await this.#send('POST', '/api/partner/refresh', { body: JSON.stringify({ refreshToken: this.#refreshToken }) });
      if (answer.ok) return this.#remember(answer);
    }
    await this.login();
  }

  #remember(answer: { ok: boolean; status: number; json: unknown }): void {
    if (!answer.ok) throw new LinkcyError(answer.status, errorCodeOf(answer.json) ?? `HTTP_${answer.status}`);
    const { token, refreshToken } = answer.json as { token?: unknown; refreshToken?: unknown };
    if (typeof token !== 'string') throw new LinkcyError(answer.status, 'NO_TOKEN_IN_ANSWER');
    this.#token = token;
    this.#refreshToken = typeof refreshToken === 'string' ? refreshToken : undefined;
  }

  async #send(method: string, path: string, options: { body?: string; headers?: Record<string, string> }): Promise<{ ok: boolean; status: number; json: unknown }> {
    const response = await (this.#options.fetch ?? fetch)(this.#options.baseUrl + path, {
      method,
      headers: { accept: 'application/json', ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      ...(options.body === undefined ? {} : { body: options.body }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { ok: response.ok, status: response.status, json };
  }
}

/** LinkCy's code in an error body {errorCode, message, error, status, timestamp}. */
function errorCodeOf(json: unknown): string | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const code: unknown = (json as { errorCode?: unknown }).errorCode;
  return typeof code === 'string' ? code : undefined;
}

/** When a JWT expires (its `exp`, seconds); undefined for an opaque token. */
function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (token.split('.').length !== 3 || payload === undefined) return undefined;
  try {
    const exp: unknown = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
