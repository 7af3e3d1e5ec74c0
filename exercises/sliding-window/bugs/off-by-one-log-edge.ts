// expect: example
// bug: SlidingWindowLog drops a timestamp only once it is strictly older than now - windowMs (< instead of <=), so a request exactly windowMs old still counts
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
  // Ring buffer of accepted timestamps, oldest at `start`; never more than `limit` entries.
  private readonly log: number[];
  private start = 0;
  private length = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {
    checkPositiveInts(limit, windowMs);
    this.log = new Array<number>(limit).fill(0);
  }

  tryAcquire(): boolean {
    const t = this.now();
    // Drop timestamps that left the window (t' <= now - windowMs): amortized O(1).
    while (this.length > 0 && this.log[this.start] < t - this.windowMs) {
      this.start = (this.start + 1) % this.limit;
      this.length--;
    }
    if (this.length >= this.limit) return false;
    this.log[(this.start + this.length) % this.limit] = t;
    this.length++;
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
