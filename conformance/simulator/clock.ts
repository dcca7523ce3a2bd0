// The simulator's one notion of time. Tokens, signature TTLs, createdAt fields and the exchange
// log all read it, so a test (or a probe through the control plane) can make a token expire or a
// signature age past its TTL by moving this clock instead of sleeping.

export type ClockMode = 'system' | 'manual';

export interface SimulatorClock {
  readonly mode: ClockMode;
  /** Milliseconds since the epoch, on the simulator's time line. */
  now(): number;
  /** Moves time forward by `ms` (>= 0). */
  advance(ms: number): number;
  /** Jumps to `ms` since the epoch. */
  set(ms: number): number;
  /** Back to where the clock started (control-plane reset). */
  reset(): void;
}

/**
 * `system`: wall-clock time plus an offset the control plane moves, so a long `serve` session ages
 * tokens naturally. `manual`: frozen at `startMs` and moved only by advance/set, so tests see
 * exact ages (a signature made at t and presented at t + TTL is exactly TTL old). A manual clock
 * starts on a whole second by default, so a token issued at the start lives exactly its lifetime
 * (JWT `exp` counts whole seconds).
 */
export function createClock(mode: ClockMode, startMs: number = defaultStart(mode)): SimulatorClock {
  let offsetMs = mode === 'system' ? startMs - Date.now() : 0;
  const base = (): number => (mode === 'system' ? Date.now() : startMs);
  const initialOffset = offsetMs;
  return {
    mode,
    now: () => base() + offsetMs,
    advance(ms) {
      if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`advanceMs must be a non-negative integer, got ${ms}`);
      offsetMs += ms;
      return base() + offsetMs;
    },
    set(ms) {
      if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`setMs must be a non-negative integer, got ${ms}`);
      offsetMs = ms - base();
      return ms;
    },
    reset() {
      offsetMs = initialOffset;
    },
  };
}

function defaultStart(mode: ClockMode): number {
  const now = Date.now();
  return mode === 'manual' ? now - (now % 1000) : now;
}
