import type { OperationId } from '../../spec/openapi/index.ts';

// What goes over the wire to a target and back: the vocabulary of targets, probes and the control
// client, kept apart from Target so that none of them imports another for a type.

export interface ProbeRequest {
  method: string;
  /** Request target as sent: path + optional `?query`. */
  target: string;
  headers: Record<string, string>;
  /** Raw text, sent byte-for-byte as UTF-8 (signatures cover it). */
  body?: string;
}

export interface ProbeResponse {
  status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  bodyText: string;
  /** Parsed when the content type is JSON and the body parses. */
  body?: unknown;
  durationMs: number;
  /** What the client noticed about the message itself; absent when nothing. */
  anomalies?: readonly ResponseAnomaly[];
}

/** A flaw of the HTTP message that its parsed form would hide. */
export interface ResponseAnomaly {
  /** `single-header`: a header HTTP allows once came more than once; `utf-8`: a JSON or text body is not valid UTF-8. */
  readonly rule: 'single-header' | 'utf-8';
  readonly message: string;
}

export interface Exchange {
  request: ProbeRequest;
  response: ProbeResponse;
  /** The documented operation the request targets (path overrides applied), if any. */
  operationId?: OperationId;
}

/** Sends one request to a fixed place; every target is one of these underneath. */
export type Transport = (request: ProbeRequest) => Promise<ProbeResponse>;
