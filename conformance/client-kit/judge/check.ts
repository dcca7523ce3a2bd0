import type { OperationInfo } from '../../../spec/openapi/index.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { OperationValidators } from '../../../spec/validate/index.ts';
import type { AppSignature } from '../app-stand-in.ts';
import type { RecordedExchange } from '../recording.ts';

// A client check judges what a client SENT (never what the server answered), one requirement
// each. Request checks look at one exchange (and those before it); session checks at the order
// of exchanges. All of them run in every mode: certification, `serve --record`, the recording proxy.

/** What one certification scenario, or one recorded session, gives the judge. */
export interface JudgedSession {
  /** The scenario id; `recorded` for a passive recording. */
  readonly scenario: string;
  readonly profile: 'sandbox' | 'production';
  readonly signatureTtlMs: number;
  readonly exchanges: readonly RecordedExchange[];
  /** The app stand-in's log; absent when the partner's own app signed (passive mode). */
  readonly appSignatures?: readonly AppSignature[];
}

export interface JudgeContext {
  readonly session: JudgedSession;
  readonly operations: ReadonlyMap<string, OperationInfo>;
  readonly validators: OperationValidators;
}

export interface RequestCheck {
  readonly kind: 'request';
  readonly id: string;
  readonly title: string;
  readonly requirementId: RequirementId;
  /** What is wrong with this request (one message a fault), nothing when it is right. */
  judge(exchange: RecordedExchange, earlier: readonly RecordedExchange[], context: JudgeContext): string[];
}

export interface SessionCheck {
  readonly kind: 'session';
  readonly id: string;
  readonly title: string;
  readonly requirementId: RequirementId;
  judge(context: JudgeContext): { exchange: RecordedExchange; message: string }[];
}

export type ClientCheck = RequestCheck | SessionCheck;

/** One fault: which scenario, which request, which check, which requirement. */
export interface ClientFinding {
  readonly scenario: string;
  /** The exchange id in the scenario's recording; null for the outcome. */
  readonly exchangeId: number | null;
  /** `POST /api/partner/...` (secrets redacted); null for the outcome. */
  readonly request: string | null;
  readonly check: string;
  readonly requirementId: RequirementId;
  readonly message: string;
}

export function requestLine(exchange: RecordedExchange): string {
  return `${exchange.method} ${exchange.target}`;
}
