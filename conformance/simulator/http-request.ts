import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { SCA_HEADER_NAMES } from '../../spec/openapi/index.ts';
import type { DefectSet } from './defects.ts';
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

/**
 * The headers the rules read: Node's, whose names are case-insensitive and whose repeated
 * values are joined (RFC 9110 5.3), unless a test-only defect reads the SCA headers otherwise.
 */
export function headersAsRead(incoming: Pick<IncomingMessage, 'headers' | 'rawHeaders'>, defects: DefectSet): IncomingHttpHeaders {
  // Defects `scaHeaderNamesCaseSensitive` and `scaHeaderNamesDocumentedSpellingOnly`: the SCA headers
  // found only under one spelling, lower-case or the documented one.
  const spelling = defects.has('scaHeaderNamesCaseSensitive') ? 'lower-case' : defects.has('scaHeaderNamesDocumentedSpellingOnly') ? 'documented' : undefined;
  if (spelling === undefined && !defects.has('lastStrategyValueWins')) return incoming.headers;
  const headers = { ...incoming.headers };
  for (const documented of spelling === undefined ? [] : SCA_HEADER_NAMES) {
    const key = documented.toLowerCase();
    const only = spelling === 'lower-case' ? key : documented;
    const values = incoming.rawHeaders.filter((_, index) => index % 2 === 1 && incoming.rawHeaders[index - 1] === only);
    if (values.length === 0) delete headers[key];
    else headers[key] = values.join(', ');
  }
  // Defect `lastStrategyValueWins`: a repeated Linkcy-SCA-Strategy read as a list, its last item used.
  const strategy = headerText(headers, 'linkcy-sca-strategy');
  if (defects.has('lastStrategyValueWins') && strategy !== undefined) headers['linkcy-sca-strategy'] = strategy.split(',').at(-1)?.trim() ?? '';
  return headers;
}
