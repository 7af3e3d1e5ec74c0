// Alternative: classes with private #fields. The log is a plain growing array with a head index
// (compacted once the dead prefix is half the array, so each timestamp is copied O(1) times
// amortized); the fixed window stores its aligned start time; the sliding counter keeps the
// counts of two consecutive windows in a 2-slot array indexed by window parity.

function assertPositiveInt(x: number, name: string): void {
  if (!Number.isInteger(x) || x < 1) throw new RangeError(`${name} must be a positive integer`);
}

export class FixedWindowCounter {
  #limit: number;
  #windowMs: number;
  #now: () => number;
  #start = -1; // aligned start (k * windowMs) of the window #count belongs to
  #count = 0;

  constructor(limit: number, windowMs: number, now: () => number) {
    assertPositiveInt(limit, "limit");
    assertPositiveInt(windowMs, "windowMs");
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  tryAcquire(): boolean {
    const t = this.#now();
    const start = t - (t % this.#windowMs);
    if (start !== this.#start) {
      this.#start = start;
      this.#count = 0;
    }
    if (this.#count === this.#limit) return false;
    this.#count += 1;
    return true;
  }
}

export class SlidingWindowLog {
  #limit: number;
  #windowMs: number;
  #now: () => number;
  #times: number[] = [];
  #head = 0; // #times[#head..] are the timestamps still logged

  constructor(limit: number, windowMs: number, now: () => number) {
    assertPositiveInt(limit, "limit");
    assertPositiveInt(windowMs, "windowMs");
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  tryAcquire(): boolean {
    const t = this.#now();
    const times = this.#times;
    while (this.#head < times.length && times[this.#head] <= t - this.#windowMs) this.#head++;
    if (this.#head > 32 && this.#head * 2 > times.length) {
      this.#times = times.slice(this.#head); // keeps memory O(limit)
      this.#head = 0;
    }
    if (this.#times.length - this.#head >= this.#limit) return false;
    this.#times.push(t);
    return true;
  }
}

export class SlidingWindowCounter {
  #limit: number;
  #windowMs: number;
  #now: () => number;
  #window = -2; // index of the newest window seen
  #counts = [0, 0]; // #counts[w & 1]: accepted in window w (for w = #window and #window - 1)

  constructor(limit: number, windowMs: number, now: () => number) {
    assertPositiveInt(limit, "limit");
    assertPositiveInt(windowMs, "windowMs");
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  tryAcquire(): boolean {
    const t = this.#now();
    const w = Math.floor(t / this.#windowMs);
    // windows between the newest seen and w had no requests: clear their slots
    for (let k = Math.max(this.#window + 1, w - 1); k <= w; k++) this.#counts[k & 1] = 0;
    this.#window = Math.max(this.#window, w);
    const prev = this.#counts[(w - 1) & 1];
    const curr = this.#counts[w & 1];
    const elapsed = t % this.#windowMs;
    if (prev * (this.#windowMs - elapsed) + curr * this.#windowMs >= this.#limit * this.#windowMs) return false;
    this.#counts[w & 1] = curr + 1;
    return true;
  }
}
