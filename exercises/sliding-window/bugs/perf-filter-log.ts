// expect: perf
// bug: SlidingWindowLog rebuilds its log with filter() on every request: O(limit) per request instead of amortized O(1), quadratic when the limit is large
function checkPositiveInts(limit: number, windowMs: number): void {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer");
  if (!Number.isInteger(windowMs) || windowMs < 1) throw new RangeError("windowMs must be a positive integer");
}

export class FixedWindowCounter {
  private window = -1; // index of the window `count` belongs to
  private count = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {
    checkPositiveInts(limit, windowMs);
  }

  tryAcquire(): boolean {
    const w = Math.floor(this.now() / this.windowMs);
    if (w !== this.window) {
      this.window = w;
      this.count = 0;
    }
    if (this.count >= this.limit) return false;
    this.count++;
    return true;
  }
}

export class SlidingWindowLog {
  private log: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {
    checkPositiveInts(limit, windowMs);
  }

  tryAcquire(): boolean {
    const t = this.now();
    this.log = this.log.filter((x) => x > t - this.windowMs);
    if (this.log.length >= this.limit) return false;
    this.log.push(t);
    return true;
  }
}

export class SlidingWindowCounter {
  private window = -1; // index of the current fixed window
  private prev = 0; // accepted in window - 1
  private curr = 0; // accepted in window

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {
    checkPositiveInts(limit, windowMs);
  }

  tryAcquire(): boolean {
    const t = this.now();
    const w = Math.floor(t / this.windowMs);
    if (w !== this.window) {
      // Moving one window ahead keeps the old current count as "previous"; further resets both.
      this.prev = w === this.window + 1 ? this.curr : 0;
      this.curr = 0;
      this.window = w;
    }
    const elapsed = t % this.windowMs;
    // prev * (W - elapsed) / W + curr < limit, multiplied through by W to stay in integers.
    if (this.prev * (this.windowMs - elapsed) + this.curr * this.windowMs < this.limit * this.windowMs) {
      this.curr++;
      return true;
    }
    return false;
  }
}
