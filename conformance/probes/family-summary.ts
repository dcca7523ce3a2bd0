import type { ErrorCodeMappingRow } from './error-codes/mapping-row.ts';

// What families may add to a probe result besides their checks' verdicts (ProbeFamily.summarize).
// The runner merges it in without knowing which family wrote what.

export interface FamilySummary {
  /** Documented vs observed status and code, one row per catalogue code. */
  readonly errorCodeMapping?: readonly ErrorCodeMappingRow[];
}

/** What the runner tells a family's summary: its observations, or why it did not run. */
export type FamilyRunOutcome<O> = { readonly ran: true; readonly observations: readonly O[] } | { readonly ran: false; readonly reason: string };
