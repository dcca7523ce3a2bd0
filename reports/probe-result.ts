import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorCode } from '../spec/errors/index.ts';
import type { OperationId } from '../spec/openapi/index.ts';
import type { RequirementId } from '../spec/requirements/index.ts';
import type { CheckOutcome, FamilyId, Finding, Severity } from '../conformance/probes/check.ts';
import type { TargetCapability, TargetKind } from '../conformance/targets/index.ts';

// The machine-readable result of `linkcy-sca probe` (schema: probe-result.schema.json). Built to
// diff: every array has a fixed order (checks in registry order, requirements in catalogue order,
// error codes in catalogue order), objects are written in one key order, and times live only in
// the `run` header, never inside arrays.

export const PROBE_RESULT_FILE = 'probe-result.json';
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

export interface ErrorCodeMappingRow {
  readonly code: ErrorCode;
  readonly documentedStatus: number;
  /** The seed's label, verbatim ("401 Forbidden"). */
  readonly seedLabel: string;
  readonly observedStatus: number | null;
  readonly observedCode: string | null;
  /** Only a triggered code can pass; a code no client can provoke is reported, never passed. */
  readonly triggered: boolean;
  /** The scenario that provokes it, or why it could not be provoked. */
  readonly how: string;
  readonly operationId: OperationId | null;
}

export interface HarnessErrorRecord {
  readonly family: FamilyId;
  readonly caseId: string | null;
  readonly message: string;
}

/** Writes DIR/probe-result.json (creating DIR) and answers the file written. */
export function writeProbeResult(dir: string, result: ProbeResult): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, PROBE_RESULT_FILE);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
  return file;
}
