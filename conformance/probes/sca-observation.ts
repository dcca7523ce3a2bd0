import type { ScaCase } from '../../spec/expectations/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { Exchange } from '../targets/index.ts';
import type { Observation } from './check.ts';

/**
 * One case judged by the SCA expectation model: the facts of the call as the family made it
 * (spec/expectations ScaCase: the model state before it, the headers as received) and the answer.
 * The check calls the model on `scaCase` itself (sca-case.ts judgeFor).
 */
export interface ScaObservation extends Observation {
  readonly operationId: OperationId;
  /** The exchange the case is about (the others are fixtures). */
  readonly probe: Exchange;
  readonly scaCase: ScaCase;
  /** A line of case facts the reader needs beside Expected/Received (e.g. the signature's age). */
  readonly note?: string;
}
