// Reports: one model for every producer, and the renderers that read only it. Reports listen and
// render; they never judge (the verdicts come from the producers).

export { buildReport, countVerdicts, mergeVerdicts, type ReportInput } from './model/build-report.ts';
export { canonicalJson } from './model/canonical-json.ts';
export { sha256Hex, suiteHashes, type HashInputs } from './model/hashes.ts';
export { parseReport, REPORT_SCHEMA, ReportFormatError, reportErrors } from './model/parse-report.ts';
export {
  PRODUCER_KINDS,
  REPORT_VERSION,
  VERDICTS,
  type ClientUnderTest,
  type ConformanceReport,
  type ObservedRow,
  type ProducerKind,
  type ReportCheck,
  type ReportFailure,
  type ReportFinding,
  type ReportHashes,
  type ReportSection,
  type ReportSignature,
  type RequirementVerdict,
  type TargetUnderTest,
  type Verdict,
  type VerdictCounts,
} from './model/types.ts';
export { clientScenariosSection } from './producers/client-scenarios.ts';
export { probeTarget, probeVerdict, providerProbesSection } from './producers/provider-probes.ts';
export { renderHtml } from './render/html.ts';
export { renderJson } from './render/json.ts';
export { renderJunit } from './render/junit.ts';
export { reachSentences } from './render/labels.ts';
export { MARKDOWN_LIMIT, renderMarkdown } from './render/markdown.ts';
export { checkSignature, loadSigningKey, signReport, SigningKeyError, type SignatureCheck } from './certificate/sign.ts';
export { verifyReport, type VerifyOptions, type VerifyResult } from './certificate/verify.ts';
export { diffReports, formatDiff, type CodeChange, type ReportDiff, type VerdictChange } from './diff/diff-reports.ts';
export { checkOutputDir, DEFAULT_REPORT_DIR, OutputDirError, parseReporters, REPORTER_NAMES, REPORTERS, ReporterListError, writeReport, type ReporterName } from './write-report.ts';
