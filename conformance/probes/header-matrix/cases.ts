import fc from 'fast-check';
import { factorHeaderArbitrary, strategyHeaderArbitrary } from '../../../generators/index.ts';
import type { DeviceSummary, PushMode } from '../../../spec/expectations/index.ts';

// The header matrix: every SCA-eligible operation, with the strategy and factor headers as a
// client might send them, against an end user in each device state and each push mode.

const HEADER_MATRIX_OPERATIONS = ['createCard', 'getCardSensitiveData', 'registerScaDevice'] as const;

export interface HeaderMatrixCase {
  readonly operationId: (typeof HEADER_MATRIX_OPERATIONS)[number];
  readonly devices: DeviceSummary;
  readonly biometry: boolean;
  /** Raw Linkcy-SCA-Strategy value; undefined: header absent. */
  readonly strategy: string | undefined;
  /** Raw Linkcy-SCA-Factor value; undefined: header absent. */
  readonly factor: string | undefined;
  /** Sign the request with the scene's device (biometry only when onboarded). */
  readonly signWith: 'none' | 'knowledge' | 'biometry';
  readonly pushMode: PushMode;
}

const BASE: HeaderMatrixCase = { operationId: 'createCard', devices: 'active', biometry: false, strategy: undefined, factor: undefined, signWith: 'none', pushMode: 'off' };

/** One case per row family of the decision table's SCA stages: played first in every run. */
export function headerMatrixExamples(): HeaderMatrixCase[] {
  return [
    BASE,
    { ...BASE, strategy: 'BY_PASS' },
    { ...BASE, strategy: 'DATA_SIGNING', signWith: 'knowledge' },
    { ...BASE, strategy: 'DATA_SIGNING' },
    { ...BASE, strategy: 'DATA_SIGNING', signWith: 'knowledge', factor: 'BIOMETRY', biometry: true },
    { ...BASE, strategy: 'by_pass' },
    { ...BASE, factor: 'BIOMETRY' },
    { ...BASE, pushMode: 'approve' },
    { ...BASE, pushMode: 'decline' },
    { ...BASE, devices: 'none' },
    { ...BASE, operationId: 'getCardSensitiveData', devices: 'blocked-only', strategy: 'DATA_SIGNING', signWith: 'knowledge' },
    { ...BASE, operationId: 'registerScaDevice' },
    { ...BASE, operationId: 'registerScaDevice', strategy: 'BY_PASS' },
    { ...BASE, operationId: 'registerScaDevice', devices: 'pending-only' },
  ];
}

export function headerMatrixCaseArbitrary(): fc.Arbitrary<HeaderMatrixCase> {
  return fc.record({
    operationId: fc.constantFrom(...HEADER_MATRIX_OPERATIONS),
    devices: fc.oneof(
      { weight: 3, arbitrary: fc.constant<DeviceSummary>('active') },
      { weight: 1, arbitrary: fc.constantFrom<DeviceSummary>('none', 'pending-only', 'blocked-only') },
    ),
    biometry: fc.boolean(),
    strategy: strategyHeaderArbitrary().map((header) => header.value),
    factor: factorHeaderArbitrary().map((header) => header.value),
    signWith: fc.constantFrom('none', 'knowledge', 'biometry'),
    pushMode: fc.oneof(
      { weight: 3, arbitrary: fc.constant<PushMode>('off') },
      { weight: 1, arbitrary: fc.constantFrom<PushMode>('approve', 'decline', 'timeout') },
    ),
  });
}
