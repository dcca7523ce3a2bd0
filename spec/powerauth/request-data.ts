import { randomBytes } from 'node:crypto';
import { isCanonicalBase64 } from './base64.ts';
import { canonicalQueryString } from './canonical-query.ts';

// The bytes a PowerAuth signature covers (digest section 2):
//   METHOD & B64(utf8(URI_ID)) & NONCE & B64(BODY) & APPLICATION_SECRET

export interface RequestDataInput {
  method: string;
  /** The resource identifier; for LinkCy the request URI with its path and query parameters. */
  uriId: string;
  /** pa_nonce exactly as sent: canonical Base64 of 16 bytes. */
  nonce: string;
  /** Raw body bytes (a string is taken as UTF-8); empty or absent signs as ''. */
  body?: Buffer | string | undefined;
  /** Appended as its Base64 text, not decoded (the offline variant uses the literal 'offline'). */
  applicationSecret: string;
}

export const NONCE_LENGTH = 16;

export function normalizeRequestData({ method, uriId, nonce, body, applicationSecret }: RequestDataInput): Buffer {
  if (!/^[A-Za-z]+$/.test(method)) throw new TypeError('method must be an HTTP method name (letters only)');
  if (uriId === '') throw new TypeError('uriId must not be empty');
  if (!isCanonicalBase64(nonce, NONCE_LENGTH)) throw new TypeError(`nonce must be canonical Base64 of ${NONCE_LENGTH} bytes`);
  if (applicationSecret === '') throw new TypeError('applicationSecret must not be empty');
  const upperMethod = method.toUpperCase();
  const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : (body ?? Buffer.alloc(0));
  const signedBody = upperMethod === 'GET' && bodyBytes.length === 0 ? Buffer.from(canonicalQueryOf(uriId), 'utf8') : bodyBytes;
  const requestData = [upperMethod, Buffer.from(uriId, 'utf8').toString('base64'), nonce, signedBody.toString('base64')].join('&');
  return Buffer.from(`${requestData}&${applicationSecret}`, 'utf8');
}

/** 16 random bytes as canonical Base64: a fresh pa_nonce. */
export function randomNonce(): string {
  return randomBytes(NONCE_LENGTH).toString('base64');
}

function canonicalQueryOf(uriId: string): string {
  const questionMark = uriId.indexOf('?');
  return questionMark === -1 ? '' : canonicalQueryString(uriId.slice(questionMark + 1), 'query of uriId');
}
