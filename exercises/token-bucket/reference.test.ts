import { describe, expect, it } from "vitest";
import { TokenBucket } from "./reference";

function clock(start = 0) {
  let t = start;
  return { now: () => t, set: (v: number) => { t = v; } };
}

describe("token-bucket reference", () => {
  it("validates arguments", () => {
    const c = clock();
    for (const [cap, rate] of [[0, 1], [1, 0], [1.5, 1], [1, 2.5], [-1, 1]]) {
      expect(() => new TokenBucket(cap, rate, c.now)).toThrow(RangeError);
    }
    const b = new TokenBucket(5, 1, c.now);
    for (const n of [0, -1, 1.5, NaN]) expect(() => b.tryAcquire(n)).toThrow(RangeError);
    expect(b.available()).toBe(5);
    expect(b.tryAcquire(6)).toBe(false);
    expect(b.available()).toBe(5);
  });

  it("starts full, refills exactly and caps at capacity", () => {
    const c = clock(10_000);
    const b = new TokenBucket(10, 3, c.now);
    expect(b.tryAcquire(10)).toBe(true);
    expect(b.available()).toBe(0);
    c.set(10_333); // 333 * 3 = 999 millitokens
    expect(b.available()).toBe(0);
    expect(b.tryAcquire()).toBe(false);
    c.set(10_334); // 1002 millitokens
    expect(b.available()).toBe(1);
    expect(b.tryAcquire()).toBe(true); // 2 millitokens left
    c.set(10_666); // +332*3 = 996 -> 998
    expect(b.tryAcquire()).toBe(false);
    c.set(10_667); // 1001
    expect(b.tryAcquire()).toBe(true);
    c.set(1_000_000);
    expect(b.available()).toBe(10);
  });

  it("a failed acquire takes nothing", () => {
    const c = clock(0);
    const b = new TokenBucket(3, 1, c.now);
    expect(b.tryAcquire(2)).toBe(true);
    expect(b.tryAcquire(2)).toBe(false);
    expect(b.tryAcquire(1)).toBe(true);
    expect(b.available()).toBe(0);
  });

  it("elapsed time counts from construction", () => {
    const c = clock(500);
    const b = new TokenBucket(2, 1, c.now);
    c.set(1500);
    expect(b.available()).toBe(2); // capped, still full
    b.tryAcquire(2);
    c.set(2499);
    expect(b.available()).toBe(0);
    c.set(2500);
    expect(b.available()).toBe(1);
  });
});
