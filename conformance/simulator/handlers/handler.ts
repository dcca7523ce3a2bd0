import type { IncomingHttpHeaders } from 'node:http';
import type { OperationId, OperationInfo } from '../../../spec/openapi/index.ts';
import type { SimulatorIdentity } from '../identity.ts';
import type { ErrorReply, Reply } from '../reply.ts';
import type { SimulatorSettings } from '../settings.ts';
import type { SimulatorState, TokenRecord } from '../state.ts';

// The contract between the operation pipeline (steps 1, 2, 4 and 5 of
// docs/sca-evaluation-order.md, the same for every operation) and the one handler per operation
// (steps 3, 6 and 7, which differ).

export interface OperationCall {
  readonly operation: OperationInfo;
  readonly method: string;
  /** The request target as sent: path plus `?query`. */
  readonly target: string;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: Buffer;
  /** The parsed JSON body, valid against the operation's schema; undefined when none was sent. */
  readonly body: unknown;
  /** Undefined for operations that take no token (login, refreshToken). */
  readonly token: TokenRecord | undefined;
}

export interface HandlerContext {
  readonly state: SimulatorState;
  readonly nowMs: number;
  readonly settings: SimulatorSettings;
  readonly identity: SimulatorIdentity;
}

/** What step 3 found: whom SCA is evaluated for, and what to do once it passed. */
export interface Resolution {
  /** The end user whose SCA the call needs; required when the operation's scaPolicy is not `none`. */
  readonly scaSubject?: string;
  /** Steps 6 and 7: business rules and the success reply. */
  execute(): Reply;
}

export interface OwnerQuery {
  readonly pathParams: Readonly<Record<string, string>>;
  /** The body if it parses as JSON, before validation; undefined otherwise. */
  readonly body: unknown;
  readonly state: SimulatorState;
}

export interface OperationHandler {
  readonly operationId: OperationId;
  /**
   * Step 1: the end user whose resources the call reaches, when the request names them in a way
   * that can be read before validation (an end-user token reaching another end user gets 403).
   */
  ownerOf(query: OwnerQuery): string | undefined;
  /** Step 3: what the call names, or 404 when it does not exist. */
  resolve(call: OperationCall, context: HandlerContext): Resolution | ErrorReply;
}
