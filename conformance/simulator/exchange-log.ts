import type { IncomingHttpHeaders } from 'node:http';
import type { OperationId } from '../../spec/openapi/index.ts';
import { redactBodyText, redactHeaders } from '../../spec/redaction/index.ts';

// Every request the simulator answered, newest last. Entries are kept as received and redacted
// when the log is read: nothing readable through the control plane or printed can leak a token,
// PIN-derived signature or PAN, and the request path pays no redaction (a log is read rarely and
// written on every request).

export interface ExchangeLogEntry {
  readonly id: number;
  /** Simulator clock (ms since the epoch) when the request arrived. */
  readonly at: number;
  readonly operationId: OperationId | null;
  readonly method: string;
  /** The request target as sent: path and `?query`. */
  readonly target: string;
  readonly requestHeaders: Record<string, string | string[]>;
  readonly requestBody: string;
  readonly status: number;
  readonly responseHeaders: Record<string, string | string[]>;
  readonly responseBody: string;
  /** Wall-clock time spent answering (not simulator time). */
  readonly durationMs: number;
}

export interface RawExchange {
  readonly at: number;
  readonly operationId: OperationId | null;
  readonly method: string;
  readonly target: string;
  readonly requestHeaders: IncomingHttpHeaders;
  /** The bytes received (decoded when the log is read), or a note standing in for them. */
  readonly requestBody: Buffer | string;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: string;
  readonly durationMs: number;
}

export const DEFAULT_EXCHANGE_LOG_LIMIT = 1000;

/** An exchange as a listener sees it: unredacted, the request body decoded. */
export type ListenedExchange = Omit<RawExchange, 'requestBody'> & { readonly requestBody: string };

/** Told of every exchange, unredacted, as it is logged: a recorder that must hash secrets, not mask them. */
export type ExchangeListener = (exchange: ListenedExchange) => void;

/** A ring of the last `limit` exchanges: constant memory, no array shifting per request. */
export class ExchangeLog {
  private readonly ring: (RawExchange | undefined)[];
  /** Id of the next exchange recorded; the ring slot is (id - 1) % limit. */
  private nextId = 1;
  /** Id of the oldest exchange still listed (raised by clear()). */
  private firstId = 1;

  constructor(
    private readonly limit: number = DEFAULT_EXCHANGE_LOG_LIMIT,
    private readonly listener?: ExchangeListener,
  ) {
    if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`exchangeLogLimit must be a positive integer, got ${limit}`);
    this.ring = new Array<RawExchange | undefined>(limit);
  }

  record(exchange: RawExchange): void {
    // Decoding costs only when someone listens (a recording run); the log itself decodes on read.
    if (this.listener !== undefined) this.listener({ ...exchange, requestBody: bodyText(exchange.requestBody) });
    this.ring[(this.nextId - 1) % this.limit] = exchange;
    this.nextId += 1;
  }

  list(): ExchangeLogEntry[] {
    const entries: ExchangeLogEntry[] = [];
    for (let id = Math.max(this.firstId, this.nextId - this.limit); id < this.nextId; id++) {
      const exchange = this.ring[(id - 1) % this.limit];
      if (exchange !== undefined) entries.push(redacted(id, exchange));
    }
    return entries;
  }

  clear(): void {
    this.ring.fill(undefined);
    this.firstId = this.nextId;
  }
}

function redacted(id: number, exchange: RawExchange): ExchangeLogEntry {
  return {
    id,
    at: exchange.at,
    operationId: exchange.operationId,
    method: exchange.method,
    target: exchange.target,
    requestHeaders: redactHeaders(exchange.requestHeaders),
    requestBody: redactBodyText(bodyText(exchange.requestBody)),
    status: exchange.status,
    responseHeaders: redactHeaders(exchange.responseHeaders),
    responseBody: redactBodyText(exchange.responseBody),
    durationMs: exchange.durationMs,
  };
}

function bodyText(body: Buffer | string): string {
  return typeof body === 'string' ? body : body.toString('utf8');
}
