import type { BoundaryFault } from './faults.ts';

// TEST-ONLY. The defects that prove the PSD2 exemption boundaries and those of SCA's scope: on the simulator with `defect`,
// under the example target profile (docs/expect-profile.example.json: createTransaction with the RTS
// figures), every case of `cases` fails naming `requirement` (exemption-cases.test.ts;
// docs/probe-design.md, "Stated boundaries", lists the same pairs).

const id = (edge: string): string => `psd2-exemptions/${edge}`;

export const EXEMPTION_BOUNDARY_FAULTS: readonly BoundaryFault[] = [
  {
    defect: 'exemptPaymentsNotRecorded',
    cases: [id('low-value-count-5th-exempt-6th-not'), id('low-value-cumulative-amount-exact-then-exceeded'), id('low-value-by-pass-is-no-sca')],
    requirement: 'SCA-OPS-003',
  },
  { defect: 'exemptAmountNotSummed', cases: [id('low-value-cumulative-amount-exact-then-exceeded')], requirement: 'SCA-OPS-003' },
  { defect: 'failedPaymentCounted', cases: [id('low-value-failed-payment-not-counted')], requirement: 'SCA-OPS-003' },
  { defect: 'scaNotRecorded', cases: [id('low-value-sca-resets-history'), id('reauthentication-not-due-after-sca')], requirement: 'SCA-OPS-003' },
  { defect: 'byPassCountsAsSca', cases: [id('low-value-by-pass-is-no-sca'), id('trusted-beneficiary-added-with-by-pass')], requirement: 'SCA-OPS-003' },
  { defect: 'beneficiaryAddedWithScaNotTrusted', cases: [id('trusted-beneficiary-added-with-sca')], requirement: 'SCA-OPS-003' },
  // sca-scope-cases.ts, under the same profile (firstDevice "no-active-device", factorHeader "BIOMETRY|PIN").
  { defect: 'activeOnlyWhenAllDevicesActive', cases: ['first-device/extra-beside-active-and-pending'], requirement: 'SCA-DEV-011' },
  { defect: 'pushFactorOnEveryDevice', cases: ['factor-header/push-factor-on-one-of-two-devices'], requirement: 'SCA-HDR-012' },
];
