import { DECISION_TABLE, type Expectation, type ExpectedOutcome } from '../../spec/expectations/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { RequirementId } from '../../spec/requirements/index.ts';
import type { Exchange } from '../targets/index.ts';
import type { JudgeContext, Judgement, Problem, Severity } from './check.ts';
import type { Prediction } from './sca-case.ts';
import type { ScaObservation } from './sca-observation.ts';
import { errorCodeOf } from './session.ts';

// The comparison the outcome checks share once each has made its prediction: the prediction for
// the probe exchange against what the target answered, as Expected/Received lines.

// Performing an operation that needed SCA without it violates the operation's SCA requirement
// besides the decision-table row: that is what makes a bypass a bypass. An extra device has its
// own (SCA-DEV-011); every other SCA-protected operation the header one (SCA-HDR-011).
function scaNeedOf(operationId: OperationId): RequirementId {
  return operationId === 'registerScaDevice' ? 'SCA-DEV-011' : 'SCA-HDR-011';
}
const SCA_STAGES: ReadonlySet<string> = new Set(['byPass', 'push', 'dataSigning']);
const SCA_RULES: ReadonlySet<string> = new Set(DECISION_TABLE.filter((row) => SCA_STAGES.has(row.stage)).map((row) => row.id));

export function describeOutcome(outcome: ExpectedOutcome): string {
  return outcome.kind === 'success' ? `${outcome.status}` : `${outcome.status} ${outcome.code}`;
}

export function describeAnswer(exchange: Exchange, judge: JudgeContext): string {
  const code = errorCodeOf(exchange, judge.errorCodePointers);
  return code === undefined ? `${exchange.response.status}` : `${exchange.response.status} ${code}`;
}

/** The answer is the expected outcome or one of the alternatives the sources allow as well. */
export function matches(expectation: Expectation, exchange: Exchange, judge: JudgeContext): boolean {
  return [expectation.outcome, ...(expectation.alternatives ?? [])].some((outcome) => {
    if (exchange.response.status !== outcome.status) return false;
    return outcome.kind === 'success' || errorCodeOf(exchange, judge.errorCodePointers) === outcome.code;
  });
}

/** "409 SCA_REQUIRED (rule X)", with the alternatives that conform too. */
export function describeExpectation(expectation: Expectation): string {
  const alternatives = (expectation.alternatives ?? []).map(describeOutcome);
  return `${describeOutcome(expectation.outcome)}${alternatives.length === 0 ? '' : ` (or ${alternatives.join(', or ')})`} (rule ${expectation.rule})`;
}

/** The problems of `observation` held to `prediction`: [] when the answer is one the prediction allows. */
export function outcomeProblems(observation: ScaObservation, prediction: Prediction, judge: JudgeContext): Problem[] {
  const { probe, operationId } = observation;
  const { expectations } = prediction;
  const [first] = expectations;
  if (first === undefined || expectations.some((expectation) => matches(expectation, probe, judge))) return [];
  const performed = probe.response.status >= 200 && probe.response.status < 300;
  const bypass = first.outcome.kind === 'error' && performed && SCA_RULES.has(first.rule);
  const requirementIds = bypass ? [...new Set([...first.requirementIds, scaNeedOf(operationId)])] : first.requirementIds;
  const expected = expectations.map(describeExpectation).join(' or ');
  const notes = [...new Set([...(observation.note === undefined ? [] : [observation.note]), ...expectations.flatMap((expectation) => expectation.notes ?? [])])];
  const message = [`Expected: ${expected}`, `Received: ${describeAnswer(probe, judge)}`, ...notes].join('\n');
  const other = prediction.alternatives.find((alternative) => matches(alternative.expectation, probe, judge));
  if (other !== undefined) {
    const { row, declared, observed } = other.reading;
    const reading = `${row}: observed ${observed.value} (${observed.sources.join(', ')}), declared ${declared.value} (${declared.sources.join(', ')}); the sources disagree`;
    return [{ message: `${message}\n${reading}`, requirementIds: first.requirementIds, operationId, rule: `${row}=${observed.value}`, severity: 'minor', evidence: [probe], informational: other.reading }];
  }
  return [
    {
      message,
      requirementIds,
      operationId,
      rule: first.rule,
      severity: severityOf(first, performed),
      evidence: [probe],
    },
  ];
}

function severityOf(expectation: Expectation, performed: boolean): Severity {
  if (expectation.outcome.kind === 'error' && performed) return 'critical';
  if (expectation.outcome.kind === 'success') return 'major';
  return 'minor';
}

/** The judgement of an outcome check: its problems, and the rows and notes of the prediction it held the case to. */
export function outcomeJudgement(problems: readonly Problem[], prediction: Prediction): Judgement {
  const notes = [...new Set(prediction.expectations.flatMap((expectation) => expectation.notes ?? []))];
  return { problems, rows: [...new Set(prediction.expectations.map((expectation) => expectation.rule))], ...(notes.length === 0 ? {} : { notes }) };
}
