import type { TargetProfile } from '../../spec/profile/index.ts';
import type { DefectSet } from './defects.ts';
import type { PartnerCredentials } from './state.ts';
import type { TokenLifetimes } from './tokens.ts';

/** Sandbox allows BY_PASS; production does not (docs/sca-evaluation-order.md). */
export type SimulatorProfile = 'sandbox' | 'production';

/** The simulator's configuration once options are resolved: fixed for its lifetime. */
export interface SimulatorSettings extends TokenLifetimes {
  readonly profile: SimulatorProfile;
  readonly signatureTtlMs: number;
  readonly strictTtl: boolean;
  readonly partner: PartnerCredentials;
  readonly defects: DefectSet;
  /** The target profile the simulator plays (`serve --expect FILE`): where the sources disagree, which reading. */
  readonly expect: TargetProfile;
}
