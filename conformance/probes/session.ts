import { readErrorCode } from '../../spec/errors/index.ts';
import { buildPath, type OperationId, type OperationInfo, type QueryValue } from '../../spec/openapi/index.ts';
import type { ControlClient, Exchange, ProbeRequest } from '../targets/index.ts';
import type { ProbeContext } from './context.ts';
import { HarnessError } from './harness-error.ts';

// One case's conversation with the target. Every exchange, fixtures included, is kept in order:
// the response checks judge them all, and a failure's evidence and replay log come from here.

export interface CallOptions {
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** Sent as `Authorization: Bearer <token>`; omitted when undefined. */
  readonly token?: string;
  /** Added last, so a case can override anything, Content-Type included. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Raw text, sent byte for byte (signatures cover it); Content-Type application/json unless overridden. */
  readonly body?: string;
  /** Send to this request target instead of the operation's (a path or query changed after signing). */
  readonly target?: string;
  /** Send with this method instead of the operation's. */
  readonly method?: string;
}

export class CaseSession {
  readonly #exchanges: Exchange[] = [];

  constructor(
    readonly context: ProbeContext,
    /** Stable id of the case this session plays (a digest of its description). */
    readonly caseId: string,
  ) {}

  get exchanges(): readonly Exchange[] {
    return this.#exchanges;
  }

  operation(operationId: OperationId): OperationInfo {
    const operation = this.context.operations.get(operationId);
    if (operation === undefined) throw new HarnessError(`the target serves no operation ${operationId}`);
    return operation;
  }

  /** The request target of an operation as it will be sent (and signed): path plus ?query. */
  targetOf(operationId: OperationId, pathParams: Readonly<Record<string, string>> = {}, query: Readonly<Record<string, QueryValue>> = {}): string {
    return buildPath(this.operation(operationId), pathParams, query);
  }

  control(): ControlClient {
    const control = this.context.target.control;
    if (control === undefined) throw new HarnessError('this case needs the simulator control plane, which the target does not offer');
    return control;
  }

  /** The error code of an answer, read where the target profile says error bodies carry it. */
  errorCodeOf(exchange: Exchange): string | undefined {
    return errorCodeOf(exchange, this.context.errorCodePointers);
  }

  async send(request: ProbeRequest): Promise<Exchange> {
    const exchange = await this.context.target.send(request);
    this.#exchanges.push(exchange);
    return exchange;
  }

  async call(operationId: OperationId, options: CallOptions = {}): Promise<Exchange> {
    const operation = this.operation(operationId);
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    };
    return this.send({
      method: options.method ?? operation.method,
      target: options.target ?? this.targetOf(operationId, options.pathParams, options.query),
      headers,
      ...(options.body === undefined ? {} : { body: options.body }),
    });
  }
}

/** Throws a HarnessError unless a fixture step got the status it needs. */
export function expectStatus(exchange: Exchange, status: number, step: string): Exchange {
  if (exchange.response.status !== status) {
    const code = readErrorCode(exchange.response.body);
    throw new HarnessError(`${step}: expected ${status}, the target answered ${exchange.response.status}${code === undefined ? '' : ` ${code}`}`);
  }
  return exchange;
}

/** Throws a HarnessError unless a fixture step succeeded (any 2xx). */
export function expectSuccess(exchange: Exchange, step: string): Exchange {
  const { status } = exchange.response;
  if (status >= 200 && status <= 299) return exchange;
  const code = readErrorCode(exchange.response.body);
  throw new HarnessError(`${step}: expected a success, the target answered ${status}${code === undefined ? '' : ` ${code}`}`);
}

/** The error code of an answer, at the first of `pointers` that holds a string (spec/errors readErrorCode: the one reader). */
export function errorCodeOf(exchange: Exchange, pointers: readonly string[]): string | undefined {
  return readErrorCode(exchange.response.body, pointers);
}

/** A string field of a JSON response body; a HarnessError when it is missing. */
export function stringFieldOf(exchange: Exchange, field: string, step: string): string {
  const body = exchange.response.body;
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
  if (typeof value !== 'string') throw new HarnessError(`${step}: the answer has no string field "${field}"`);
  return value;
}
