// Alternative: a class with private #fields that stores no token count at all. It keeps one
// integer B ("virtual empty time", scaled by the rate) so that the balance at time t is
// min(capacity * 1000, t * rate - B) millitokens; taking n tokens moves B forward by n * 1000.
// This is the GCRA view of a token bucket, still exact in integers.
export class TokenBucket {
  #capMilli: number;
  #capacity: number;
  #rate: number;
  #now: () => number;
  #base: number;

  constructor(capacity: number, refillPerSecond: number, now: () => number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be a positive integer");
    if (!Number.isInteger(refillPerSecond) || refillPerSecond < 1) throw new RangeError("refillPerSecond must be a positive integer");
    this.#capacity = capacity;
    this.#capMilli = capacity * 1000;
    this.#rate = refillPerSecond;
    this.#now = now;
    this.#base = now() * refillPerSecond - this.#capMilli; // full at construction
  }

  /** Millitokens now; also drops the part of B that lies below the cap, so it never banks extra. */
  #balance(): number {
    const scaledNow = this.#now() * this.#rate;
    if (scaledNow - this.#base > this.#capMilli) this.#base = scaledNow - this.#capMilli;
    return scaledNow - this.#base;
  }

  tryAcquire(tokens: number = 1): boolean {
    if (!Number.isInteger(tokens) || tokens < 1) throw new RangeError("tokens must be a positive integer");
    if (tokens > this.#capacity) return false;
    if (this.#balance() < tokens * 1000) return false;
    this.#base += tokens * 1000;
    return true;
  }

  available(): number {
    return Math.floor(this.#balance() / 1000);
  }
}
