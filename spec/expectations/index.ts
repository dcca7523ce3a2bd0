// The expectation model: from the facts of a call, what a conforming LinkCy target answers.

export { describeCondition, type Clause, type Condition } from './condition.ts';
export { DECISION_TABLE, STAGES, type DecisionRow, type Stage } from './decision-table.ts';
export {
  DEFAULT_SIGNATURE_TTL_MS,
  DEFAULT_STRATEGY,
  FACT_DESCRIPTIONS,
  FACTOR_HEADER_VALUES,
  SCA_FACTORS,
  STRATEGIES,
  type CaseFacts,
  type FactName,
  type FactorHeaderValue,
  type Strategy,
} from './facts.ts';
export { GOOD_SIGNATURE_FACTS } from './good-signature.ts';
export { TTL_PROVENANCE_NOTE, WAITING_SCA_STATUS, expectedStatusOf, explain, predict, type RowEvaluation } from './predict.ts';
export { unreachableBecause, type RunFacts } from './reachability.ts';
export { renderDecisionTableMarkdown } from './render-markdown.ts';
export type {
  DeviceSummary,
  ExpectedOutcome,
  Expectation,
  HeaderFact,
  KycFact,
  PredictOptions,
  Profile,
  PushMode,
  ScaCase,
  ScaFactor,
  SideEffects,
  SignatureFacts,
  TokenKind,
} from './types.ts';
