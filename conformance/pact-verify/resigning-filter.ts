import type { IncomingMessage, ServerResponse } from 'node:http';
import { providerStateNamed } from '../../contracts/provider-states.ts';
import { signRequest } from '../probes/fixtures/signing.ts';
import type { InteractionLedger, InteractionRecord } from './interaction-ledger.ts';

// The request filter of the Pact verifier's proxy: every request the verifier sends passes here
// before it is forwarded to the target. It follows the interactions (state-change calls), then
// makes a recorded request playable on this target: the state's bearer replaces the recorded
// Authorization, and a fresh signature by the state's device replaces the recorded
// Linkcy-SCA-Signature. A recorded PowerAuth signature cannot be replayed: its device is not
// this target's, and even for the same device the counter has moved on and the 30 s TTL passed.

/** Pact's state-change endpoint on its proxy (Verifier.stateSetupPath). */
export const PACT_STATE_SETUP_PATH = '/_pactSetup';
const SIGNATURE_HEADER = 'linkcy-sca-signature';
/** The body "the device signs a different request" signs instead of the one sent. */
export const ANOTHER_REQUEST_BODY = '{"signedFor":"another request"}';
/** Answered to the verifier, never sent to the target, when a state could not be built. */
export const NOT_SENT_STATUS = 599;

/** What the proxy's body parsers leave: parsed JSON, a raw Buffer, or nothing. */
export interface FilteredRequest extends IncomingMessage {
  body?: unknown;
  originalUrl?: string;
}

export interface ResigningFilterOptions {
  /** false: recorded signatures are forwarded as they are (shows why re-signing is needed). */
  readonly resign: boolean;
  /** The target URL's path prefix (e.g. /linkcy), which the proxy puts before every request target. */
  readonly basePath: string;
}

export type RequestFilter = (request: FilteredRequest, response: ServerResponse, next: () => void) => void;

export function resigningFilter(ledger: InteractionLedger, options: ResigningFilterOptions): RequestFilter {
  return (request, response, next) => {
    if (request.url === PACT_STATE_SETUP_PATH) {
      observeStateChange(ledger, request.body);
      next();
      return;
    }
    const record = ledger.current();
    if (record === undefined) {
      next();
      return;
    }
    if (record.notSent.length > 0) {
      response.writeHead(NOT_SENT_STATUS, { 'content-type': 'text/plain' });
      response.end('not sent: a provider state could not be built or the request signed');
      return;
    }
    prepare(request, record, options).then(
      () => next(),
      (error: unknown) => {
        record.notSent.push(`could not re-sign: ${error instanceof Error ? error.message : String(error)}`);
        response.writeHead(NOT_SENT_STATUS, { 'content-type': 'text/plain' });
        response.end('not sent: re-signing failed');
      },
    );
  };
}

function observeStateChange(ledger: InteractionLedger, body: unknown): void {
  const change = typeof body === 'object' && body !== null ? (body as { action?: unknown; state?: unknown }) : {};
  ledger.observeStateChange(change.action);
  const record = ledger.current();
  if (change.action !== 'setup' || record === undefined || typeof change.state !== 'string' || change.state === '') return;
  if (providerStateNamed(change.state) === undefined) {
    record.notSent.push(`provider state "${change.state}" not built: not a LinkCy provider state (the list is contracts/provider-states.ts)`);
  }
}

async function prepare(request: FilteredRequest, record: InteractionRecord, options: ResigningFilterOptions): Promise<void> {
  const { stage } = record;
  if (request.headers.authorization !== undefined && stage.partnerToken !== undefined) {
    request.headers.authorization = `Bearer ${stage.partnerToken}`;
  }
  if (request.headers[SIGNATURE_HEADER] === undefined) return;
  if (!options.resign) {
    record.notes.push('recorded signature sent as is (--no-resign)');
    return;
  }
  if (stage.device === undefined) {
    record.notes.push('recorded signature sent as is: no provider state of this interaction has a device to sign with');
    return;
  }
  const body = bodyBytes(request);
  // The proxy forwards request.body when it is a Buffer: these exact bytes are what is signed and sent.
  if (body !== undefined) {
    request.body = body;
    request.headers['content-length'] = String(body.length);
  }
  const uri = `${options.basePath}${request.originalUrl ?? request.url ?? '/'}`;
  const signed =
    stage.signing === 'another-request'
      ? await signRequest(stage.session, stage.device, { method: request.method ?? 'GET', uri, body: ANOTHER_REQUEST_BODY })
      : await signRequest(stage.session, stage.device, { method: request.method ?? 'GET', uri, ...(body === undefined ? {} : { body }) });
  request.headers[SIGNATURE_HEADER] = signed.header;
  record.resigned = true;
  record.notes.push(stage.signing === 'another-request' ? 're-signed by the state\'s device over another body (mismatch intended)' : 're-signed by the state\'s device');
}

/** The body as the proxy will forward it (pact's parseBody: a Buffer as is, parsed JSON re-serialised). */
function bodyBytes(request: FilteredRequest): Buffer | undefined {
  const { body } = request;
  if (Buffer.isBuffer(body)) return body.length === 0 ? undefined : body;
  if (typeof body === 'object' && body !== null) return Buffer.from(JSON.stringify(body));
  return undefined;
}
