import { describe, expect, it } from "vitest";
import { SkipList } from "./reference";

/** A random() that returns the given values in order, then 0.99 forever. */
function seq(values: number[]) {
  let i = 0;
  const calls = { n: 0 };
  const fn = () => {
    calls.n++;
    return i < values.length ? values[i++] : 0.99;
  };
  return { fn, calls };
}

describe("skip-list reference", () => {
  it("empty list has one empty layer", () => {
    const s = new SkipList<string>(() => 0.9);
    expect(s.layers()).toEqual([[]]);
    expect(s.size).toBe(0);
    expect(s.search(1)).toBeUndefined();
    expect(s.delete(1)).toBe(false);
  });

  it("levels follow the fixed loop and layers are determined", () => {
    // key 5: 0.1 <p, 0.2 <p, 0.7 stop -> level 3
    // key 3: 0.9 stop -> level 1
    // key 8: 0.4, 0.6 stop -> level 2
    const r = seq([0.1, 0.2, 0.7, 0.9, 0.4, 0.6]);
    const s = new SkipList<string>(r.fn);
    s.insert(5, "five");
    s.insert(3, "three");
    s.insert(8, "eight");
    expect(r.calls.n).toBe(6);
    expect(s.layers()).toEqual([[3, 5, 8], [5, 8], [5]]);
    s.insert(5, "FIVE"); // replace: no random() call
    expect(r.calls.n).toBe(6);
    expect(s.search(5)).toBe("FIVE");
    expect(s.size).toBe(3);
    expect(s.delete(5)).toBe(true);
    expect(s.layers()).toEqual([[3, 8], [8]]); // top layer vanished
    expect(s.delete(8)).toBe(true);
    expect(s.layers()).toEqual([[3]]);
    expect(s.delete(3)).toBe(true);
    expect(s.layers()).toEqual([[]]);
  });

  it("maxLevel caps the level and p is honoured", () => {
    const r = seq([0, 0, 0, 0, 0, 0]);
    const s = new SkipList<number>(r.fn, 3, 0.5);
    s.insert(1, 1); // random() called twice (levels 2,3), then capped
    expect(r.calls.n).toBe(2);
    expect(s.layers()).toEqual([[1], [1], [1]]);
    const t = new SkipList<number>(() => 0.3, 4, 0.25);
    t.insert(1, 1); // 0.3 >= 0.25 -> level 1
    expect(t.layers()).toEqual([[1]]);
  });

  it("range is inclusive on both ends", () => {
    let x = 0.123;
    const s = new SkipList<number>(() => (x = (x * 9301 + 0.49297) % 1));
    for (const k of [9, 1, 7, 3, 5, -2, 11]) s.insert(k, k * 10);
    expect(s.range(3, 9)).toEqual([[3, 30], [5, 50], [7, 70], [9, 90]]);
    expect(s.range(4, 4)).toEqual([]);
    expect(s.range(12, 1)).toEqual([]);
    expect(s.layers()[0]).toEqual([-2, 1, 3, 5, 7, 9, 11]);
  });
});
