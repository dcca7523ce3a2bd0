import type { IncomingHttpHeaders } from 'node:http';
import type { OperationId, OperationInfo } from '../../../spec/openapi/index.ts';
import type { SimulatorIdentity } from '../identity.ts';
import type { ErrorReply, Reply } from '../reply.ts';
import type { SimulatorSettings } from '../settings.ts';
import type { SimulatorState, TokenRecord } from '../state.ts';
import type { TokenIssuer } from '../tokens.ts';

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
  readonly tokenIssuer: TokenIssuer;
}

/**
 * What step 3 found: whom SCA is evaluated for, the refusals that depend only on the state named
 * (the pipeline places them in docs/sca-evaluation-order.md's order), and what to do once SCA passed.
 */
export interface Resolution {
  /**
   * The end user the request acts for (the path's end user, the owner of the card, ledger or
   * beneficiary named, the body's endUserId, or the end user of an end-user token); null when
   * it acts for none (login, a partner's refresh): SCA does not apply to the call.
   */
  readonly scaSubject: string | null;
  /** The subject's KYC (consumer) or KYB (corporate) is not VALIDATED. */
  readonly kycRefusal?: ErrorReply;
  /** A business rule the request breaks that no state change can affect (profile inactive, card not physical...). */
  readonly businessRefusal?: ErrorReply;
  /** Steps 6 and 7: the rules that depend on performing the call (funds, uniqueness) and the success reply. */
  execute(): Reply;
}

export interface OwnerQuery {
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
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
