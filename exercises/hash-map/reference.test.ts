import { describe, expect, it } from "vitest";
import { HashMap, stringHash } from "./reference";

describe("hash-map reference", () => {
  it("stringHash matches Java String.hashCode", () => {
    expect(stringHash("")).toBe(0);
    expect(stringHash("a")).toBe(97);
    expect(stringHash("Aa")).toBe(2112);
    expect(stringHash("BB")).toBe(2112);
    expect(stringHash("hello")).toBe(99162322);
    // "polygenelubricants".hashCode() == Integer.MIN_VALUE in Java
    expect(stringHash("polygenelubricants")).toBe(-2147483648);
    // independent BigInt computation for a long string
    const s = "hello world, this is a long string \u4e2d\u6587";
    let big = 0n;
    for (let i = 0; i < s.length; i++) big = (big * 31n + BigInt(s.charCodeAt(i))) % (1n << 32n);
    expect(stringHash(s)).toBe(Number(BigInt.asIntN(32, big)));
  });

  it("validates constructor arguments", () => {
    for (const c of [0, -1, 1.5, NaN]) expect(() => new HashMap(c)).toThrow(RangeError);
    for (const lf of [0, -0.5, NaN]) expect(() => new HashMap(16, lf)).toThrow(RangeError);
    expect(new HashMap().capacity).toBe(16);
    expect(new HashMap(1).capacity).toBe(1);
    expect(new HashMap(17).capacity).toBe(32);
    expect(new HashMap(16).capacity).toBe(16);
    expect(new HashMap(5, 2).capacity).toBe(8);
  });

  it("colliding keys share a bucket in insertion order", () => {
    const m = new HashMap<number>();
    m.set("BB", 1);
    m.set("Aa", 2);
    m.set("a", 3); // 97 -> bucket 1; 2112 & 15 = 0
    expect(m.keys()).toEqual(["BB", "Aa", "a"]);
    expect(m.get("Aa")).toBe(2);
    expect(m.delete("BB")).toBe(true);
    expect(m.keys()).toEqual(["Aa", "a"]);
    m.set("BB", 4);
    expect(m.keys()).toEqual(["Aa", "BB", "a"]);
    expect(m.has("BB")).toBe(true);
    expect(m.delete("zz")).toBe(false);
    expect(m.size).toBe(3);
  });

  it("doubles once when size exceeds capacity * loadFactor", () => {
    const m = new HashMap<number>(4, 0.75); // threshold 3
    m.set("a", 1);
    m.set("b", 2);
    m.set("c", 3);
    expect(m.capacity).toBe(4);
    m.set("d", 4); // size 4 > 3 -> 8
    expect(m.capacity).toBe(8);
    m.set("d", 5); // update: no growth
    expect(m.capacity).toBe(8);
    // a=97 b=98 c=99 d=100: with capacity 8 -> 1,2,3,4
    expect(m.keys()).toEqual(["a", "b", "c", "d"]);
  });

  it("at most one doubling per insertion, even with a tiny load factor", () => {
    const m = new HashMap<number>(1, 0.1);
    m.set("x", 1); // 1 > 0.1 -> 2
    expect(m.capacity).toBe(2);
    m.set("y", 2); // 2 > 0.2 -> 4
    expect(m.capacity).toBe(4);
    m.set("z", 3);
    expect(m.capacity).toBe(8);
  });

  it("a resize keeps chain order (lo/hi split)", () => {
    const m = new HashMap<number>(2, 100);
    // capacity 2: a(97)->1, c(99)->1, q(113)->1, e(101)->1 ; b(98)->0
    for (const k of ["a", "b", "c", "q", "e"]) m.set(k, 0);
    expect(m.keys()).toEqual(["b", "a", "c", "q", "e"]);
    expect(m.capacity).toBe(2);
    // loadFactor 1: no growth until size > capacity
    const n = new HashMap<number>(2, 1);
    n.set("a", 0);
    n.set("c", 0);
    expect(n.capacity).toBe(2);
    n.set("e", 0); // 3 > 2 -> 4: a(97)&3=1, c(99)&3=3, e(101)&3=1
    expect(n.capacity).toBe(4);
    expect(n.keys()).toEqual(["a", "e", "c"]);
  });

  it("spread mixes high bits", () => {
    // stringHash("polygenelubricants") = -2^31 -> spread = 0x80008000 ; & 15 = 0
    const m = new HashMap<number>(65536 * 2, 100);
    m.set("polygenelubricants", 1);
    m.set("a", 1);
    expect(m.keys()).toEqual(["a", "polygenelubricants"]); // 97 < 32768
  });
});
