import { describe, expect, it } from "vitest";
import { SortedMap } from "./reference";

describe("sorted-map reference", () => {
  it("empty map", () => {
    const m = new SortedMap<string>();
    expect(m.size).toBe(0);
    expect(m.firstKey()).toBeUndefined();
    expect(m.lastKey()).toBeUndefined();
    expect(m.floorKey(1)).toBeUndefined();
    expect(m.ceilingKey(1)).toBeUndefined();
    expect(m.range(-Infinity, Infinity)).toEqual([]);
    expect(m.delete(1)).toBe(false);
  });

  it("floor, ceiling, first, last and half-open range", () => {
    const m = new SortedMap<string>();
    for (const k of [50, 10, 30, 20, 40, -5, 1.5]) m.set(k, `v${k}`);
    m.set(30, "thirty");
    expect(m.size).toBe(7);
    expect(m.firstKey()).toBe(-5);
    expect(m.lastKey()).toBe(50);
    expect(m.floorKey(29)).toBe(20);
    expect(m.floorKey(30)).toBe(30);
    expect(m.floorKey(-6)).toBeUndefined();
    expect(m.ceilingKey(31)).toBe(40);
    expect(m.ceilingKey(51)).toBeUndefined();
    expect(m.ceilingKey(1)).toBe(1.5);
    expect(m.range(10, 40)).toEqual([[10, "v10"], [20, "v20"], [30, "thirty"]]);
    expect(m.range(40, 40)).toEqual([]);
    expect(m.range(41, 10)).toEqual([]);
    expect(m.get(30)).toBe("thirty");
    expect(m.get(31)).toBeUndefined();
  });

  it("stays correct under ascending inserts and deletes (checked against a model)", () => {
    const m = new SortedMap<number>();
    const model: number[] = [];
    for (let i = 0; i < 2000; i++) {
      m.set(i, i * 2);
      model.push(i);
    }
    for (let i = 0; i < 2000; i += 3) {
      expect(m.delete(i)).toBe(true);
      model.splice(model.indexOf(i), 1);
    }
    expect(m.size).toBe(model.length);
    expect(m.range(-1, 3000).map(([k]) => k)).toEqual(model);
    expect(m.floorKey(3)).toBe(2);
    expect(m.ceilingKey(3)).toBe(4);
    expect(m.get(4)).toBe(8);
  });
});
