import { describe, expect, it } from "vitest";
import { BTree, type BTreeNode } from "./reference";

/** Checks every B-tree invariant of the contract; returns the in-order keys. */
function validate(root: BTreeNode, t: number, height: number): number[] {
  const keys: number[] = [];
  if (root.keys.length === 0) {
    expect(root.children).toEqual([]);
    expect(height).toBe(0);
    return keys;
  }
  const walk = (n: BTreeNode, depth: number, lo: number, hi: number, isRoot: boolean) => {
    expect(n.keys.length).toBeLessThanOrEqual(2 * t - 1);
    expect(n.keys.length).toBeGreaterThanOrEqual(isRoot ? 1 : t - 1);
    for (let i = 1; i < n.keys.length; i++) expect(n.keys[i - 1]).toBeLessThan(n.keys[i]);
    for (const k of n.keys) {
      expect(k).toBeGreaterThan(lo);
      expect(k).toBeLessThan(hi);
    }
    if (n.children.length === 0) {
      expect(depth).toBe(height);
      keys.push(...n.keys);
      return;
    }
    expect(n.children.length).toBe(n.keys.length + 1);
    for (let i = 0; i <= n.keys.length; i++) {
      walk(n.children[i], depth + 1, i === 0 ? lo : n.keys[i - 1], i === n.keys.length ? hi : n.keys[i], false);
      if (i < n.keys.length) keys.push(n.keys[i]);
    }
  };
  walk(root, 1, -Infinity, Infinity, true);
  return keys;
}

describe("b-tree reference", () => {
  it("validates t", () => {
    for (const t of [1, 0, 2.5, -3, NaN]) expect(() => new BTree(t)).toThrow(RangeError);
    expect(() => new BTree(2)).not.toThrow();
  });

  it("empty tree", () => {
    const b = new BTree(2);
    expect(b.toJSON()).toEqual({ keys: [], children: [] });
    expect(b.height()).toBe(0);
    expect(b.size).toBe(0);
    expect(b.delete(1)).toBe(false);
    expect(b.range(0, 10)).toEqual([]);
  });

  it("lone root leaf, duplicates are no-ops, range inclusive, lo > hi empty", () => {
    const b = new BTree(3);
    b.insert(5);
    b.insert(1);
    b.insert(5);
    expect(b.size).toBe(2);
    expect(b.height()).toBe(1);
    expect(b.toJSON()).toEqual({ keys: [1, 5], children: [] });
    expect(b.range(1, 5)).toEqual([1, 5]);
    expect(b.range(5, 1)).toEqual([]);
  });

  for (const t of [2, 3, 5]) {
    it(`random inserts/deletes keep the invariants (t=${t})`, () => {
      const b = new BTree(t);
      const model = new Set<number>();
      let x = 12345;
      const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
      for (let step = 0; step < 3000; step++) {
        const k = Math.floor(rnd() * 300);
        if (rnd() < 0.55) {
          b.insert(k);
          model.add(k);
        } else {
          expect(b.delete(k)).toBe(model.delete(k));
        }
        if (step % 50 === 0) {
          const sorted = [...model].sort((p, q) => p - q);
          expect(validate(b.toJSON(), t, b.height())).toEqual(sorted);
          expect(b.size).toBe(model.size);
          expect(b.range(100, 200)).toEqual(sorted.filter((v) => v >= 100 && v <= 200));
          expect(b.has(k)).toBe(model.has(k));
        }
      }
      for (const k of [...model]) {
        expect(b.delete(k)).toBe(true);
      }
      expect(b.toJSON()).toEqual({ keys: [], children: [] });
      expect(b.height()).toBe(0);
    });
  }

  it("ascending and descending inserts stay valid", () => {
    const b = new BTree(2);
    for (let i = 0; i < 1000; i++) b.insert(i);
    for (let i = 2000; i > 1000; i--) b.insert(i);
    const keys = validate(b.toJSON(), 2, b.height());
    expect(keys.length).toBe(2000);
    expect(b.height()).toBeLessThanOrEqual(11);
  });
});
