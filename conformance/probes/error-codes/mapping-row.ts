import type { ErrorCode } from '../../../spec/errors/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';

/** One row of the result's documented vs observed table (mapping-table.ts builds them). */
export interface ErrorCodeMappingRow {
  readonly code: ErrorCode;
  readonly documentedStatus: number;
  /** The seed's label, verbatim ("401 Forbidden"). */
  readonly seedLabel: string;
  readonly observedStatus: number | null;
  readonly observedCode: string | null;
  /** Only a triggered code can pass; a code no client can provoke is reported, never passed. */
  readonly triggered: boolean;
  /** The scenario that provokes it, or why it could not be provoked. */
  readonly how: string;
  readonly operationId: OperationId | null;
}
