// Checker spec for lru-k (CATALOG §2): a history list and a cache list; promotion at k accesses
// once a value is held.
import fc from "fast-check";
import { call, construct, script, smallKey } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports } from "../../lib/exercises/engine/types";

type C = { get(k: unknown): unknown; put(k: unknown, v: unknown): void };
const make = (mod: ModuleExports, cap: number, k: number, h: number) =>
  new (mod.LRUKCache as new (c: number, k: number, h: number) => C)(cap, k, h);
const key = smallKey(5);
const val = fc.constantFrom<unknown>("a", "b", "c", undefined);

/**
 * cachedKeys() and historyKeys() must hand out fresh arrays: we scribble on what they return and
 * check the next call is unaffected (catches returning an internal or memoized array). A method
 * that throws is left to the lockstep comparison to report.
 */
function listsAreCopies(c: unknown): string | null {
  const cache = c as Record<string, unknown> | undefined;
  if (!cache) return null;
  for (const m of ["cachedKeys", "historyKeys"]) {
    const f = cache[m];
    if (typeof f !== "function") continue;
    try {
      const first = f.call(cache);
      if (!Array.isArray(first)) continue;
      const before = [...first];
      first.reverse();
      first.push("(pushed by the caller)");
      const second = f.call(cache);
      if (!Array.isArray(second)) continue;
      if (second.length !== before.length || second.some((k, i) => k !== before[i])) {
        return `${m}() changed after the caller modified the array it returned: return a new array on every call, not an internal or cached one`;
      }
    } catch {
      continue;
    }
  }
  return null;
}

export const spec: ExerciseSpec = {
  id: "lru-k",
  exports: ["LRUKCache"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "promotion after k accesses with a value",
      script: `
        const c = new LRUKCache(2, 2, 3);
        c.put("a", 1);
        c.historyKeys() // => ["a"]
        c.cachedKeys() // => []
        c.get("a") // => 1
        c.cachedKeys() // => ["a"]
        c.historyKeys() // => []`,
    },
    {
      name: "no value, no promotion; a put promotes",
      script: `
        const c = new LRUKCache(2, 2, 3);
        c.get("b") // => undefined
        c.get("b") // => undefined
        c.historyKeys() // => ["b"]
        c.put("b", 2);
        c.cachedKeys() // => ["b"]
        c.get("b") // => 2`,
    },
    {
      name: "a full cache evicts its least recently used entirely",
      script: `
        const c = new LRUKCache(2, 2, 3);
        c.put("a", 1); c.put("a", 1);
        c.put("b", 2); c.put("b", 2);
        c.get("a") // => 1
        c.cachedKeys() // => ["a", "b"]
        c.put("c", 3); c.put("c", 3);
        c.cachedKeys() // => ["c", "a"]
        c.get("b") // => undefined
        c.historyKeys() // => ["b"]`,
    },
    {
      name: "a full history evicts its least recently used",
      script: `
        const c = new LRUKCache(1, 3, 2);
        c.get("x"); c.get("y"); c.get("z");
        c.historyKeys() // => ["z", "y"]
        c.put("y", 1);
        c.historyKeys() // => ["y", "z"]
        c.cachedKeys() // => []
        c.get("y") // => 1
        c.cachedKeys() // => ["y"]`,
    },
    {
      name: "put(key, undefined) holds a value",
      script: `
        const c = new LRUKCache(1, 2, 1);
        c.put("u", undefined);
        c.get("u") // => undefined
        c.cachedKeys() // => ["u"]`,
    },
    {
      name: "invalid arguments",
      script: `
        new LRUKCache(0, 2, 1) // throws RangeError
        new LRUKCache(1, 1, 1) // throws RangeError
        new LRUKCache(1, 2, 0) // throws RangeError
        new LRUKCache(1.5, 2, 1) // throws RangeError
        new LRUKCache(1, 2.5, 1) // throws RangeError
        new LRUKCache(1, NaN, 1) // throws RangeError
        new LRUKCache(1, 2, Infinity) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(
      construct("c", "LRUKCache", fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1.5) }), fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 2, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(1, 0, 2.5) }), fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1.5) })),
      [call("c", "get", key), call("c", "put", key, val), call("c", "cachedKeys"), call("c", "historyKeys")],
      { weights: [4, 4, 1, 1], maxLength: 50 },
    ),
    numRuns: 300,
    invariant: (vars) => listsAreCopies(vars.c),
  },
  perf: [
    {
      what: "get() of keys already held",
      likelyCause: "an access searches a list of keys (indexOf/splice on an array) instead of unlinking a node found through the map in O(1)",
      // Touches only: every access moves the least recently used entry of a full list to the
      // front, which the reference does in O(1) without allocating, so the ratio's growth is the
      // learner's lists and nothing else. The new-keys case below also times the reference's
      // allocation; measured alone it let slow.ts pass a stressed run once (#8).
      // The ladder (125–2000) stays below 2,048 entries a list: a fresh reference costs ~80 ns
      // per access up to 2,048 and ~300 ns from 2,400 on (its Maps, churned by delete + set,
      // outgrow the young generation), and a slow ratio dips there.
      sizes: [250, 2000],
      prepare: (mod, n) => {
        // String keys, as a real cache has: comparing them is not free, unlike small integers
        // that an array scan compares many at a time.
        const cached = Array.from({ length: n }, (_, i) => `cached:${i}`);
        const seen = Array.from({ length: n }, (_, i) => `seen:${i}`);
        // Set up untimed: n keys put and read again (promoted: the cache is full), then n keys
        // only read (no value, never promoted: the history is full).
        const c = make(mod, n, 2, n);
        for (const key of cached) {
          c.put(key, key);
          c.get(key);
        }
        for (const key of seen) c.get(key);
        // The keys in the order they were last used: each access touches its list's LRU entry.
        return () => {
          for (let i = 0; i < n; i++) {
            c.get(seen[i]);
            c.get(cached[i]);
          }
        };
      },
    },
    {
      what: "put()/get() of new keys",
      likelyCause: "making room searches or sorts the entries for the least recently used one instead of taking the tail of a linked list in O(1)",
      // ladder 125–2000, below the reference's step past 2,000 (see above; decision 0005)
      sizes: [250, 2000],
      prepare: (mod, n) => {
        // cache and history both full (set up untimed); then new keys keep entering the history,
        // each evicting its LRU entry, and every other key is read again (promoted to the cache,
        // evicting its LRU entry).
        const key = (i: number) => `key:${i}`;
        const c = make(mod, n, 2, n);
        for (let i = 0; i < n; i++) c.put(key(i), i);
        for (let i = 0; i < n; i++) c.get(key(i));
        for (let i = n; i < 2 * n; i++) c.put(key(i), i);
        const fresh = Array.from({ length: 2 * n }, (_, i) => key(2 * n + i));
        return () => {
          for (let i = 0; i < fresh.length; i++) {
            c.put(fresh[i], i);
            if (i % 2) c.get(fresh[i]);
          }
        };
      },
    },
  ],
};
