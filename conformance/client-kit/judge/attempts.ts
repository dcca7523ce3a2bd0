import { readErrorCode } from '../../../spec/errors/index.ts';
import type { RecordedExchange } from '../recording.ts';

// Retries are attempts of the same request: same method and target, in order.

export function attemptsByRequest(exchanges: readonly RecordedExchange[]): RecordedExchange[][] {
  const groups = new Map<string, RecordedExchange[]>();
  for (const exchange of exchanges) {
    const key = `${exchange.method} ${exchange.target}`;
    groups.set(key, [...(groups.get(key) ?? []), exchange]);
  }
  return [...groups.values()];
}

/** The LinkCy code of an error answer: the vendor body's `errorCode`, read as everywhere (readErrorCode). */
export function answeredCode(exchange: RecordedExchange): string | undefined {
  try {
    return readErrorCode(JSON.parse(exchange.responseBody));
  } catch {
    return undefined;
  }
}

/**
 * Each attempt that comes after `limit` answers matching `answered` in a row (same request),
 * with how many there were.
 */
export function attemptsPast(
  exchanges: readonly RecordedExchange[],
  answered: (exchange: RecordedExchange) => boolean,
  limit: number,
): { exchange: RecordedExchange; streak: number }[] {
  const excess: { exchange: RecordedExchange; streak: number }[] = [];
  for (const attempts of attemptsByRequest(exchanges)) {
    let streak = 0;
    for (const attempt of attempts) {
      if (streak >= limit) excess.push({ exchange: attempt, streak });
      streak = answered(attempt) ? streak + 1 : 0;
    }
  }
  return excess;
}
