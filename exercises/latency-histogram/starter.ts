/** Latency samples of a benchmark run. */
export class LatencyHistogram {
  /** Records one sample: finite and >= 0, else RangeError. */
  record(ms: number): void {
    void ms;
    throw new Error("not implemented");
  }

  /** The number of samples. */
  count(): number {
    throw new Error("not implemented");
  }

  /**
   * Nearest rank: the smallest recorded value v with at least p% of samples <= v.
   * 0 < p <= 100, else RangeError; NaN when empty.
   */
  percentile(p: number): number {
    void p;
    throw new Error("not implemented");
  }

  /** The mean of the samples; NaN when empty. */
  mean(): number {
    throw new Error("not implemented");
  }
}

/**
 * Requests with startMs <= t < endMs, per second of that window (endMs > startMs, else
 * RangeError).
 */
export function qps(timestamps: number[], startMs: number, endMs: number): number {
  void timestamps;
  void startMs;
  void endMs;
  throw new Error("not implemented");
}
