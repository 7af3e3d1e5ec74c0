// expect: property
// bug: tokens kept as a float and refilled incrementally (elapsed * rate / 1000 per call), so ten 0.1-token refills sum to 0.9999999999999999 and floor to 0
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity");
    if (!Number.isInteger(refillPerSecond) || refillPerSecond < 1) throw new RangeError("refillPerSecond");
    this.tokens = capacity;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) * this.refillPerSecond) / 1000);
    this.last = t;
  }

  tryAcquire(tokens = 1): boolean {
    if (!Number.isInteger(tokens) || tokens < 1) throw new RangeError("tokens");
    this.refill();
    if (this.tokens < tokens) return false;
    this.tokens -= tokens;
    return true;
  }

  available(): number {
    this.refill();
    return Math.floor(this.tokens);
  }
}
