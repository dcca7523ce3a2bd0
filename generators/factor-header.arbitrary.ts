import type fc from 'fast-check';
import { SCA_FACTORS } from '../spec/expectations/index.ts';
import { headerValueArbitrary, type HeaderValue, type HeaderValueKind } from './_internals/header-value.ts';

// Linkcy-SCA-Factor as a client might send it: absent, each documented value, or a near miss.

export interface FactorHeaderConstraints {
  /** The kinds of value to draw from (default: every kind, absent and valid values weighing most). */
  readonly kinds?: readonly HeaderValueKind[];
}

export function factorHeaderArbitrary(constraints: FactorHeaderConstraints = {}): fc.Arbitrary<HeaderValue> {
  return headerValueArbitrary('factorHeaderArbitrary', SCA_FACTORS, constraints.kinds);
}
