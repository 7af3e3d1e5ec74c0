// Alternative: a class with private #fields that keeps a sorted run plus an unsorted buffer of
// new samples. percentile() sorts only the buffer and merges it into the run (O(n + b log b)),
// then answers by exact integer rank arithmetic; repeated queries find an empty buffer: O(1).
export class LatencyHistogram {
  #sorted: number[] = [];
  #fresh: number[] = [];
  #sum = 0;

  record(ms: number): void {
    if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot record ${ms}`);
    this.#fresh.push(ms);
    this.#sum += ms;
  }

  count(): number {
    return this.#sorted.length + this.#fresh.length;
  }

  percentile(p: number): number {
    if (!(p > 0 && p <= 100)) throw new RangeError("p must satisfy 0 < p <= 100");
    const n = this.count();
    if (n === 0) return NaN;
    if (this.#fresh.length > 0) this.#merge();
    // nearest rank: the smallest r with 100 * r >= p * n (both sides exact for the p we accept
    // only up to float rounding of p * n, which this corrects by stepping to the true boundary)
    let r = Math.max(1, Math.ceil((p * n) / 100));
    while (r > 1 && 100 * (r - 1) >= p * n) r--;
    while (r < n && 100 * r < p * n) r++;
    return this.#sorted[r - 1];
  }

  mean(): number {
    const n = this.count();
    return n === 0 ? NaN : this.#sum / n;
  }

  #merge(): void {
    const b = this.#fresh.sort((x, y) => x - y);
    const a = this.#sorted;
    const out = new Array<number>(a.length + b.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < out.length; k++) out[k] = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    this.#sorted = out;
    this.#fresh = [];
  }
}

export function qps(timestamps: number[], startMs: number, endMs: number): number {
  if (!(endMs > startMs)) throw new RangeError("the window needs endMs > startMs");
  const inWindow = timestamps.filter((t) => startMs <= t && t < endMs).length;
  return inWindow / ((endMs - startMs) / 1000);
}
