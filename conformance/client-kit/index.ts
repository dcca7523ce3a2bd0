// The client kit: certifies a partner's LinkCy client (issue 10). The app stand-in, the command and
// adapter runners, the scenarios as data, the judge, and the recordings of passive mode.

export { startAppStandIn, startAppStandInFor, type AppBackend, type AppSignature, type AppStandIn } from './app-stand-in.ts';
export { loadClientAdapter, runClientAdapter, type ClientAdapter } from './adapter-runner.ts';
export {
  DEFAULT_SCENARIO_TIMEOUT_MS,
  runClientCertification,
  selectScenarios,
  type ClientCertificationOptions,
  type ClientCertificationResult,
  type ClientUnderTest,
  type ScenarioResult,
} from './certification.ts';
export { runClientCommand } from './command-runner.ts';
export { CLIENT_ENVIRONMENT_NAMES, outcomeOf, outcomeOfStdout, type ClientEnvironment, type ClientOutcome, type ClientRunResult } from './contract.ts';
export { CLIENT_CHECKS, judgeSession, type ClientCheck, type ClientFinding, type JudgedSession } from './judge/index.ts';
export { judgeOutcome, OUTCOME_CHECK } from './outcome-check.ts';
export { startRecordingProxy, type RecordingProxy } from './recording-proxy.ts';
export { recordSimulator, type SimulatorRecording } from './simulator-recording.ts';
export {
  readRecordingFile,
  Recorder,
  RECORDING_FORMAT,
  startRecordingFile,
  type RecordedExchange,
  type Recording,
  type RecordingHeader,
} from './recording.ts';
export { SCENARIOS, type ExpectedOutcome, type Intervention, type Scenario, type Verification } from './scenarios.ts';
