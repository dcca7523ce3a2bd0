import type fc from 'fast-check';
import { FACTOR_HEADER_VALUES } from '../spec/expectations/index.ts';
import { headerValueArbitrary, type HeaderValue, type HeaderValueKind } from './_internals/header-value.ts';

// Linkcy-SCA-Factor as a client might send it: absent, each value 1.78 documents (BIOMETRY, PIN; a
// profile choice, 1.114.5 has no such header), or a near miss.

export interface FactorHeaderConstraints {
  /** The kinds of value to draw from (default: every kind, absent and valid values weighing most). */
  readonly kinds?: readonly HeaderValueKind[];
}

export function factorHeaderArbitrary(constraints: FactorHeaderConstraints = {}): fc.Arbitrary<HeaderValue> {
  return headerValueArbitrary('factorHeaderArbitrary', FACTOR_HEADER_VALUES, constraints.kinds);
}
