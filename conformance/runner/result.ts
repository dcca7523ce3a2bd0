import { REQUIREMENT_IDS, type RequirementId } from '../../spec/requirements/index.ts';
import {
  PROBE_RESULT_SCHEMA_VERSION,
  type CheckResult,
  type HarnessErrorRecord,
  type OperationCoverage,
  type ProfileReadingRecord,
  type ProbeResult,
  type Reach,
  type RunHeader,
} from './probe-result.ts';
import type { CheckDefinition, CheckOutcome, FamilyId } from '../probes/check.ts';
import type { FamilySummary } from '../probes/family-summary.ts';
import { CHECK_LIST, FAMILIES } from '../probes/registry.ts';
import type { Selection } from '../probes/selection.ts';
import type { Target, TargetCapability } from '../targets/index.ts';
import type { Tallies } from './tally.ts';

// From tallies to the ProbeResult: one outcome per check, per requirement, and the summary.

export function missingCapabilities(target: Target, needs: readonly TargetCapability[]): TargetCapability[] {
  return needs.filter((capability) => !target.capabilities.has(capability));
}

export interface ResultParts {
  readonly header: RunHeader;
  readonly target: Target;
  readonly selection: Selection;
  readonly tallies: Tallies;
  /** The families that ran (selected and applicable). */
  readonly ran: ReadonlySet<FamilyId>;
  readonly harnessErrors: readonly HarnessErrorRecord[];
  readonly casesRun: number;
  /** What the families contributed (ProbeFamily.summarize). */
  readonly summary: FamilySummary;
  readonly operations: readonly OperationCoverage[];
  readonly profileReadings: readonly ProfileReadingRecord[];
  readonly notes: readonly string[];
  readonly reach: Reach;
}

export function buildResult(parts: ResultParts): ProbeResult {
  const checks = CHECK_LIST.map((check) => checkResult(check, parts));
  const count = (outcome: CheckOutcome): number => checks.filter((check) => check.outcome === outcome).length;
  return {
    schemaVersion: PROBE_RESULT_SCHEMA_VERSION,
    run: parts.header,
    summary: {
      passed: count('passed'),
      failed: count('failed'),
      notApplicable: count('not-applicable'),
      didNotRun: count('did-not-run'),
      harnessErrors: count('harness-error'),
      casesRun: parts.casesRun,
    },
    checks,
    requirements: REQUIREMENT_IDS.map((id) => ({ id, outcome: requirementOutcome(id, checks) })),
    errorCodeMapping: parts.summary.errorCodeMapping ?? [],
    harnessErrors: parts.harnessErrors,
    operations: parts.operations,
    profileReadings: parts.profileReadings,
    notes: parts.notes,
    reach: parts.reach,
  };
}

function checkResult(check: CheckDefinition, parts: ResultParts): CheckResult {
  const tally = parts.tallies.get(check);
  return {
    id: check.id,
    title: check.title,
    family: check.family,
    requirementIds: [...check.requirementIds],
    severity: check.severity,
    outcome: checkOutcome(check, parts),
    casesRun: tally?.casesRun ?? 0,
    findingCount: tally?.findingCount ?? 0,
    distinctFindings: tally?.dedupKeys.size ?? 0,
    violatedRequirementIds: REQUIREMENT_IDS.filter((id) => tally?.violated.has(id) === true),
    failures: tally?.failures ?? [],
  };
}

function checkOutcome(check: CheckDefinition, parts: ResultParts): CheckOutcome {
  if (!parts.selection.checks.includes(check)) return 'did-not-run';
  const familyNeeds = check.crossCutting === true ? [] : FAMILIES[check.family].needs;
  if (missingCapabilities(parts.target, [...familyNeeds, ...check.needs]).length > 0) return 'not-applicable';
  const tally = parts.tallies.get(check);
  if (tally !== undefined && tally.findingCount > 0) return 'failed';
  const judged = [...parts.ran].filter((family) => check.crossCutting === true || family === check.family);
  if (parts.harnessErrors.some((error) => judged.includes(error.family))) return 'harness-error';
  return tally !== undefined && tally.casesRun > 0 ? 'passed' : 'did-not-run';
}

/**
 * failed when a finding names the requirement; passed when a check covering it passed (or failed
 * on other requirements only); else the best outcome of its checks; did-not-run when none covers it.
 */
function requirementOutcome(id: RequirementId, checks: readonly CheckResult[]): CheckOutcome {
  const covering = checks.filter((check) => check.requirementIds.includes(id));
  // A finding may name a requirement beyond its check's list (the decision table says what it breaks).
  if (checks.some((check) => check.violatedRequirementIds.includes(id))) return 'failed';
  if (covering.some((check) => check.outcome === 'passed' || check.outcome === 'failed')) return 'passed';
  for (const outcome of ['harness-error', 'not-applicable'] as const) {
    if (covering.some((check) => check.outcome === outcome)) return outcome;
  }
  return 'did-not-run';
}
