import type { Expectation } from '../../../spec/expectations/index.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { Exchange } from '../../targets/index.ts';
import { describeAnswer, describeExpectation, matches } from '../outcome.ts';
import { ModelMismatch, type LifecycleReal } from './model.ts';

// The assertion every lifecycle command makes: the answer is the expected one, or the run stops
// with a ModelMismatch naming the command, the rule and the requirements.

export function expectAnswer(real: LifecycleReal, command: string, exchange: Exchange, expectation: Expectation, extraRequirements: readonly RequirementId[] = []): Exchange {
  const judge = real.session.context;
  real.steps.push(`${command} -> ${describeAnswer(exchange, judge)}`);
  if (matches(expectation, exchange, judge)) return exchange;
  const performed = exchange.response.status >= 200 && exchange.response.status < 300;
  // A refusal the target skipped is what the command's own requirement is about.
  const requirementIds = performed && expectation.outcome.kind === 'error' ? [...extraRequirements, ...expectation.requirementIds] : [...expectation.requirementIds, ...extraRequirements];
  throw new ModelMismatch(command, describeExpectation(expectation), exchange, [...new Set(requirementIds)], expectation.rule);
}
