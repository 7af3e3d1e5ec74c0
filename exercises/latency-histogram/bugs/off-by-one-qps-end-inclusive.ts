// expect: example
// bug: qps() counts requests with t <= endMs, so a request exactly at the (exclusive) end of the window is counted
export class LatencyHistogram {
  private samples: number[] = [];
  private sorted = true;
  private sum = 0;

  record(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError("ms must be finite and >= 0");
    if (this.samples.length > 0 && ms < this.samples[this.samples.length - 1]) this.sorted = false;
    this.samples.push(ms);
    this.sum += ms;
  }

  count(): number {
    return this.samples.length;
  }

  percentile(p: number): number {
    if (!(p > 0 && p <= 100)) throw new RangeError("p must be in (0, 100]");
    const n = this.samples.length;
    if (n === 0) return NaN;
    if (!this.sorted) {
      this.samples.sort((a, b) => a - b);
      this.sorted = true;
    }
    // Smallest rank r (1-based) with r / n >= p / 100, i.e. 100 * r >= p * n. Computing
    // ceil(p * n / 100) and then correcting guards against floating-point rounding.
    const target = p * n;
    let r = Math.ceil(target / 100);
    while (r > 1 && 100 * (r - 1) >= target) r--;
    while (r < n && 100 * r < target) r++;
    r = Math.min(Math.max(r, 1), n);
    return this.samples[r - 1];
  }

  mean(): number {
    const n = this.samples.length;
    return n === 0 ? NaN : this.sum / n;
  }
}

/** Requests with startMs <= t < endMs, per second of that window. */
export function qps(timestamps: number[], startMs: number, endMs: number): number {
  if (!(endMs > startMs)) throw new RangeError("endMs must be > startMs");
  let count = 0;
  for (const t of timestamps) if (t >= startMs && t <= endMs) count++;
  return (count * 1000) / (endMs - startMs);
}
