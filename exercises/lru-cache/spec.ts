// Checker spec for lru-cache (CATALOG §1). Expected values in the examples are derived by hand
// from the catalog, so they also validate the reference implementation.
import fc from "fast-check";
import { call, construct, prop, script, smallKey } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports } from "../../lib/exercises/engine/types";

type LRU = { get(k: unknown): unknown; put(k: unknown, v: unknown): void; delete(k: unknown): boolean };
const make = (mod: ModuleExports, cap: number) => new (mod.LRUCache as new (c: number) => LRU)(cap);

const key = smallKey(6);
const val = fc.constantFrom("a", "b", "c", "d");

/**
 * keys() must hand out a fresh array: a caller may sort or push into what it got. We scribble on
 * the returned array and check that the next keys() is unaffected (catches returning an internal
 * or memoized array). A keys() that throws is left to the lockstep comparison to report.
 */
function keysAreACopy(c: unknown): string | null {
  const cache = c as { keys?: () => unknown } | undefined;
  if (!cache || typeof cache.keys !== "function") return null;
  let first: unknown;
  let second: unknown;
  try {
    first = cache.keys();
    if (!Array.isArray(first)) return null;
    const before = [...first];
    first.reverse();
    first.push("(pushed by the caller)");
    second = cache.keys();
    if (!Array.isArray(second)) return null;
    if (second.length !== before.length || second.some((k, i) => k !== before[i])) {
      return "keys() changed after the caller modified the array it returned: return a new array on every call, not an internal or cached one";
    }
  } catch {
    return null;
  }
  return null;
}

export const spec: ExerciseSpec = {
  id: "lru-cache",
  exports: ["LRUCache"],
  makeEnv: () => ({ refs: {} }),
  observe: ["keys()", "size"],
  examples: [
    {
      name: "evicts the least recently used",
      script: `
        const c = new LRUCache(2);
        c.put(1, "a");
        c.put(2, "b");
        c.get(1) // => "a"
        c.put(3, "c");
        c.get(2) // => undefined
        c.keys() // => [3, 1]
        c.size // => 2`,
    },
    {
      name: "updating an existing key never evicts",
      script: `
        const c = new LRUCache(2);
        c.put("x", 1);
        c.put("y", 2);
        c.put("x", 10);
        c.keys() // => ["x", "y"]
        c.get("x") // => 10
        c.size // => 2`,
    },
    {
      name: "delete",
      script: `
        const c = new LRUCache(3);
        c.put(1, "a");
        c.put(2, "b");
        c.delete(1) // => true
        c.delete(1) // => false
        c.size // => 1
        c.keys() // => [2]
        c.get(1) // => undefined`,
    },
    {
      name: "capacity 1",
      script: `
        const c = new LRUCache(1);
        c.put(1, "a");
        c.put(2, "b");
        c.keys() // => [2]
        c.get(1) // => undefined`,
    },
    {
      name: "invalid capacity",
      script: `
        new LRUCache(0) // throws RangeError
        new LRUCache(1.5) // throws RangeError
        new LRUCache(-1) // throws RangeError
        new LRUCache(NaN) // throws RangeError
        new LRUCache(Infinity) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(construct("c", "LRUCache", fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, NaN, Infinity) })), [
      call("c", "get", key),
      call("c", "put", key, val),
      call("c", "delete", key),
      prop("c", "size"),
      call("c", "keys"),
    ], { weights: [3, 4, 1, 1, 1] }),
    numRuns: 300,
    invariant: (vars) => keysAreACopy(vars.c),
  },
  perf: [
    {
      what: "put()/get()",
      likelyCause: "get() or put() does work proportional to the number of entries (e.g. indexOf/splice/unshift on a recency array) instead of moving a linked-list node in O(1)",
      sizes: [250, 2000],
      prepare: (mod, n) => {
        // A full cache (set up untimed); then every key is read oldest first (each moves to the
        // front), and 2n new keys each evict the least recently used entry. Sizes stay small
        // enough for the reference to live in the CPU caches (its cost per operation jumps ~4x
        // past ~2k entries), so the ratio's growth shows the learner's own order of growth.
        const c = make(mod, n);
        for (let i = 0; i < n; i++) c.put(i, i);
        return () => {
          for (let i = 0; i < n; i++) c.get(i);
          for (let i = n; i < 3 * n; i++) c.put(i, i);
        };
      },
    },
  ],
};
