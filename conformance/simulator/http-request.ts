import type { IncomingHttpHeaders } from 'node:http';
import type { ParsedJson } from './request-validation.ts';

/** A request as the server received it, body read (up to the limit) before any rule runs. */
export interface SimulatorRequest {
  readonly method: string;
  /** The request target exactly as sent: path plus `?query`. */
  readonly target: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: Buffer;
  readonly bodyTooLarge: boolean;
  readonly json: ParsedJson | undefined;
}

/** One header's value; repeated headers joined as HTTP allows (`, `). */
export function headerText(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}
