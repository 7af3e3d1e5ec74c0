import { describe, expect, it } from "vitest";
import { FixedWindowCounter, SlidingWindowCounter, SlidingWindowLog } from "./reference";

function clock(start = 0) {
  let t = start;
  return { now: () => t, set: (v: number) => { t = v; } };
}

describe("sliding-window reference", () => {
  it("validates constructor arguments", () => {
    const c = clock();
    for (const C of [FixedWindowCounter, SlidingWindowLog, SlidingWindowCounter]) {
      expect(() => new C(0, 10, c.now)).toThrow(RangeError);
      expect(() => new C(1, 0, c.now)).toThrow(RangeError);
      expect(() => new C(1.5, 10, c.now)).toThrow(RangeError);
      expect(() => new C(1, 10.5, c.now)).toThrow(RangeError);
      expect(() => new C(1, 1, c.now)).not.toThrow();
    }
  });

  it("fixed window resets on aligned boundaries", () => {
    const c = clock(0);
    const f = new FixedWindowCounter(2, 1000, c.now);
    c.set(999);
    expect([f.tryAcquire(), f.tryAcquire(), f.tryAcquire()]).toEqual([true, true, false]);
    c.set(1000);
    expect([f.tryAcquire(), f.tryAcquire(), f.tryAcquire()]).toEqual([true, true, false]);
    c.set(5500);
    expect(f.tryAcquire()).toBe(true);
  });

  it("log: a request leaves the window when t <= now - windowMs", () => {
    const c = clock(0);
    const l = new SlidingWindowLog(2, 1000, c.now);
    c.set(100);
    expect(l.tryAcquire()).toBe(true);
    c.set(200);
    expect(l.tryAcquire()).toBe(true);
    c.set(1099);
    expect(l.tryAcquire()).toBe(false); // rejected: not logged
    c.set(1100); // 100 <= 1100 - 1000: gone
    expect(l.tryAcquire()).toBe(true);
    expect(l.tryAcquire()).toBe(false);
    c.set(1200);
    expect(l.tryAcquire()).toBe(true);
    c.set(2200); // 1100 and 1200 both gone
    expect(l.tryAcquire()).toBe(true);
    expect(l.tryAcquire()).toBe(true);
    expect(l.tryAcquire()).toBe(false);
  });

  it("counter weights the previous window", () => {
    const c = clock(0);
    const s = new SlidingWindowCounter(10, 1000, c.now);
    c.set(500);
    for (let i = 0; i < 10; i++) expect(s.tryAcquire()).toBe(true);
    expect(s.tryAcquire()).toBe(false); // curr = 10: 10*1000 < 10*1000 false
    c.set(1250); // prev=10, elapsed 250: 10*750 + curr*1000 < 10000 -> curr < 2.5
    expect([s.tryAcquire(), s.tryAcquire(), s.tryAcquire(), s.tryAcquire()]).toEqual([true, true, true, false]);
    c.set(1700); // 10*300 + 3*1000 = 6000 < 10000; ... curr < 7 -> 4 more
    let n = 0;
    while (s.tryAcquire()) n++;
    expect(n).toBe(4);
    c.set(2000); // prev = 7, elapsed 0: 7000 + curr*1000 < 10000 -> 3
    n = 0;
    while (s.tryAcquire()) n++;
    expect(n).toBe(3);
    c.set(4100); // skipped a window: prev = 0
    n = 0;
    while (s.tryAcquire()) n++;
    expect(n).toBe(10);
  });
});
