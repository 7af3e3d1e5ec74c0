// expect: example
// bug: the constructor only checks that its arguments are positive, so a fractional capacity or refill rate (2.5, 0.5) is accepted instead of throwing RangeError
export class TokenBucket {
  private milli: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number,
  ) {
    if (!(capacity > 0)) throw new RangeError("capacity must be positive");
    if (!(refillPerSecond > 0)) throw new RangeError("refillPerSecond must be positive");
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
    return Math.floor(this.milli / 1000);
  }
}
