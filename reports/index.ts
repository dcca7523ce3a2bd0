// Reports: the results of a probe run as files. They only listen and render; they never judge.

export {
  PROBE_RESULT_FILE,
  PROBE_RESULT_SCHEMA_VERSION,
  writeProbeResult,
  type CheckFailure,
  type CheckResult,
  type ErrorCodeMappingRow,
  type HarnessErrorRecord,
  type ProbeResult,
  type RequirementResult,
  type ResultSummary,
  type RunHeader,
} from './probe-result.ts';
