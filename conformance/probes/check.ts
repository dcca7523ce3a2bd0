import type { Profile } from '../../spec/expectations/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { TargetProfile } from '../../spec/profile/index.ts';
import type { RequirementId } from '../../spec/requirements/index.ts';
import type { Exchange, TargetCapability } from '../targets/index.ts';
import type { ProfileReading } from './profile-readings.ts';

// The shared vocabulary of probes (docs/probe-design.md, "Checks and findings"): a check reads an
// observation of one case (facts, never predictions), asks the expectation model what the target
// should have answered and reports problems; the runner turns problems into findings (check id,
// title, case id, redacted evidence, dedup key), so a check file shows all it asserts.

/** Stable ids of the probe families; the registry (registry.ts) maps each to its definition. */
export const FAMILY_IDS = [
  'header-matrix',
  'signature-grammar',
  'signature-semantics',
  'ttl',
  'auth',
  'lifecycle',
  'error-codes',
  'response',
  'boundaries',
] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

export function isFamilyId(value: string): value is FamilyId {
  return (FAMILY_IDS as readonly string[]).includes(value);
}

/** Kept distinct on purpose: only 'passed' says the target was judged and found right. */
export type CheckOutcome = 'passed' | 'failed' | 'not-applicable' | 'did-not-run' | 'harness-error';
export type Severity = 'critical' | 'major' | 'minor';

/** What every family observes of one case: its stable id and every exchange it made, fixtures included. */
export interface Observation {
  readonly caseId: string;
  readonly exchanges: readonly Exchange[];
}

/** One thing a check found wrong in one observation. */
export interface Problem {
  /** "Expected: 409 SCA_SIGNATURE_MISSING\nReceived: 201". */
  readonly message: string;
  /** What this problem violates; narrower than the check's own list where the case tells. */
  readonly requirementIds: readonly RequirementId[];
  readonly operationId?: OperationId;
  /** Distinguishes problems of one check for deduplication, e.g. the decision-table rule. */
  readonly rule: string;
  /** Overrides the check's severity, e.g. an SCA bypass is critical where a wrong code is minor. */
  readonly severity?: Severity;
  readonly evidence: readonly Exchange[];
  /**
   * Set when the answer is another reading the sources document for a row of the target profile
   * (profile-readings.ts): reported as observed vs declared, never as a failure.
   */
  readonly informational?: ProfileReading;
}

/** A problem as reported: with its check, case and redacted evidence. */
export interface Finding {
  readonly checkId: string;
  readonly title: string;
  readonly requirementIds: readonly RequirementId[];
  readonly severity: Severity;
  readonly operationId?: OperationId;
  readonly caseId: string;
  readonly message: string;
  /** Redacted with spec/redaction; durations and Date headers dropped so results diff cleanly. */
  readonly evidence: readonly RedactedExchange[];
  /** checkId + rule + operation: repeated failures collapse onto one key. */
  readonly dedupKey: string;
}

export interface RedactedExchange {
  readonly operationId?: OperationId;
  readonly request: { method: string; target: string; headers: Record<string, string | string[]>; body?: string };
  readonly response: { status: number; headers: Record<string, string | string[]>; body: string };
}

/**
 * What a check reads besides the observation: everything it needs to call the expectation model
 * itself (sca-case.ts judgeFor). ProbeContext is one.
 */
export interface JudgeContext {
  /** RFC 6901 pointers to the error code in an error body (the target profile's), tried in order. */
  readonly errorCodePointers: readonly string[];
  readonly expect: TargetProfile;
  /** The profile the target runs. */
  readonly profile: Profile;
  /** The signature lifetime the target enforces. */
  readonly signatureTtlMs: number;
}

/** What a check concluded about one observation. */
export interface Judgement {
  /** [] means passed for this case. */
  readonly problems: readonly Problem[];
  /** The spec/expectations DECISION_TABLE rows (Expectation.rule) the observation was held to; the runner tallies them as reach. */
  readonly rows: readonly string[];
  /** What the verdict relied on that a reader must know (Expectation.notes), for the result's notes. */
  readonly notes?: readonly string[];
}

export interface CheckDefinition<O extends Observation = Observation> {
  /** The registry key, e.g. 'header-matrix/outcome'; a test holds them equal. */
  readonly id: string;
  /** Fixed per check. */
  readonly title: string;
  readonly family: FamilyId;
  /** What the check covers; each problem names the subset it violates. */
  readonly requirementIds: readonly RequirementId[];
  readonly severity: Severity;
  /** A target without one of these makes the check 'not-applicable', never 'passed'. */
  readonly needs: readonly TargetCapability[];
  /** Also judge the observations of every other family (response conformance). */
  readonly crossCutting?: true;
  /** Method syntax on purpose: lets a registry hold checks of different observation types. */
  appliesTo?(observation: O): boolean;
  /** Pure: predicts what the observation should have shown, compares, says which rows it used. */
  run(observation: O, judge: JudgeContext): Judgement;
}
