import { describe, expect, it } from "vitest";
import { LRUCache } from "./reference";

describe("lru-cache reference", () => {
  it("rejects invalid capacities", () => {
    for (const c of [0, -1, 1.5, NaN, Infinity]) expect(() => new LRUCache(c)).toThrow(RangeError);
    expect(() => new LRUCache(1)).not.toThrow();
  });

  it("evicts the least recently used and get refreshes recency", () => {
    const c = new LRUCache<string, number>(2);
    c.put("a", 1);
    c.put("b", 2);
    expect(c.get("a")).toBe(1); // a is now MRU
    c.put("c", 3); // evicts b
    expect(c.get("b")).toBeUndefined();
    expect(c.keys()).toEqual(["c", "a"]);
    expect(c.size).toBe(2);
  });

  it("update never evicts and refreshes recency", () => {
    const c = new LRUCache<string, number>(2);
    c.put("a", 1);
    c.put("b", 2);
    c.put("a", 10);
    expect(c.size).toBe(2);
    expect(c.keys()).toEqual(["a", "b"]);
    c.put("c", 3);
    expect(c.keys()).toEqual(["c", "a"]);
    expect(c.get("a")).toBe(10);
  });

  it("a miss changes nothing, delete reports presence", () => {
    const c = new LRUCache<number, string>(3);
    c.put(1, "x");
    c.put(2, "y");
    expect(c.get(3)).toBeUndefined();
    expect(c.keys()).toEqual([2, 1]);
    expect(c.delete(1)).toBe(true);
    expect(c.delete(1)).toBe(false);
    expect(c.keys()).toEqual([2]);
    expect(c.size).toBe(1);
  });

  it("capacity 1 and undefined values", () => {
    const c = new LRUCache<string, undefined | number>(1);
    c.put("a", undefined);
    expect(c.size).toBe(1);
    expect(c.keys()).toEqual(["a"]);
    c.put("b", 2);
    expect(c.keys()).toEqual(["b"]);
  });
});
