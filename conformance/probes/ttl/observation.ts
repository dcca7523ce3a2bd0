import type { ScaObservation } from '../sca-observation.ts';

/** The signature's age at the target: its clock just after the probe moved it, and after the answer. */
export interface AgeBracket {
  readonly low: number;
  readonly high: number;
}

/** A recorded signature presented after the target's clock moved; `scaCase` has the age at `ages.low`. */
export interface TtlObservation extends ScaObservation {
  readonly ages: AgeBracket;
  /** The target's clock moves only when the control plane moves it (ProbeContext.clockFrozen). */
  readonly clockFrozen: boolean;
}
