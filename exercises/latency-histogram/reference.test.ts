import { describe, expect, it } from "vitest";
import { LatencyHistogram, qps } from "./reference";

describe("latency-histogram reference", () => {
  it("validates arguments and handles empty", () => {
    const h = new LatencyHistogram();
    for (const bad of [-1, NaN, Infinity, -Infinity]) expect(() => h.record(bad)).toThrow(RangeError);
    expect(h.count()).toBe(0);
    for (const bad of [0, -5, 100.0001, NaN]) expect(() => h.percentile(bad)).toThrow(RangeError);
    expect(h.percentile(50)).toBeNaN();
    expect(h.mean()).toBeNaN();
    h.record(0);
    expect(h.percentile(100)).toBe(0);
  });

  it("nearest-rank percentiles", () => {
    const h = new LatencyHistogram();
    for (const v of [15, 20, 35, 40, 50]) h.record(v);
    expect(h.percentile(5)).toBe(15);
    expect(h.percentile(20)).toBe(15);
    expect(h.percentile(20.0001)).toBe(20);
    expect(h.percentile(30)).toBe(20);
    expect(h.percentile(40)).toBe(20);
    expect(h.percentile(50)).toBe(35);
    expect(h.percentile(100)).toBe(50);
    expect(h.mean()).toBe(32);
  });

  it("exact at rank boundaries despite floating point (0.07 * 100)", () => {
    const h = new LatencyHistogram();
    for (let i = 100; i >= 1; i--) h.record(i); // 1..100, recorded descending
    expect(h.percentile(7)).toBe(7);
    expect(h.percentile(29)).toBe(29);
    expect(h.percentile(57)).toBe(57);
    expect(h.percentile(99.9)).toBe(100);
    expect(h.percentile(0.5)).toBe(1);
    expect(h.count()).toBe(100);
    h.record(0.5);
    expect(h.percentile(1)).toBe(1); // 101 samples: rank ceil(1.01) = 2
    expect(h.percentile(0.1)).toBe(0.5);
  });

  it("duplicates", () => {
    const h = new LatencyHistogram();
    for (const v of [5, 5, 5, 1]) h.record(v);
    expect(h.percentile(25)).toBe(1);
    expect(h.percentile(26)).toBe(5);
    expect(h.mean()).toBe(4);
  });

  it("qps counts a half-open window", () => {
    expect(qps([0, 500, 999, 1000, 1500], 0, 1000)).toBe(3);
    expect(qps([0, 500, 999, 1000, 1500], 500, 1500)).toBe(3);
    expect(qps([1, 2, 3], 0, 500)).toBe(6);
    expect(qps([], 0, 10)).toBe(0);
    expect(() => qps([1], 10, 10)).toThrow(RangeError);
    expect(() => qps([1], 10, 5)).toThrow(RangeError);
  });
});
