// DECISION-TABLE.md, generated from the table itself so the document cannot drift from the model.

import { ERROR_CATALOGUE } from '../errors/index.ts';
import { describeCondition } from './condition.ts';
import { DECISION_TABLE, STAGES, type DecisionRow, type Stage } from './decision-table.ts';
import { DEFAULT_SIGNATURE_TTL_MS, FACT_DESCRIPTIONS } from './facts.ts';
import { operationFacts } from './operation-facts.ts';
import { WAITING_SCA_STATUS } from './predict.ts';

export function renderDecisionTableMarkdown(): string {
  const stages = Object.keys(STAGES) as Stage[];
  return [
    '# SCA decision table',
    '',
    '<!-- Generated from spec/expectations/decision-table.ts by renderDecisionTableMarkdown(); do not edit.',
    '     Refresh: UPDATE_DOCS=1 npx vitest run spec/expectations -->',
    '',
    'The expectation model of `spec/expectations` (`predict`), row by row: docs/sca-evaluation-order.md as',
    'data. Rows are evaluated in order and the first whose conditions all hold decides. Error statuses come',
    'from ERROR_CATALOGUE (spec/errors), success statuses from the OpenAPI document.',
    '',
    `Options: \`signatureTtlMs\` (default ${DEFAULT_SIGNATURE_TTL_MS}) and \`strictTtl\` (default false) set the \`ttl\` fact;`,
    '`expect` (the target profile of spec/profile, `--expect FILE`; default DEFAULT_TARGET_PROFILE) sets the profile facts',
    '(`sca` through the per-operation SCA policy, `byPassAllowed`, `waitingSca202`, `kycCheck`, `malformedSignatureCode`,',
    'how an empty signature counts, whether Linkcy-SCA-Factor is read) and the status of SCA_SIGNATURE_DOES_NOT_MATCH.',
    'Where the sources allow two answers, a row lists the other one as "also accepted"; a signature of unknown provenance',
    'past the TTL may also be refused for its age (D-AUDIT-2), and such a prediction carries TTL_PROVENANCE_NOTE.',
    'A signature that passes the DATA_SIGNING stage advances the device counter even when a business rule',
    'then refuses the call (side effect `counterAdvances`).',
    '',
    ...stages.flatMap((stage) => renderStage(stage)),
    '## Facts',
    '',
    '| Fact | How it is computed |',
    '|---|---|',
    ...Object.entries(FACT_DESCRIPTIONS).map(([fact, description]) => `| \`${fact}\` | ${cell(description)} |`),
    '',
  ].join('\n');
}

function renderStage(stage: Stage): string[] {
  return [
    `## ${STAGES[stage]}`,
    '',
    '| Rule | When | Then | Side effects | Requirements | Note |',
    '|---|---|---|---|---|---|',
    ...DECISION_TABLE.filter((row) => row.stage === stage).map(renderRow),
    '',
  ];
}

function renderRow(row: DecisionRow): string {
  const sideEffects = Object.entries(row.sideEffects ?? {}).flatMap(([effect, happens]) => (happens ? [effect] : []));
  return `| ${[
    `\`${row.id}\``,
    describeCondition(row.when),
    renderOutcome(row),
    sideEffects.join(', '),
    row.requirementIds.join(', '),
    row.note ?? '',
  ]
    .map(cell)
    .join(' | ')} |`;
}

function renderOutcome(row: DecisionRow): string {
  const args = row.messageArgs === undefined ? '' : ` (message: ${row.messageArgs.join(', ')})`;
  const also = row.alsoAccept === undefined ? '' : `; also accepted: ${row.alsoAccept.map((then) => renderThen(row, then)).join(', ')}`;
  return `${renderThen(row, row.then)}${args}${also}`;
}

function renderThen(row: DecisionRow, then: DecisionRow['then']): string {
  switch (then) {
    case 'success': {
      const operationId = row.when.operationId;
      return typeof operationId === 'string' ? `${operationFacts(operationId).successStatus} success` : '2xx success';
    }
    case 'waiting-sca':
      return `${WAITING_SCA_STATUS} Waiting SCA`;
    case 'not-found':
      return "404 the operation's not-found code";
    case 'SCA_SIGNATURE_DOES_NOT_MATCH':
      return `${ERROR_CATALOGUE[then].status} (profile: signatureMismatchStatus) ${then}`;
    default:
      return `${ERROR_CATALOGUE[then].status} ${then}`;
  }
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}
