import { describe, expect, it } from "vitest";
import { SmoothWeightedRoundRobin, ipHashIndex } from "./reference";

const take = (r: SmoothWeightedRoundRobin, n: number) => Array.from({ length: n }, () => r.next());

describe("smooth-weighted-round-robin reference", () => {
  it("validates peers", () => {
    expect(() => new SmoothWeightedRoundRobin([{ id: "a", weight: 1 }, { id: "a", weight: 2 }])).toThrow(RangeError);
    expect(() => new SmoothWeightedRoundRobin([{ id: "a", weight: 0 }])).toThrow(RangeError);
    expect(() => new SmoothWeightedRoundRobin([{ id: "a", weight: 1.5 }])).toThrow(RangeError);
    expect(new SmoothWeightedRoundRobin([]).next()).toBeUndefined();
  });

  it("nginx's classic 5,1,1 sequence", () => {
    const r = new SmoothWeightedRoundRobin([{ id: "a", weight: 5 }, { id: "b", weight: 1 }, { id: "c", weight: 1 }]);
    expect(take(r, 7)).toEqual(["a", "a", "b", "a", "c", "a", "a"]);
    expect(take(r, 7)).toEqual(["a", "a", "b", "a", "c", "a", "a"]);
  });

  it("ties go to the earlier peer", () => {
    const r = new SmoothWeightedRoundRobin([{ id: "x", weight: 1 }, { id: "y", weight: 1 }]);
    // round 1: x=1,y=1 -> x (x=-1); round 2: x=0, y=2 -> y
    expect(take(r, 4)).toEqual(["x", "y", "x", "y"]);
    const s = new SmoothWeightedRoundRobin([{ id: "p", weight: 2 }, { id: "q", weight: 2 }, { id: "r", weight: 1 }]);
    // p2 q2 r1 -> p (p-3); p-1 q4 r2 -> q (q-1); p1 q1 r3 -> r (r-2); p3 q3 r-1 -> p; p0 q5 r0 -> q
    expect(take(s, 5)).toEqual(["p", "q", "r", "p", "q"]);
  });

  it("a down peer keeps its current, unknown id throws", () => {
    const r = new SmoothWeightedRoundRobin([{ id: "a", weight: 3 }, { id: "b", weight: 1 }]);
    expect(r.next()).toBe("a"); // a 3-4=-1, b 1
    r.setDown("a", true);
    expect(r.next()).toBe("b"); // b 2-1=1 ; a stays -1
    expect(r.next()).toBe("b"); // b 1
    r.setDown("a", false);
    // a -1+3=2, b 1+1=2 -> tie: a ; a = 2-4 = -2
    expect(r.next()).toBe("a");
    r.setDown("a", true);
    r.setDown("b", true);
    expect(r.next()).toBeUndefined();
    expect(() => r.setDown("zz", true)).toThrow(RangeError);
  });

  it("ip_hash values", () => {
    // 89 -> (89*113+192)%6271=3978 -> (3978*113+168)%6271=4441 -> (4441*113+1)%6271=154
    expect(ipHashIndex("192.168.1.1", 1000)).toBe(154);
    expect(ipHashIndex("192.168.1.200", 3)).toBe(154 % 3);
    expect(ipHashIndex("192.168.1.1", 2)).toBe(0);
    // 0.0.0.x: 89*113 = 10057 % 6271 = 3786; 3786*113 = 427818 % 6271 = 1390; 1390*113 = 157070 % 6271 = 295
    expect(ipHashIndex("0.0.0.9", 1000)).toBe(295);
    for (const bad of ["1.2.3", "1.2.3.4.5", "256.1.1.1", "a.b.c.d", "1..2.3", "", "1.2.3.-4", " 1.2.3.4", "1.2.3.4 "]) {
      expect(() => ipHashIndex(bad, 3)).toThrow(RangeError);
    }
    for (const n of [0, -1, 1.5]) expect(() => ipHashIndex("1.2.3.4", n)).toThrow(RangeError);
  });
});
