import { headerText, type SimulatorRequest } from './http-request.ts';
import { errorReply, type ErrorReply } from './reply.ts';
import { MAX_BODY_BYTES } from './request-validation.ts';

// The JSON body of an endpoint outside the OpenAPI document (control plane, PowerAuth activation
// exchange), refused in the same order and with the same codes as a documented operation's.

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export type JsonBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reply: ErrorReply };

/** `value` is undefined when no body was sent. */
export function readJsonBody(request: SimulatorRequest): JsonBody {
  if (request.rawBody.length === 0 && !request.bodyTooLarge) return { ok: true, value: undefined };
  const contentType = headerText(request.headers, 'content-type');
  if (contentType === undefined || !JSON_MEDIA_TYPE.test(contentType)) {
    return { ok: false, reply: errorReply('UNSUPPORTED_MEDIA_TYPE', contentType ?? '(none)') };
  }
  if (request.bodyTooLarge || request.json === undefined) return { ok: false, reply: errorReply('PAYLOAD_TOO_LARGE', String(MAX_BODY_BYTES)) };
  if (!request.json.ok) {
    return { ok: false, reply: { ...errorReply('ERROR_REQUEST'), details: [{ location: 'body', message: `body: ${request.json.message}` }] } };
  }
  return { ok: true, value: request.json.value };
}
