import { ERROR_CATALOGUE, formatErrorMessage, type ErrorCode } from './catalogue.ts';

// The vendor's error body (digest §1.4: OAS178 examples and generated schemas), the one shape the
// simulator sends and the OpenAPI document's `Error` component describes (docs/decisions.md D-ERR-1).

/** One field at fault, as the vendor's `ErrorDetail` (`name` / `John Doe 56` / "Name must contains only letters"). */
export interface ErrorDetail {
  readonly field: string;
  /** The value received; the redacted text for a secret, null when nothing was received. */
  readonly rejectedValue: unknown;
  readonly message: string;
}

export interface ErrorBody {
  readonly errorCode: ErrorCode;
  readonly message: string;
  /** `linkcy.<kind>`, from the status (ERROR_KINDS). */
  readonly error: string;
  readonly status: number;
  /** ISO-8601 with nanoseconds, as the vendor's `2024-03-26T09:01:26.130652269Z`. */
  readonly timestamp: string;
  /** Always on a 400 (the vendor's BadRequestErrorInfo requires it), elsewhere when there is one. */
  readonly details?: readonly ErrorDetail[];
}

/**
 * `error` by status. 400/401/403/404/409 are the vendor's; 413 and 415 (our inferred codes) and
 * 500 have no vendor example, so their kinds are ours (D-ERR-1).
 */
export const ERROR_KINDS: Readonly<Record<number, string>> = {
  400: 'linkcy.bad.request',
  401: 'linkcy.unauthorized',
  403: 'linkcy.forbidden',
  404: 'linkcy.not.found',
  409: 'linkcy.conflict',
  413: 'linkcy.payload.too.large',
  415: 'linkcy.unsupported.media.type',
  500: 'linkcy.internal',
};

export function errorKindOf(status: number): string {
  return ERROR_KINDS[status] ?? (status >= 500 ? 'linkcy.internal' : 'linkcy.bad.request');
}

export interface ErrorBodyOptions {
  /** The message template's `{n}` arguments. */
  readonly args?: readonly string[];
  readonly details?: readonly ErrorDetail[];
  /** Another status than the catalogue's (an injected fault, a profile's choice). */
  readonly status?: number;
  /** The time of the answer, on the sender's clock; default Date.now(). */
  readonly nowMs?: number;
}

export function errorBody(code: ErrorCode, options: ErrorBodyOptions = {}): ErrorBody {
  const status = options.status ?? ERROR_CATALOGUE[code].status;
  const details = options.details ?? (status === 400 ? [] : undefined);
  return {
    errorCode: code,
    message: formatErrorMessage(code, ...(options.args ?? [])),
    error: errorKindOf(status),
    status,
    timestamp: nanosecondTimestamp(options.nowMs ?? Date.now()),
    ...(details === undefined ? {} : { details }),
  };
}

/** `2026-12-02T10:35:00.123000000Z`: a millisecond clock padded to the vendor's nine digits. */
export function nanosecondTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}
