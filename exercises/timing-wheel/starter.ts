/**
 * A timing wheel. The current time starts at startMs and becomes toMs after each advance.
 * A timer added at time c with delay d is due at tick ceil((c + d) / tickMs); it fires in the
 * first advance whose toMs >= dueTick * tickMs. Delays longer than one revolution
 * (tickMs * wheelSize) must work.
 */
export class TimingWheel {
  /** tickMs, wheelSize: positive integers; startMs: an integer >= 0; else RangeError. */
  constructor(tickMs: number, wheelSize: number, startMs: number) {
    void tickMs;
    void wheelSize;
    void startMs;
  }

  /** Adds a timer (delayMs >= 0); re-adding an id replaces its timer. */
  add(id: string, delayMs: number): void {
    void id;
    void delayMs;
    throw new Error("not implemented");
  }

  /** Cancels a pending timer; true if there was one. */
  cancel(id: string): boolean {
    void id;
    throw new Error("not implemented");
  }

  /**
   * Moves time forward to toMs (below the current time: RangeError) and returns the ids that
   * fire, ordered by due tick, then by the order in which they were added.
   */
  advance(toMs: number): string[] {
    void toMs;
    throw new Error("not implemented");
  }
}
