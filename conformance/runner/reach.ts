import { OPERATION_IDS, type OperationId } from '../../spec/openapi/index.ts';
import type { FamilyId, Observation } from '../probes/check.ts';
import type { FamilyReach, OperationReach, Reach } from './probe-result.ts';

// What a run reached: cases per family and, per documented operation, the requests made and the
// statuses answered (fixture exchanges included: they reach the target too). A run that never
// reached an operation says so instead of passing it silently.

export class ReachTally {
  readonly #families: FamilyReach[] = [];
  readonly #operations = new Map<OperationId | null, { requests: number; statuses: Map<number, number> }>();

  family(family: FamilyId, applicable: boolean, cases: number): void {
    this.#families.push({ family, applicable, cases });
  }

  observe(observation: Observation): void {
    for (const exchange of observation.exchanges) {
      const key = exchange.operationId ?? null;
      const entry = this.#operations.get(key) ?? { requests: 0, statuses: new Map<number, number>() };
      entry.requests += 1;
      entry.statuses.set(exchange.response.status, (entry.statuses.get(exchange.response.status) ?? 0) + 1);
      this.#operations.set(key, entry);
    }
  }

  result(): Reach {
    const operations: OperationReach[] = [...OPERATION_IDS, null].map((operationId) => {
      const entry = this.#operations.get(operationId);
      const statuses = [...(entry?.statuses ?? new Map<number, number>())].sort(([a], [b]) => a - b).map(([status, count]) => ({ status, count }));
      return { operationId, requests: entry?.requests ?? 0, statuses };
    });
    // The row for requests outside the documented operations only appears when there were some.
    return { families: [...this.#families], operations: operations.filter((row) => row.operationId !== null || row.requests > 0) };
  }
}
