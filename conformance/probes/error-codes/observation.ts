import type { ErrorCode } from '../../../spec/errors/index.ts';
import type { ScaCase } from '../../../spec/expectations/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { Observation } from '../check.ts';

/** One catalogue code provoked by its scenario (scenarios.ts), and the answer. */
export interface ErrorCodeObservation extends Observation {
  readonly code: ErrorCode;
  readonly operationId: OperationId | null;
  readonly how: string;
  readonly probe: Exchange;
  /** The provoking request's facts, where the decision table decides the code (scenarios.ts). */
  readonly scaCase?: ScaCase;
}
