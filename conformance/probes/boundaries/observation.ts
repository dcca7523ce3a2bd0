import type { OperationId } from '../../../spec/openapi/index.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { Observation } from '../check.ts';
import type { ScaObservation } from '../sca-observation.ts';

// What a stated boundary case observed: each call it holds to the expectation model, with the
// facts the model reads for it. The other exchanges of the case are fixtures.

/** One call of the case as an ScaObservation states it; `note` says which step it is ("wrong PIN, failed attempt 5 of 5"). */
export type JudgedCall = Pick<ScaObservation, 'operationId' | 'probe' | 'scaCase' | 'note'>;

export interface BoundaryObservation extends Observation {
  /** The case's stable id, e.g. 'counter-window/last-accepted-ahead'. */
  readonly boundary: string;
  readonly requirementIds: readonly RequirementId[];
  readonly calls: readonly JudgedCall[];
  /** The operation every judged call is on, when there is one: the result counts the case for it. */
  readonly operationId?: OperationId;
  /** Why the case could not be stated on this target (then nothing was sent). */
  readonly notApplicable?: string;
}
