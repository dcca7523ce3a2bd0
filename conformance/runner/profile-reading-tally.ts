import type { ProfileReadingRecord } from '../../reports/probe-result.ts';

// The informational readings of a run, one per profile row, observed reading, operation and
// check (the first case that showed it), sorted so the same run writes the same list.

export class ProfileReadingTally {
  readonly #byKey = new Map<string, ProfileReadingRecord>();

  record(readings: readonly ProfileReadingRecord[]): void {
    for (const reading of readings) {
      const key = [reading.row, reading.observed.value, reading.operationId ?? '-', reading.checkId].join('|');
      if (!this.#byKey.has(key)) this.#byKey.set(key, reading);
    }
  }

  result(): ProfileReadingRecord[] {
    return [...this.#byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, reading]) => reading);
  }
}
