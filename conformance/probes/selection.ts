import { REQUIREMENT_IDS, type RequirementId } from '../../spec/requirements/index.ts';
import { FAMILY_IDS, isFamilyId, type CheckDefinition, type FamilyId } from './check.ts';
import { CHECK_LIST } from './registry.ts';

// What a run covers: `--only` names a family or a requirement ID. A family brings its checks and
// the cross-cutting ones (which judge every exchange, so a replayed case is judged as in the full
// run); a requirement selects the checks covering it, and the families those checks belong to.
// Anything else is refused with the valid values, so a typo never runs an empty probe set that
// "passes".

export interface Selection {
  /** In FAMILY_IDS order. */
  readonly families: readonly FamilyId[];
  readonly checks: readonly CheckDefinition[];
}

export class SelectionError extends Error {
  override readonly name = 'SelectionError';
}

/** The requirement IDs some check covers: the values `--only` accepts besides family ids. */
export function coveredRequirementIds(): RequirementId[] {
  return REQUIREMENT_IDS.filter((id) => CHECK_LIST.some((check) => check.requirementIds.includes(id)));
}

export function selectChecks(only: string | undefined, families: readonly FamilyId[] = FAMILY_IDS): Selection {
  const allowed = (check: CheckDefinition): boolean => families.includes(check.family);
  if (only === undefined) return { families: FAMILY_IDS.filter((id) => families.includes(id)), checks: CHECK_LIST.filter(allowed) };
  if (isFamilyId(only)) {
    if (!families.includes(only)) throw new SelectionError(`--only ${only}: that family is not among the families of this run (${families.join(', ')})`);
    return { families: [only], checks: CHECK_LIST.filter((check) => check.family === only || check.crossCutting === true) };
  }
  const covered = coveredRequirementIds();
  const requirement = covered.find((id) => id === only);
  if (requirement === undefined) {
    const why = (REQUIREMENT_IDS as readonly string[]).includes(only) ? `no check covers ${only}` : `unknown family or requirement ID "${only}"`;
    throw new SelectionError(`--only: ${why}; valid families: ${FAMILY_IDS.join(', ')}; valid requirement IDs: ${covered.join(', ')}`);
  }
  const checks = CHECK_LIST.filter((check) => allowed(check) && check.requirementIds.includes(requirement));
  // A cross-cutting check judges whatever runs; its own family supplies cases of its own.
  return { families: FAMILY_IDS.filter((id) => checks.some((check) => check.family === id)), checks };
}
