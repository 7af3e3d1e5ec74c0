/**
 * A token bucket. Refill is continuous and exact: after e ms, e * refillPerSecond / 1000
 * tokens are added, capped at capacity. Elapsed time counts from the construction.
 */
export class TokenBucket {
  /**
   * capacity and refillPerSecond: positive integers, else RangeError. The bucket starts full;
   * the constructor reads now() once.
   */
  constructor(capacity: number, refillPerSecond: number, now: () => number) {
    void capacity;
    void refillPerSecond;
    void now;
  }

  /**
   * Takes `tokens` (default 1; a positive integer, else RangeError) if at least that many are
   * available and returns true; otherwise takes nothing and returns false (always false for
   * more than capacity).
   */
  tryAcquire(tokens?: number): boolean {
    void tokens;
    throw new Error("not implemented");
  }

  /** Whole tokens available now (floor). */
  available(): number {
    throw new Error("not implemented");
  }
}
