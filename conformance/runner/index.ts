// The probe runner: runs probe families against a target and answers the ProbeResult.

export type { ProbeEvent, ProbeListener } from './events.ts';
export {
  PROBE_RESULT_SCHEMA_VERSION,
  type CheckFailure,
  type CheckResult,
  type CoverageCounts,
  type CoveredFile,
  type ExercisedAnswer,
  type ErrorCodeMappingRow,
  type HarnessErrorRecord,
  type FamilyReach,
  type OperationReach,
  type ProbeResult,
  type Reach,
  type RequirementResult,
  type RowReach,
  type SimulatorCoverage,
  type StrategySent,
  type ResultSummary,
  type RunHeader,
} from './probe-result.ts';
export { unreachedRows } from './reach.ts';
export { runProbes, type RunProbesOptions } from './run-probes.ts';
export { SHRINK_BUDGET } from './shrink.ts';
export { TOOL } from './tool.ts';
