import type fc from 'fast-check';
import { STRATEGIES } from '../spec/expectations/index.ts';
import { headerValueArbitrary, type HeaderValue, type HeaderValueKind } from './_internals/header-value.ts';

// Linkcy-SCA-Strategy as a client might send it: absent, each documented value, or a near miss.

export interface StrategyHeaderConstraints {
  /** The kinds of value to draw from (default: every kind, absent and valid values weighing most). */
  readonly kinds?: readonly HeaderValueKind[];
}

export function strategyHeaderArbitrary(constraints: StrategyHeaderConstraints = {}): fc.Arbitrary<HeaderValue> {
  return headerValueArbitrary('strategyHeaderArbitrary', STRATEGIES, constraints.kinds);
}
