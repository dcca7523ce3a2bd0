import { readFileSync } from 'node:fs';
import { isCanonicalBase64, normalizePublicKey } from '../../spec/powerauth/index.ts';
import type { SimulatorInfo } from '../simulator/index.ts';

// `linkcy-sca serve` prints one JSON line first: what a client needs to act as the partner and as
// the end user's device against that simulator. Given to a URL or proxy target with
// --simulator-info, it turns on the full semantic probe set. Error messages name fields and
// describe what they got, never the value: half of these fields are secrets.

export type { SimulatorInfo };

/** Reads the simulator info from the first non-empty line of `file` (the server's stdout may follow). */
export function readSimulatorInfo(file: string): SimulatorInfo {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`simulator info file ${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '');
  if (line === undefined) throw new Error(`simulator info file ${file}: is empty; expected the first stdout line of "linkcy-sca serve"`);
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new Error(`simulator info file ${file}: the first line is not JSON; expected the first stdout line of "linkcy-sca serve"`);
  }
  return parseSimulatorInfo(json, `simulator info file ${file}`);
}

/** Checks a parsed value as SimulatorInfo; `source` starts every error message. */
export function parseSimulatorInfo(json: unknown, source = 'simulator info'): SimulatorInfo {
  const field = <T>(name: string, value: unknown, check: (candidate: unknown) => candidate is T, expected: string): T => {
    if (!check(value)) throw new Error(`${source}: "${name}" must be ${expected}, got ${describe(value)}`);
    return value;
  };
  const root = field('(root)', json, isObject, 'a JSON object');
  const partner = field('partner', root.partner, isObject, 'an object with partnerName, username and password');
  const controlPrefix =
    root.controlPrefix === undefined
      ? undefined
      : field('controlPrefix', root.controlPrefix, isControlPrefix, 'a path starting with "/" and not ending with "/" (or absent)');
  return {
    url: field('url', root.url, isHttpUrl, 'an http(s) URL'),
    partner: {
      partnerName: field('partner.partnerName', partner.partnerName, isNonEmptyString, 'a non-empty string'),
      username: field('partner.username', partner.username, isNonEmptyString, 'a non-empty string'),
      password: field('partner.password', partner.password, isNonEmptyString, 'a non-empty string'),
    },
    masterPublicKey: field('masterPublicKey', root.masterPublicKey, isP256PublicKey, 'Base64 of a P-256 public key (SEC1, 33 or 65 bytes)'),
    applicationKey: field('applicationKey', root.applicationKey, isBase64Text, 'non-empty canonical Base64'),
    applicationSecret: field('applicationSecret', root.applicationSecret, isBase64Text, 'non-empty canonical Base64'),
    ...(controlPrefix === undefined ? {} : { controlPrefix }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function isControlPrefix(value: unknown): value is string {
  return typeof value === 'string' && /^\/[^?#]*[^/?#]$/.test(value);
}

function isBase64Text(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && isCanonicalBase64(value);
}

function isP256PublicKey(value: unknown): value is string {
  if (!isBase64Text(value)) return false;
  try {
    normalizePublicKey(Buffer.from(value, 'base64'));
    return true;
  } catch {
    return false;
  }
}

/** The kind of value received, never the value itself. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `a string of ${value.length} characters`;
  return `a ${typeof value}`;
}
