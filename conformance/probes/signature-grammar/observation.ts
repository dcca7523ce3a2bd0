import type { ScaObservation } from '../sca-observation.ts';

/** A mutated signature header as sent, with whether the reference parser (spec/powerauth) accepts it. */
export interface GrammarObservation extends ScaObservation {
  readonly wellFormed: boolean;
}
