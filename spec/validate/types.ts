/** The shapes validators read and the violations they report. */

export interface HttpRequestShape {
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  /** Header names in any case. */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON; undefined when no body was sent. */
  body?: unknown;
  /** The raw Content-Type value when a body was sent; the content-type header is read otherwise. */
  contentType?: string;
}

export interface HttpResponseShape {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  contentType?: string;
}

export type ViolationLocation = 'path' | 'query' | 'header' | 'body' | 'status' | 'content-type';

export interface Violation {
  location: ViolationLocation;
  /** JSON pointer into the request or response shape, e.g. `/headers/linkcy-sca-strategy`, `/body/endUserId`. */
  pointer: string;
  /** The ajv keyword that failed, or one of the message-level rules (`undocumented-status`, `content-type`, ...). */
  rule: string;
  expected: string;
  /** The received value, redacted when it is a secret header or field. */
  actual: string;
  /** One line: `<subject>: must be <expected> (received <actual>)`. */
  message: string;
}

export interface OperationValidators {
  validateRequest(operationId: string, request: HttpRequestShape): Violation[];
  validateResponse(operationId: string, response: HttpResponseShape): Violation[];
  operationIds(): string[];
}
