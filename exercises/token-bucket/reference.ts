// Reference: a token bucket (the limiter behind nginx's burst, Guava's RateLimiter, AWS APIs).
//
// The bucket holds up to `capacity` tokens and refills continuously at `refillPerSecond`.
// To stay exact with integer milliseconds, the state is kept in millitokens:
// one token = 1000 millitokens, and e elapsed ms add e * refillPerSecond millitokens.
// The refill is computed lazily whenever the bucket is looked at, so every call is O(1).

function isPositiveInt(x: number): boolean {
  return Number.isInteger(x) && x >= 1;
}

export class TokenBucket {
  private readonly capacityMilli: number;
  private readonly capacity: number;
  private readonly refillPerSecond: number;
  private readonly now: () => number;
  private milli: number;
  private last: number;

  constructor(capacity: number, refillPerSecond: number, now: () => number) {
    if (!isPositiveInt(capacity)) throw new RangeError("capacity must be a positive integer");
    if (!isPositiveInt(refillPerSecond)) throw new RangeError("refillPerSecond must be a positive integer");
    this.capacity = capacity;
    this.capacityMilli = capacity * 1000;
    this.refillPerSecond = refillPerSecond;
    this.now = now;
    this.milli = this.capacityMilli; // starts full
    this.last = now(); // the only read of the clock in the constructor
  }

  /** Adds the tokens earned since the last refill, capped at capacity. */
  private refill(): void {
    const t = this.now();
    const elapsed = t - this.last;
    if (elapsed > 0) {
      this.milli = Math.min(this.capacityMilli, this.milli + elapsed * this.refillPerSecond);
      this.last = t;
    }
  }

  tryAcquire(tokens: number = 1): boolean {
    if (!isPositiveInt(tokens)) throw new RangeError("tokens must be a positive integer");
    if (tokens > this.capacity) return false; // could never succeed
    this.refill();
    const need = tokens * 1000;
    if (this.milli < need) return false;
    this.milli -= need;
    return true;
  }

  available(): number {
    this.refill();
    return Math.floor(this.milli / 1000);
  }
}
