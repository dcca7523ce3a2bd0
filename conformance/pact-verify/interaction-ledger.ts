import type { VirtualDevice } from '../../generators/index.ts';
import type { CaseSession } from '../probes/session.ts';

// The Pact verifier plays interactions one at a time: state setups, the request, state
// teardowns. Its state-change calls are the only sign of where one interaction ends and the next
// begins (an interaction without states still gets one setup with an empty name), so the ledger
// counts rising edges of "setup" and keeps, per interaction in play order, what its states built
// and what the request filter did with it.

/** How the re-signing filter signs a request that carries a Linkcy-SCA-Signature. */
export type SigningIntent =
  /** A fresh signature over the exact method, URI and body sent. */
  | 'request-as-sent'
  /** A fresh signature by the same device over another body: it must not match (the mismatch state). */
  | 'another-request';

/** What an interaction's provider states built on the target. */
export interface StateStage {
  /** The harness session of this interaction: its fixture exchanges, its case id. */
  readonly session: CaseSession;
  /** The bearer that replaces a recorded Authorization (a state may replace it: an expired token). */
  partnerToken?: string;
  /** The device that re-signs. */
  device?: VirtualDevice;
  signing: SigningIntent;
  /** What the states answered (the `${name}` values of the interaction's provider-state expressions). */
  readonly values: Record<string, string>;
}

export interface InteractionRecord {
  readonly stage: StateStage;
  /**
   * Why the request cannot be sent as the pact means it (a state not built, a signature not
   * made): the interaction is not verified and its request never reaches the target.
   */
  readonly notSent: string[];
  /** What the filter did that the reader should know (re-signed, kept a recorded signature...). */
  readonly notes: string[];
  /** Its Linkcy-SCA-Signature was replaced by a fresh one. */
  resigned: boolean;
}

export class InteractionLedger {
  readonly #records: InteractionRecord[] = [];
  #inside = false;

  constructor(private readonly newSession: (index: number) => CaseSession) {}

  get records(): readonly InteractionRecord[] {
    return this.#records;
  }

  /** Told of every state-change call (action and state name) before its handler runs. */
  observeStateChange(action: unknown): void {
    if (action === 'setup' && !this.#inside) {
      this.#inside = true;
      const index = this.#records.length;
      this.#records.push({ stage: { session: this.newSession(index), signing: 'request-as-sent', values: {} }, notSent: [], notes: [], resigned: false });
    } else if (action === 'teardown') {
      this.#inside = false;
    }
  }

  /** The interaction being played; undefined before the first state-change call. */
  current(): InteractionRecord | undefined {
    return this.#records.at(-1);
  }
}
