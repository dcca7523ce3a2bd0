import { ERROR_CATALOGUE, type ErrorCode } from '../../spec/errors/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { FaultRecord, SimulatorState } from './state.ts';

// Injected faults: the next `count` calls of an operation answer a given status and code, or are
// delayed first, before any other rule is evaluated. This is the only way the simulator answers
// SCA_UNEXPECTED_ERROR (step 5k): there is no PowerAuth back end that could fail.

export interface FaultSpec {
  readonly operationId: OperationId;
  /** How many calls the fault affects (>= 1). */
  readonly count: number;
  /** The status to answer; defaults to the catalogue status of `code`. */
  readonly status?: number;
  /** The code to answer; defaults to ERROR_INTERNAL_API when only `status` is given. */
  readonly code?: ErrorCode;
  /** Wall-clock delay before the call is answered (with the fault or normally), in ms. */
  readonly delayMs?: number;
}

export function addFault(state: SimulatorState, spec: FaultSpec): FaultRecord {
  const code = spec.code ?? (spec.status === undefined ? undefined : 'ERROR_INTERNAL_API');
  const fault: FaultRecord = {
    operationId: spec.operationId,
    remaining: spec.count,
    reply: code === undefined ? undefined : { code, status: spec.status ?? ERROR_CATALOGUE[code].status },
    delayMs: spec.delayMs ?? 0,
  };
  state.faults.push(fault);
  return fault;
}

/** The fault the current call of `operationId` meets, if any; it uses one of the fault's calls. */
export function takeFault(state: SimulatorState, operationId: OperationId): FaultRecord | undefined {
  const fault = state.faults.find((candidate) => candidate.operationId === operationId && candidate.remaining > 0);
  if (fault === undefined) return undefined;
  fault.remaining -= 1;
  state.faults = state.faults.filter((candidate) => candidate.remaining > 0);
  return fault;
}
