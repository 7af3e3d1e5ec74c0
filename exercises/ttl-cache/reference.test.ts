import { describe, expect, it } from "vitest";
import { TTLCache } from "./reference";

function clock(start = 0) {
  let t = start;
  return { now: () => t, set: (v: number) => { t = v; } };
}

describe("ttl-cache reference", () => {
  it("validates capacity and ttl before changing anything", () => {
    const c = clock();
    expect(() => new TTLCache(0, c.now)).toThrow(RangeError);
    expect(() => new TTLCache(2.5, c.now)).toThrow(RangeError);
    const cache = new TTLCache<string, number>(1, c.now);
    cache.set("a", 1, 100);
    expect(() => cache.set("b", 2, 0)).toThrow(RangeError);
    expect(() => cache.set("b", 2, 1.5)).toThrow(RangeError);
    expect(() => cache.set("a", 2, -1)).toThrow(RangeError);
    expect(cache.get("a")).toBe(1);
    expect(cache.size).toBe(1);
  });

  it("expires exactly when now() >= expiresAt", () => {
    const c = clock(1000);
    const cache = new TTLCache<string, number>(3, c.now);
    cache.set("a", 1, 10); // expiresAt 1010
    c.set(1009);
    expect(cache.ttl("a")).toBe(1);
    expect(cache.has("a")).toBe(true);
    expect(cache.get("a")).toBe(1);
    c.set(1010);
    expect(cache.has("a")).toBe(false);
    expect(cache.ttl("a")).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.get("a")).toBeUndefined();
  });

  it("evicts expired entries before the LRU live one", () => {
    const c = clock(0);
    const cache = new TTLCache<string, number>(3, c.now);
    cache.set("a", 1, 100);
    cache.set("b", 2, 5);
    cache.set("c", 3, 100);
    c.set(5); // b expired
    cache.set("d", 4, 100); // removes b, no live eviction
    expect(cache.has("a")).toBe(true);
    expect(cache.has("c")).toBe(true);
    expect(cache.size).toBe(3);
    cache.set("e", 5, 100); // full of live entries: evicts LRU = a
    expect(cache.has("a")).toBe(false);
    expect(cache.has("c")).toBe(true);
  });

  it("get refreshes recency, has and ttl do not", () => {
    const c = clock(0);
    const cache = new TTLCache<string, number>(2, c.now);
    cache.set("a", 1, 100);
    cache.set("b", 2, 100);
    expect(cache.has("a")).toBe(true);
    expect(cache.ttl("a")).toBe(100);
    cache.set("c", 3, 100); // a still LRU -> evicted
    expect(cache.has("a")).toBe(false);
    expect(cache.get("b")).toBe(2); // b MRU
    cache.set("d", 4, 100); // evicts c
    expect(cache.has("c")).toBe(false);
    expect(cache.has("b")).toBe(true);
  });

  it("re-set updates value, expiry and recency without eviction", () => {
    const c = clock(0);
    const cache = new TTLCache<string, number>(2, c.now);
    cache.set("a", 1, 10);
    cache.set("b", 2, 100);
    c.set(5);
    cache.set("a", 11, 50); // expires 55
    expect(cache.size).toBe(2);
    expect(cache.ttl("a")).toBe(50);
    cache.set("c", 3, 100); // LRU is b now
    expect(cache.has("b")).toBe(false);
    c.set(55);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});
