import type { ScaCase } from '../../../spec/expectations/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { Observation } from '../check.ts';

// What a stated boundary case observed: each call it holds to the expectation model, with the
// facts the model reads for it. The other exchanges of the case are fixtures.

export interface JudgedCall {
  readonly operationId: OperationId;
  readonly probe: Exchange;
  readonly scaCase: ScaCase;
  /** Which step of the case this is, for the reader ("5th wrong PIN", "age == TTL"). */
  readonly note?: string;
}

export interface BoundaryObservation extends Observation {
  /** The case's stable id, e.g. 'counter-window/last-accepted-ahead'. */
  readonly boundary: string;
  readonly requirementIds: readonly RequirementId[];
  readonly calls: readonly JudgedCall[];
  /** Why the case could not be stated on this target (then nothing was sent). */
  readonly notApplicable?: string;
}
