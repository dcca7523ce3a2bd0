// The contract a partner's client implements (issue 10): these names are a public interface.

/** The environment each scenario run gets (command mode: env vars; adapter mode: the `env` argument). */
// A type, not an interface: it must be assignable to Record<string, string> (an env map).
export type ClientEnvironment = {
  /** The scenario id. */
  LINKCY_SCENARIO: string;
  /** LinkCy's base URL, no trailing slash. */
  LINKCY_BASE_URL: string;
  LINKCY_PARTNER_NAME: string;
  LINKCY_USERNAME: string;
  LINKCY_PASSWORD: string;
  /** The stand-in for the partner's mobile app (activation, signatures). */
  LINKCY_APP_URL: string;
  /** JSON object: the ids the scenario gives (endUserId, scaDeviceId, ...). */
  LINKCY_INPUT: string;
};

export const CLIENT_ENVIRONMENT_NAMES = [
  'LINKCY_SCENARIO',
  'LINKCY_BASE_URL',
  'LINKCY_PARTNER_NAME',
  'LINKCY_USERNAME',
  'LINKCY_PASSWORD',
  'LINKCY_APP_URL',
  'LINKCY_INPUT',
] as const satisfies readonly (keyof ClientEnvironment)[];

/** What a client reports: `{ok: true, ...ids}` or `{ok: false, errorCode}`. */
export type ClientOutcome = { ok: true; [id: string]: unknown } | { ok: false; errorCode: string; [field: string]: unknown };

/** How a run ended when it produced no outcome. */
export interface ClientCrash {
  readonly crashed: true;
  /** One line: exit code, signal, timeout, or what was wrong with stdout. */
  readonly reason: string;
}

export type ClientRunResult = { readonly crashed: false; readonly outcome: ClientOutcome } | ClientCrash;

/** The outcome of a JSON value, or why it is none (names the field at fault). */
export function outcomeOf(value: unknown): { outcome: ClientOutcome } | { problem: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'the outcome must be a JSON object' };
  const ok: unknown = Reflect.get(value, 'ok');
  if (ok === true) return { outcome: { ...(value as Record<string, unknown>), ok: true } };
  if (ok === false) {
    const errorCode: unknown = Reflect.get(value, 'errorCode');
    if (typeof errorCode !== 'string' || errorCode === '') return { problem: 'an outcome with "ok": false must carry "errorCode", a non-empty string' };
    return { outcome: { ...(value as Record<string, unknown>), ok: false, errorCode } };
  }
  return { problem: '"ok" must be true or false' };
}

/** Command mode: the last non-empty stdout line is the outcome. */
export function outcomeOfStdout(stdout: string): { outcome: ClientOutcome } | { problem: string } {
  const lines = stdout.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const last = lines.at(-1);
  if (last === undefined) return { problem: 'no JSON line on stdout' };
  let value: unknown;
  try {
    value = JSON.parse(last);
  } catch {
    return { problem: 'the last stdout line is not JSON' };
  }
  return outcomeOf(value);
}
