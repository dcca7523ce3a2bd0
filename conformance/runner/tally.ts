import type { RequirementId } from '../../spec/requirements/index.ts';
import type { CheckFailure } from './probe-result.ts';
import type { CheckDefinition, FamilyId, Finding } from '../probes/check.ts';

// What a run learnt about one check, summed over the families whose observations it judged.

/** Distinct problems shrunk per check and family; further ones are counted, not shrunk. */
const MAX_SHRUNK_PER_CHECK = 5;

export interface FirstFailure {
  readonly path: string;
  readonly caseId: string;
  readonly testCase: unknown;
  readonly findings: readonly Finding[];
}

export interface CheckTally {
  casesRun: number;
  findingCount: number;
  readonly dedupKeys: Set<string>;
  /** Every requirement a finding named. */
  readonly violated: Set<RequirementId>;
  readonly failures: CheckFailure[];
  /** Per family, per distinct problem (dedup key): the first case that showed it, unshrunk. */
  readonly failedIn: Map<FamilyId, Map<string, FirstFailure>>;
}

export class Tallies {
  readonly #byCheck = new Map<CheckDefinition, CheckTally>();

  of(check: CheckDefinition): CheckTally {
    let tally = this.#byCheck.get(check);
    if (tally === undefined) {
      tally = { casesRun: 0, findingCount: 0, dedupKeys: new Set(), violated: new Set(), failures: [], failedIn: new Map() };
      this.#byCheck.set(check, tally);
    }
    return tally;
  }

  get(check: CheckDefinition): CheckTally | undefined {
    return this.#byCheck.get(check);
  }

  /** One judged case of `family`: its findings for `check` ([] when it passed). */
  record(check: CheckDefinition, family: FamilyId, findings: readonly Finding[], first: Omit<FirstFailure, 'findings'>): void {
    const tally = this.of(check);
    tally.casesRun += 1;
    tally.findingCount += findings.length;
    let byKey = tally.failedIn.get(family);
    for (const finding of findings) {
      tally.dedupKeys.add(finding.dedupKey);
      for (const id of finding.requirementIds) tally.violated.add(id);
      if (byKey === undefined) {
        byKey = new Map();
        tally.failedIn.set(family, byKey);
      }
      if (!byKey.has(finding.dedupKey) && byKey.size < MAX_SHRUNK_PER_CHECK) byKey.set(finding.dedupKey, { ...first, findings });
    }
  }
}
