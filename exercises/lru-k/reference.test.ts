import { describe, expect, it } from "vitest";
import { LRUKCache } from "./reference";

describe("lru-k reference", () => {
  it("validates arguments", () => {
    expect(() => new LRUKCache(0, 2, 1)).toThrow(RangeError);
    expect(() => new LRUKCache(1, 1, 1)).toThrow(RangeError);
    expect(() => new LRUKCache(1, 2, 0)).toThrow(RangeError);
    expect(() => new LRUKCache(1.5, 2, 1)).toThrow(RangeError);
    expect(() => new LRUKCache(1, 2, 1)).not.toThrow();
  });

  it("promotes on the k-th access once a value is held", () => {
    const c = new LRUKCache<string, number>(2, 2, 3);
    c.put("a", 1); // history a:1 (value)
    expect(c.historyKeys()).toEqual(["a"]);
    expect(c.cachedKeys()).toEqual([]);
    expect(c.get("a")).toBe(1); // count 2 -> promoted, get returns the value
    expect(c.cachedKeys()).toEqual(["a"]);
    expect(c.historyKeys()).toEqual([]);
  });

  it("gets alone never promote (no value held)", () => {
    const c = new LRUKCache<string, number>(2, 2, 3);
    expect(c.get("x")).toBeUndefined();
    expect(c.get("x")).toBeUndefined();
    expect(c.get("x")).toBeUndefined();
    expect(c.historyKeys()).toEqual(["x"]);
    c.put("x", 5); // count 4, now holds a value -> promoted
    expect(c.cachedKeys()).toEqual(["x"]);
    expect(c.get("x")).toBe(5);
  });

  it("put(key, undefined) counts as holding a value", () => {
    const c = new LRUKCache<string, number | undefined>(1, 2, 2);
    c.put("u", undefined);
    expect(c.get("u")).toBeUndefined();
    expect(c.cachedKeys()).toEqual(["u"]);
  });

  it("history evicts its LRU, cache evicts its LRU entirely", () => {
    const c = new LRUKCache<string, number>(1, 2, 2);
    c.put("a", 1);
    c.put("b", 2);
    c.put("c", 3); // history full: a dropped
    expect(c.historyKeys()).toEqual(["c", "b"]);
    c.put("b", 20); // promoted
    expect(c.cachedKeys()).toEqual(["b"]);
    expect(c.historyKeys()).toEqual(["c"]);
    c.get("c"); // c promoted, b evicted from the cache entirely
    expect(c.cachedKeys()).toEqual(["c"]);
    expect(c.historyKeys()).toEqual([]);
    expect(c.get("b")).toBeUndefined(); // b re-enters history with count 1
    expect(c.historyKeys()).toEqual(["b"]);
    expect(c.get("a")).toBeUndefined();
    expect(c.historyKeys()).toEqual(["a", "b"]);
  });

  it("k = 3 needs three accesses; history access refreshes recency", () => {
    const c = new LRUKCache<string, number>(2, 3, 2);
    c.put("a", 1);
    c.put("b", 2);
    c.get("a"); // a count 2, MRU
    expect(c.historyKeys()).toEqual(["a", "b"]);
    c.put("c", 3); // evicts b (LRU of history)
    expect(c.historyKeys()).toEqual(["c", "a"]);
    expect(c.get("a")).toBe(1); // count 3 -> promoted
    expect(c.cachedKeys()).toEqual(["a"]);
    c.put("a", 9); // in cache: replaces
    expect(c.get("a")).toBe(9);
  });
});
