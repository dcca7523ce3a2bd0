import type { OperationId } from '../../spec/openapi/index.ts';
import type { RequirementId } from '../../spec/requirements/index.ts';
import type { CheckOutcome, FamilyId, Finding, Severity } from '../probes/check.ts';
import type { TargetCapability, TargetKind } from '../targets/index.ts';
import type { FamilySummary } from '../probes/family-summary.ts';

/** A row of the error-code mapping, as the error-codes family summarizes it (through FamilySummary: the runner names no family). */
export type ErrorCodeMappingRow = NonNullable<FamilySummary['errorCodeMapping']>[number];

// What a probe run answers (runProbes), before any report is made of it: reports/ turns it into
// the report model (reports/model), never the other way round. Every array has a fixed order
// (checks in registry order, requirements in catalogue order, error codes in catalogue order), and
// times live only in the `run` header, so two runs of one seed compare equal but for those.

export const PROBE_RESULT_SCHEMA_VERSION = 1;

export interface ProbeResult {
  readonly schemaVersion: typeof PROBE_RESULT_SCHEMA_VERSION;
  readonly run: RunHeader;
  readonly summary: ResultSummary;
  readonly checks: readonly CheckResult[];
  readonly requirements: readonly RequirementResult[];
  readonly errorCodeMapping: readonly ErrorCodeMappingRow[];
  readonly harnessErrors: readonly HarnessErrorRecord[];
  /** Per operation of the document (document order): the cases each family played on it. */
  readonly operations?: readonly OperationCoverage[];
  /**
   * Answers that follow another reading the sources document for a disputed row of the target
   * profile than the one it declares: informational, never failures (one per row, reading,
   * operation and check; in that order).
   */
  readonly profileReadings?: readonly ProfileReadingRecord[];
  /** What the run relied on that a reader must know (e.g. TTL verdicts on signatures the target could not age), once each. */
  readonly notes?: readonly string[];
  /** What the run reached (reach.ts). */
  readonly reach: Reach;
}

export interface ProfileReadingRecord {
  /** The target profile row, e.g. signatureMismatchStatus. */
  readonly row: string;
  readonly declared: { readonly value: string; readonly sources: readonly string[] };
  readonly observed: { readonly value: string; readonly sources: readonly string[] };
  readonly checkId: string;
  readonly operationId: OperationId | null;
  /** The first case that showed it. */
  readonly caseId: string;
  readonly message: string;
}

export interface OperationCoverage {
  readonly operationId: OperationId;
  /** The operation takes the SCA headers (the SCA families must reach it). */
  readonly scaEligible: boolean;
  /** Judged cases whose probe request was this operation, per family (every family, in FAMILY_IDS order; lifecycle cases span several operations and are not counted). */
  readonly casesByFamily: Readonly<Record<FamilyId, number>>;
}

/** What the run reached (reach.ts). */
export interface Reach {
  /** Selected families in run order; `applicable` false when the target lacks what it needs. */
  readonly families: readonly FamilyReach[];
  /** Every documented operation in catalogue order (requests 0 when never reached), then null for undocumented requests. */
  readonly operations: readonly OperationReach[];
  /** Every row of the decision table (spec/expectations DECISION_TABLE), in its order: the cases held to it. */
  readonly rows: readonly RowReach[];
  /** Operations x strategy sent x answer, as exercised (every exchange with a documented operation, fixtures included). */
  readonly answers: readonly ExercisedAnswer[];
  /** The simulator code the run executed, when the target is the embedded simulator and coverage was asked for. */
  readonly simulator?: SimulatorCoverage;
}

export interface RowReach {
  readonly row: string;
  /** Judged cases a check held to this row (a case held to several rows counts for each). */
  readonly cases: number;
  /** Set when no case of this run can reach the row: the condition the run's profile rules out. */
  readonly notReachable?: string;
}

/** Linkcy-SCA-Strategy as the model reads it: absent, an exact enum value, or anything else. */
export type StrategySent = 'absent' | 'PUSH_NOTIFICATION' | 'DATA_SIGNING' | 'BY_PASS' | 'invalid';

export interface ExercisedAnswer {
  readonly operationId: OperationId;
  readonly strategy: StrategySent;
  readonly status: number;
  /** The error code of a 4xx/5xx answer (the profile's pointers), null when none or a success. */
  readonly code: string | null;
  readonly count: number;
}

/** V8 block coverage of conformance/simulator/ (node:inspector), per file and in all. */
export interface SimulatorCoverage {
  readonly files: readonly CoveredFile[];
  readonly total: CoverageCounts;
}

export interface CoveredFile extends CoverageCounts {
  /** Relative to conformance/simulator/. */
  readonly file: string;
}

export interface CoverageCounts {
  readonly functions: { readonly covered: number; readonly total: number };
  readonly branches: { readonly covered: number; readonly total: number };
}

export interface FamilyReach {
  readonly family: FamilyId;
  readonly applicable: boolean;
  readonly cases: number;
}

export interface OperationReach {
  readonly operationId: OperationId | null;
  readonly requests: number;
  readonly statuses: readonly { readonly status: number; readonly count: number }[];
}

export interface RunHeader {
  readonly tool: { readonly name: string; readonly version: string };
  readonly target: {
    readonly kind: TargetKind;
    readonly description: string;
    readonly capabilities: readonly TargetCapability[];
    readonly profile: 'sandbox' | 'production';
  };
  readonly seed: number;
  readonly runs: number;
  /** The --only selection, or null for every family. */
  readonly only: string | null;
  /** Set when the run replayed one case (--replay-path). */
  readonly replayPath: string | null;
  readonly startedAt: string;
  readonly finishedAt: string;
}

/** Checks by outcome, and how many cases were played in all. */
export interface ResultSummary {
  readonly passed: number;
  readonly failed: number;
  readonly notApplicable: number;
  readonly didNotRun: number;
  readonly harnessErrors: number;
  readonly casesRun: number;
}

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly family: FamilyId;
  readonly requirementIds: readonly RequirementId[];
  readonly severity: Severity;
  readonly outcome: CheckOutcome;
  /** Observations the check judged (a cross-cutting check judges every family's). */
  readonly casesRun: number;
  /** Problems found over all cases, and how many distinct ones (by dedup key). */
  readonly findingCount: number;
  readonly distinctFindings: number;
  /** The requirements its findings name, in catalogue order (narrower than requirementIds). */
  readonly violatedRequirementIds: readonly RequirementId[];
  /** One per family the check failed in: the shrunk counterexample and how to replay it. */
  readonly failures: readonly CheckFailure[];
}

export interface CheckFailure {
  readonly family: FamilyId;
  readonly caseId: string;
  readonly seed: number;
  /** fast-check's counterexample path: with the seed, replays exactly this case. */
  readonly path: string;
  /** The case's description, redacted. */
  readonly counterexample: unknown;
  readonly findings: readonly Finding[];
  readonly replay: string;
}

export interface RequirementResult {
  readonly id: RequirementId;
  /** failed: a finding names it; passed: a check covering it judged cases; otherwise as its checks. */
  readonly outcome: CheckOutcome;
}

export interface HarnessErrorRecord {
  readonly family: FamilyId;
  readonly caseId: string | null;
  readonly message: string;
}

