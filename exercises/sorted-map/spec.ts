// Checker spec for sorted-map (CATALOG §6), no Map/Set.
import fc from "fast-check";
import { call, construct, prop, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports } from "../../lib/exercises/engine/types";

type M = { set(k: number, v: unknown): void; get(k: number): unknown; delete(k: number): boolean; floorKey(k: number): unknown; ceilingKey(k: number): unknown };
const key = fc.oneof({ arbitrary: fc.integer({ min: -3, max: 20 }), weight: 9 }, { arbitrary: fc.constantFrom(0.5, 2.5), weight: 1 });

/**
 * range() must hand out fresh pairs: we overwrite every returned pair's key and value and check
 * that the map still answers range() and get() as before (catches returning stored pairs).
 * A range() that throws is left to the lockstep comparison to report.
 */
function rangeIsACopy(m: unknown): string | null {
  const map = m as { range?: (lo: number, hi: number) => unknown; get?: (k: number) => unknown } | undefined;
  if (!map || typeof map.range !== "function" || typeof map.get !== "function") return null;
  try {
    const first = map.range(-Infinity, Infinity);
    if (!Array.isArray(first) || !first.every((p) => Array.isArray(p))) return null;
    const before = first.map((p: unknown[]) => [...p]);
    for (const p of first as unknown[][]) {
      p[0] = -1e9;
      p[1] = "(written by the caller)";
    }
    first.reverse();
    const second = map.range(-Infinity, Infinity);
    const same =
      Array.isArray(second) &&
      second.length === before.length &&
      second.every((p: unknown, i: number) => Array.isArray(p) && p[0] === before[i][0] && p[1] === before[i][1]) &&
      before.every(([k, v]) => map.get!(k as number) === v);
    if (!same) {
      return "the map changed after the caller modified the pairs range() returned: return new [key, value] pairs, not stored ones";
    }
  } catch {
    return null;
  }
  return null;
}

export const spec: ExerciseSpec = {
  id: "sorted-map",
  exports: ["SortedMap"],
  noMapSet: true,
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "ordered keys, floor and ceiling",
      script: `
        const m = new SortedMap();
        m.firstKey() // => undefined
        m.floorKey(5) // => undefined
        m.set(10, "x"); m.set(-5, "y"); m.set(3, "z"); m.set(10, "X");
        m.size // => 3
        m.get(10) // => "X"
        m.firstKey() // => -5
        m.lastKey() // => 10
        m.floorKey(9) // => 3
        m.floorKey(3) // => 3
        m.floorKey(-6) // => undefined
        m.ceilingKey(4) // => 10
        m.ceilingKey(11) // => undefined
        m.range(-5, 10) // => [[-5, "y"], [3, "z"]]
        m.range(5, 4) // => []`,
    },
    {
      name: "delete",
      script: `
        const m = new SortedMap();
        m.set(1, "a"); m.set(2, "b");
        m.delete(1) // => true
        m.delete(1) // => false
        m.firstKey() // => 2
        m.get(1) // => undefined
        m.size // => 1`,
    },
  ],
  property: {
    scripts: script(construct("m", "SortedMap"), [
      call("m", "set", key, fc.constantFrom("a", "b", "c")),
      call("m", "get", key),
      call("m", "delete", key),
      prop("m", "size"),
      call("m", "firstKey"),
      call("m", "lastKey"),
      call("m", "floorKey", key),
      call("m", "ceilingKey", key),
      call("m", "range", key, key),
    ], { weights: [6, 1, 3, 1, 1, 1, 2, 2, 2], maxLength: 60 }),
    numRuns: 250,
    invariant: (vars) => rangeIsACopy(vars.m),
  },
  perf: [
    {
      what: "set()/get()/floorKey()/delete() with ascending and descending keys",
      likelyCause: "the tree is not rebalanced: ascending or descending keys turn it into a linked list, so each operation is O(n)",
      sizes: [2000, 16000],
      prepare: (mod: ModuleExports, n: number) => () => {
        const m = new (mod.SortedMap as new () => M)();
        for (let i = 0; i < n; i++) m.set(i, i);
        for (let i = 3 * n; i > 2 * n; i--) m.set(i, i);
        for (let i = 0; i < n; i++) m.get(i);
        for (let i = 0; i < n; i++) m.floorKey(n + i);
        for (let i = 0; i < n; i++) m.ceilingKey(n + i);
        for (let i = 0; i < n; i++) m.delete(i);
        for (let i = 3 * n; i > 2 * n; i--) m.delete(i);
      },
    },
  ],
};
