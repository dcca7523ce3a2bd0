import type { CheckResult, HarnessErrorRecord, ProbeResult, RunHeader } from './probe-result.ts';
import type { FamilyId } from '../probes/check.ts';
import type { TargetCapability } from '../targets/index.ts';

// What the runner tells listeners, in order: run-started, then per family family-started,
// case-finished (and harness-error) for each case, family-finished; then check-finished for every
// check and run-finished. Listeners only listen: nothing they do changes a verdict.

export type ProbeEvent =
  | { readonly type: 'run-started'; readonly run: Omit<RunHeader, 'finishedAt'>; readonly families: readonly FamilyId[] }
  | {
      readonly type: 'family-started';
      readonly family: FamilyId;
      readonly title: string;
      /** False when the target lacks a capability the family needs (`missing`). */
      readonly applicable: boolean;
      readonly missing: readonly TargetCapability[];
    }
  | { readonly type: 'case-finished'; readonly family: FamilyId; readonly caseId: string; readonly index: number; readonly problems: number }
  | { readonly type: 'harness-error'; readonly error: HarnessErrorRecord }
  | { readonly type: 'family-finished'; readonly family: FamilyId; readonly casesRun: number; readonly failedChecks: readonly string[] }
  | { readonly type: 'check-finished'; readonly check: CheckResult }
  | { readonly type: 'run-finished'; readonly result: ProbeResult };

export type ProbeListener = (event: ProbeEvent) => void;
