// All constructor arguments (limit, windowMs) are positive integers, else RangeError.

/** Windows are [k*windowMs, (k+1)*windowMs); at most `limit` accepted per window. */
export class FixedWindowCounter {
  constructor(limit: number, windowMs: number, now: () => number) {
    void limit;
    void windowMs;
    void now;
  }

  /** true if accepted. */
  tryAcquire(): boolean {
    throw new Error("not implemented");
  }
}

/**
 * Accepted iff fewer than `limit` accepted requests have t > now - windowMs; only accepted
 * requests are logged.
 */
export class SlidingWindowLog {
  constructor(limit: number, windowMs: number, now: () => number) {
    void limit;
    void windowMs;
    void now;
  }

  /** true if accepted. */
  tryAcquire(): boolean {
    throw new Error("not implemented");
  }
}

/**
 * With prev = accepted count of the previous fixed window, curr = of the current one and
 * elapsed = now % windowMs: accepted iff
 *   prev * (windowMs - elapsed) + curr * windowMs < limit * windowMs   (then curr += 1).
 */
export class SlidingWindowCounter {
  constructor(limit: number, windowMs: number, now: () => number) {
    void limit;
    void windowMs;
    void now;
  }

  /** true if accepted. */
  tryAcquire(): boolean {
    throw new Error("not implemented");
  }
}
