import fc from 'fast-check';
import { factorHeaderArbitrary, strategyHeaderArbitrary } from '../../../generators/index.ts';
import type { DeviceSummary, PushMode } from '../../../spec/expectations/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { ProbeContext } from '../context.ts';
import { scaEligibleOperations } from '../fixtures/operations.ts';

// The header matrix: every SCA-eligible operation (fixtures/operations.ts), with the strategy and
// factor headers as a client might send them, against an end user in each device state and each
// push mode, with and without a query string on the URI.

export interface HeaderMatrixCase {
  readonly operationId: OperationId;
  readonly devices: DeviceSummary;
  readonly biometry: boolean;
  /** Raw Linkcy-SCA-Strategy value; undefined: header absent. */
  readonly strategy: string | undefined;
  /** Raw Linkcy-SCA-Factor value; undefined: header absent. */
  readonly factor: string | undefined;
  /** Sign the request with the scene's device (biometry only when onboarded). */
  readonly signWith: 'none' | 'knowledge' | 'biometry';
  readonly pushMode: PushMode;
  /** The URI carries a query string (signed as sent). */
  readonly withQuery: boolean;
}

const BASE: HeaderMatrixCase = {
  operationId: 'createCard',
  devices: 'active',
  biometry: false,
  strategy: undefined,
  factor: undefined,
  signWith: 'none',
  pushMode: 'off',
  withQuery: false,
};

/**
 * Played first in every run: one case per row family of the decision table's SCA stages, then
 * every SCA-eligible operation signed (with a query string) and by BY_PASS.
 */
export function headerMatrixExamples(context: ProbeContext): HeaderMatrixCase[] {
  const perOperation = scaEligibleOperations(context.operations.values()).flatMap((operationId): HeaderMatrixCase[] => [
    { ...BASE, operationId, strategy: 'DATA_SIGNING', signWith: 'knowledge', withQuery: true },
    { ...BASE, operationId, strategy: 'BY_PASS' },
  ]);
  const cases: HeaderMatrixCase[] = [
    BASE,
    { ...BASE, operationId: 'getCardPanCredentials' },
    { ...BASE, strategy: 'DATA_SIGNING' },
    { ...BASE, strategy: 'DATA_SIGNING', signWith: 'knowledge', factor: 'BIOMETRY', biometry: true },
    { ...BASE, strategy: 'by_pass' },
    { ...BASE, factor: 'BIOMETRY' },
    { ...BASE, pushMode: 'approve' },
    { ...BASE, pushMode: 'decline' },
    { ...BASE, devices: 'none' },
    { ...BASE, operationId: 'getCardPin', devices: 'blocked-only', strategy: 'DATA_SIGNING', signWith: 'knowledge' },
    { ...BASE, operationId: 'registerScaDevice', devices: 'pending-only' },
    { ...BASE, operationId: 'refreshToken', devices: 'none' },
    ...perOperation,
  ];
  return cases.filter((testCase) => context.operations.has(testCase.operationId));
}

export function headerMatrixCaseArbitrary(context: ProbeContext): fc.Arbitrary<HeaderMatrixCase> {
  return fc.record({
    operationId: fc.constantFrom(...scaEligibleOperations(context.operations.values())),
    devices: fc.oneof(
      { weight: 3, arbitrary: fc.constant<DeviceSummary>('active') },
      { weight: 1, arbitrary: fc.constantFrom<DeviceSummary>('none', 'pending-only', 'blocked-only') },
    ),
    biometry: fc.boolean(),
    strategy: strategyHeaderArbitrary().map((header) => header.value),
    factor: factorHeaderArbitrary().map((header) => header.value),
    signWith: fc.constantFrom<HeaderMatrixCase['signWith']>('none', 'knowledge', 'biometry'),
    pushMode: fc.oneof(
      { weight: 3, arbitrary: fc.constant<PushMode>('off') },
      { weight: 1, arbitrary: fc.constantFrom<PushMode>('approve', 'decline', 'timeout') },
    ),
    withQuery: fc.boolean(),
  });
}
