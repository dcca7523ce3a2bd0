import { isOperationId, type OperationId, type OperationInfo } from '../../spec/openapi/index.ts';
import type { OperationCoverage } from '../../reports/probe-result.ts';
import { FAMILY_IDS, type FamilyId, type Observation } from '../probes/check.ts';

// What a run reached, per operation: how many judged cases of each family probed it. A case's
// operation is the one its observation names (the probe exchange's); a lifecycle sequence spans
// several and names none.

export class OperationCoverageTally {
  readonly #counts = new Map<OperationId, Record<FamilyId, number>>();

  constructor(private readonly operations: ReadonlyMap<OperationId, OperationInfo>) {}

  record(family: FamilyId, observation: Observation): void {
    const operationId = 'operationId' in observation ? observation.operationId : undefined;
    if (!isOperationId(operationId) || !this.operations.has(operationId)) return;
    let counts = this.#counts.get(operationId);
    if (counts === undefined) {
      counts = Object.fromEntries(FAMILY_IDS.map((id) => [id, 0])) as Record<FamilyId, number>;
      this.#counts.set(operationId, counts);
    }
    counts[family] += 1;
  }

  /** Every operation of the document, in its order, families in FAMILY_IDS order. */
  result(): OperationCoverage[] {
    return [...this.operations.values()].map((operation) => ({
      operationId: operation.operationId,
      scaEligible: operation.scaEligible,
      casesByFamily: Object.fromEntries(FAMILY_IDS.map((id) => [id, this.#counts.get(operation.operationId)?.[id] ?? 0])) as Record<FamilyId, number>,
    }));
  }
}
