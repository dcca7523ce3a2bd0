// Durations as people type them on a command line or in options: `500ms`, `30s`, `2m`, `1h`, or
// a bare number of milliseconds.

const DURATION = /^(\d+)(ms|s|m|h)?$/;
const MS_PER_UNIT = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;

export const DURATION_FORMS = 'a number of milliseconds, or a number followed by ms, s, m or h (e.g. 500ms, 30s, 2m)';

/** Milliseconds of `text`; throws a RangeError naming the accepted forms. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  const amount = match?.[1];
  if (match === null || amount === undefined) {
    throw new RangeError(`invalid duration ${JSON.stringify(text)}: use ${DURATION_FORMS}`);
  }
  const unit = (match[2] ?? 'ms') as keyof typeof MS_PER_UNIT;
  const ms = Number(amount) * MS_PER_UNIT[unit];
  if (!Number.isSafeInteger(ms)) throw new RangeError(`invalid duration ${JSON.stringify(text)}: too large`);
  return ms;
}
