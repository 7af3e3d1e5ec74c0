// expect: example
// bug: available() rounds millitokens to the nearest token (Math.round) instead of flooring, so 999 millitokens report 1 whole token
export class TokenBucket {
  private milli: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity");
    if (!Number.isInteger(refillPerSecond) || refillPerSecond < 1) throw new RangeError("refillPerSecond");
    this.milli = capacity * 1000;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.milli = Math.min(this.capacity * 1000, this.milli + (t - this.last) * this.refillPerSecond);
    this.last = t;
  }

  tryAcquire(tokens = 1): boolean {
    if (!Number.isInteger(tokens) || tokens < 1) throw new RangeError("tokens");
    this.refill();
    if (this.milli < tokens * 1000) return false;
    this.milli -= tokens * 1000;
    return true;
  }

  available(): number {
    this.refill();
    return Math.round(this.milli / 1000);
  }
}
