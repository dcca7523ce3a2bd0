import type fc from 'fast-check';
import type { TargetCapability } from '../targets/index.ts';
import type { FamilyId, Observation } from './check.ts';
import type { ProbeContext } from './context.ts';
import type { FamilyRunOutcome, FamilySummary } from './family-summary.ts';
import type { CaseSession } from './session.ts';

// A probe family: where its cases come from and how one case is played against the target
// (docs/probe-design.md). It only drives the target and states facts: the checks that judge its
// observations name it in their `family` and are registered once, in registry.ts. The runner
// does the rest.

export type CaseSource<Case> =
  /** Generated and shrunk by fast-check; `runs` cases per run. */
  | {
      readonly kind: 'property';
      arbitrary(context: ProbeContext): fc.Arbitrary<Case>;
      /** Played first in every run (fast-check `examples`): each kind of case at least once, whatever the seed. */
      examples?(context: ProbeContext): readonly Case[];
    }
  /** A fixed list played once each, whatever `runs` says (e.g. one scenario per error code). */
  | { readonly kind: 'table'; cases(context: ProbeContext): readonly Case[] };

export interface ProbeFamily<Case = unknown, O extends Observation = Observation> {
  readonly id: FamilyId;
  readonly title: string;
  /** Without these the family does not run and its checks are 'not-applicable'. */
  readonly needs: readonly TargetCapability[];
  readonly source: CaseSource<Case>;
  /** The case as JSON for counterexamples and case ids: facts, never secrets or random ids. */
  describe(testCase: Case): unknown;
  /** Plays the case on a fresh session (its own end user); throws HarnessError when it cannot. */
  execute(testCase: Case, session: CaseSession): Promise<O>;
  /** What the family adds to the result (family-summary.ts); asked whether or not it ran. Method syntax: lets the registry hold families of different observation types. */
  summarize?(outcome: FamilyRunOutcome<O>, context: ProbeContext): FamilySummary;
}
