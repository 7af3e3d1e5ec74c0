// Checker spec for hash-map (CATALOG §4), no Map/Set. Hash values in the examples are Java's
// String.hashCode, known values ("Aa" and "BB" collide; "polygenelubricants" is Integer.MIN_VALUE).
import fc from "fast-check";
import { call, construct, fn, prop, script, smallStr } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports } from "../../lib/exercises/engine/types";

type M = { set(k: string, v: unknown): void; get(k: string): unknown; delete(k: string): boolean };
// Mostly short keys (collisions, small chains), plus a few long keys whose hashes are negative
// or overflow 2^53 in plain floating point (a wrong index or hash only shows on those).
const LONG_KEYS = ["aaaaaaa", "negativehash!", "overflowing", "AaAaAaAa", "polygenelubricants", "hashmapkey"];
const key = fc.oneof({ weight: 5, arbitrary: smallStr("aABb", 3) }, { weight: 1, arbitrary: fc.constantFrom(...LONG_KEYS) });

export const spec: ExerciseSpec = {
  id: "hash-map",
  exports: ["stringHash", "HashMap"],
  noMapSet: true,
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "stringHash is Java's String.hashCode",
      script: `
        stringHash("") // => 0
        stringHash("a") // => 97
        stringHash("abc") // => 96354
        stringHash("Aa") // => 2112
        stringHash("BB") // => 2112
        stringHash("hello") // => 99162322
        stringHash("polygenelubricants") // => -2147483648`,
    },
    {
      name: "buckets and chains",
      script: `
        const m = new HashMap();
        m.capacity // => 16
        m.set("b", 1); m.set("BB", 2); m.set("a", 3); m.set("Aa", 4);
        m.keys() // => ["BB", "Aa", "a", "b"]
        m.get("Aa") // => 4
        m.has("BB") // => true
        m.has("C") // => false
        m.size // => 4`,
    },
    {
      name: "resize doubles once size > capacity * loadFactor",
      script: `
        const m = new HashMap(3);
        m.capacity // => 4
        m.set("a", 1); m.set("b", 2); m.set("c", 3);
        m.capacity // => 4
        m.set("d", 4);
        m.capacity // => 8
        m.keys() // => ["a", "b", "c", "d"]
        m.set("a", 10);
        m.get("a") // => 10
        m.size // => 4
        m.delete("b") // => true
        m.delete("b") // => false
        m.has("b") // => false
        m.keys() // => ["a", "c", "d"]
        m.capacity // => 8`,
    },
    {
      name: "invalid arguments",
      script: `
        new HashMap(0) // throws RangeError
        new HashMap(1.5) // throws RangeError
        new HashMap(16, 0) // throws RangeError
        new HashMap(16, -1) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(
      construct("m", "HashMap", fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 9 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5) }), fc.oneof({ weight: 12, arbitrary: fc.constantFrom(0.5, 0.75, 1, 2) }, { weight: 1, arbitrary: fc.constantFrom(0, -1) })),
      [
        call("m", "set", key, fc.integer({ min: 0, max: 9 })),
        call("m", "get", key),
        call("m", "has", key),
        call("m", "delete", key),
        prop("m", "size"),
        prop("m", "capacity"),
        call("m", "keys"),
        fn("stringHash", fc.string({ maxLength: 12, unit: "binary" })),
      ],
      { weights: [6, 2, 1, 2, 1, 1, 2, 1], maxLength: 60 },
    ),
    numRuns: 250,
  },
  perf: [
    {
      what: "set()/get()/delete()",
      likelyCause: "an operation walks all entries (e.g. recounting the size or scanning every bucket) instead of touching one bucket",
      sizes: [2000, 16000],
      prepare: (mod: ModuleExports, n: number) => () => {
        const m = new (mod.HashMap as new () => M)();
        for (let i = 0; i < n; i++) m.set(`key${i}`, i);
        for (let i = n - 1; i >= 0; i--) m.get(`key${i}`);
        for (let i = 0; i < n; i++) m.delete(`key${i}`);
      },
    },
  ],
};
