import type { IncomingHttpHeaders } from 'node:http';
import type { OperationId } from '../../spec/openapi/index.ts';
import { redactBodyText, redactHeaders } from '../../spec/redaction/index.ts';

// Every request the simulator answered, newest last, secrets redacted on the way in so nothing
// readable through the control plane or printed can leak a token, PIN-derived signature or PAN.

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
  readonly requestBody: string;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  readonly responseBody: string;
  readonly durationMs: number;
}

export const DEFAULT_EXCHANGE_LOG_LIMIT = 1000;

/** Told of every exchange, unredacted, as it is logged: a recorder that must hash secrets, not mask them. */
export type ExchangeListener = (exchange: RawExchange) => void;

export class ExchangeLog {
  private entries: ExchangeLogEntry[] = [];
  private nextId = 1;

  constructor(
    private readonly limit: number = DEFAULT_EXCHANGE_LOG_LIMIT,
    private readonly listener?: ExchangeListener,
  ) {}

  record(exchange: RawExchange): void {
    this.listener?.(exchange);
    this.entries.push({
      ...exchange,
      id: this.nextId++,
      requestHeaders: redactHeaders(exchange.requestHeaders),
      requestBody: redactBodyText(exchange.requestBody),
      responseHeaders: redactHeaders(exchange.responseHeaders),
      responseBody: redactBodyText(exchange.responseBody),
    });
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(): ExchangeLogEntry[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
