import type { RequirementId } from '../../../../spec/requirements/index.ts';
import type { SimulatorDefect } from '../../../simulator/index.ts';

// The device-lifecycle defects lifecycle.test.ts plays (fault-catalogue.test.ts counts them as
// covered): each must make lifecycle/model fail at the default runs, naming `requirement`.

export interface LifecycleFault {
  readonly defect: SimulatorDefect;
  readonly requirement: RequirementId;
}

export const LIFECYCLE_FAULTS: readonly LifecycleFault[] = [
  // The example: a second card refused, unseen when no case signed twice.
  { defect: 'secondCardRefused', requirement: 'SCA-DEV-009' },
  { defect: 'deleteKeepsDevice', requirement: 'SCA-DEV-014' },
  { defect: 'registrationUnblocks', requirement: 'SCA-DEV-015' },
  { defect: 'foreignDeviceSigns', requirement: 'SCA-SIG-014' },
];
