import type { SignatureFacts, TokenKind } from '../../../spec/expectations/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { Observation } from '../check.ts';
import type { DeviceRef, LifecycleState } from './state.ts';

// What a lifecycle case observed: per step, the model state before it, what was done and what the
// target answered. Facts only: the check (model-check.ts) derives what each answer should have been.

/** The bearer sent: the partner's, the addressed end user's own, or the other end user's of the case. */
export type Credential = Extract<TokenKind, 'partner' | 'end-user' | 'end-user-other'>;

export type StepAction =
  /** registerScaDevice for `user`; with `signer`, by DATA_SIGNING (an extra device). */
  | { readonly kind: 'register'; readonly user: number; readonly token: Credential; readonly signer?: DeviceRef }
  /** The SDK's activation exchange (harness traffic, not a documented operation). */
  | { readonly kind: 'sdk-activate'; readonly device: DeviceRef; readonly biometry: boolean }
  | { readonly kind: 'activate'; readonly device: DeviceRef; readonly token: Credential }
  | { readonly kind: 'delete'; readonly device: DeviceRef; readonly token: Credential }
  /** createCard on `owner`'s ledger signed by `signer` (of `owner` or of the other end user). */
  | { readonly kind: 'sign'; readonly owner: number; readonly signer: DeviceRef; readonly token: Credential; readonly wrongPin: boolean }
  /** getConsumer of `user`: the device list read back. */
  | { readonly kind: 'read-devices'; readonly user: number };

export interface LifecycleStep {
  /** The fast-check command that made the step, as the counterexample prints it. */
  readonly command: string;
  readonly action: StepAction;
  /** The model state before the step: what the check predicts from. */
  readonly before: LifecycleState;
  /** Absent for the SDK activation, whose exchange the virtual device makes itself. */
  readonly exchange?: Exchange;
  /** The SDK activation failed, with this message. */
  readonly failure?: string;
  /** Whether the target saw the signature of a signed step made (it can age it). */
  readonly provenance?: SignatureFacts['provenance'];
}

export interface LifecycleObservation extends Observation {
  /** End users built for the case. */
  readonly endUsers: number;
  /** Up to and including the first step the target answered otherwise than the model: the run stops there. */
  readonly steps: readonly LifecycleStep[];
}
