import type { CheckDefinition, Judgement, JudgeContext } from '../check.ts';
import { outcomeJudgement, outcomeProblems } from '../outcome.ts';
import { judgeFor } from '../sca-case.ts';
import type { BoundaryObservation, JudgedCall } from './observation.ts';

// Each judged call of a stated boundary answers what the expectation model predicts for the facts
// the case states. A problem names the case's rule besides the decision row, and keeps the case id
// in its dedup rule: two edges failing on the same row are two findings.

function judgeCall(observation: BoundaryObservation, call: JudgedCall, index: number, judge: JudgeContext): Judgement {
  const prediction = judgeFor(judge, call.scaCase);
  const step = `Boundary ${observation.boundary}, call ${index + 1} of ${observation.calls.length}${call.note === undefined ? '' : `: ${call.note}`}`;
  const problems = outcomeProblems({ ...observation, ...call, note: step }, prediction, judge).map((problem) =>
    problem.informational === undefined
      ? { ...problem, requirementIds: [...new Set([...observation.requirementIds, ...problem.requirementIds])], rule: `${observation.boundary} ${problem.rule}` }
      : problem,
  );
  return outcomeJudgement(problems, prediction);
}

export const boundariesOutcome: CheckDefinition<BoundaryObservation> = {
  id: 'boundaries/outcome',
  title: 'Every call of a stated boundary case answers as the expectation model predicts for its facts',
  family: 'boundaries',
  requirementIds: ['SCA-SIG-001', 'SCA-SIG-004', 'SCA-SIG-009', 'SCA-SIG-011', 'SCA-SIG-012', 'SCA-SIG-015', 'SCA-HDR-006', 'SCA-ERR-009', 'SCA-DEV-015', 'SCA-TTL-001', 'SCA-TTL-002',
    'SCA-AUTH-003', 'SCA-AUTH-005', 'SCA-AUTH-007', 'SCA-AUTH-008', 'SCA-AUTH-009', 'SCA-HDR-003', 'SCA-HDR-004', 'SCA-HDR-008', 'SCA-HDR-012',
    'SCA-PUSH-004', 'SCA-PUSH-005', 'SCA-BYP-001', 'SCA-BYP-005', 'SCA-ERR-003', 'SCA-ERR-008', 'SCA-ERR-010', 'SCA-DEV-013', 'SCA-KYC-001', 'SCA-KYC-002'],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  appliesTo: (observation) => observation.notApplicable === undefined,
  run: (observation, judge) => {
    const judgements = observation.calls.map((call, index) => judgeCall(observation, call, index, judge));
    const notes = [...new Set(judgements.flatMap((judgement) => judgement.notes ?? []))];
    return {
      problems: judgements.flatMap((judgement) => judgement.problems),
      rows: [...new Set(judgements.flatMap((judgement) => judgement.rows))],
      ...(notes.length === 0 ? {} : { notes }),
    };
  },
};
