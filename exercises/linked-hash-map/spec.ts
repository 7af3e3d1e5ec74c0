// Checker spec for linked-hash-map (CATALOG §5), no Map/Set.
import fc from "fast-check";
import { call, construct, prop, script, smallStr } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports } from "../../lib/exercises/engine/types";

type M = { set(k: string, v: unknown): void; get(k: string): unknown; delete(k: string): boolean; first(): unknown };
const key = smallStr("abcd", 2);

/**
 * keys() must hand out a fresh array: we scribble on the returned array and check that the next
 * keys() is unaffected (catches returning an internal or memoized array). A keys() that throws
 * is left to the lockstep comparison to report.
 */
function keysAreACopy(m: unknown): string | null {
  const map = m as { keys?: () => unknown } | undefined;
  if (!map || typeof map.keys !== "function") return null;
  try {
    const first = map.keys();
    if (!Array.isArray(first)) return null;
    const before = [...first];
    first.reverse();
    first.push("(pushed by the caller)");
    const second = map.keys();
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
  id: "linked-hash-map",
  exports: ["LinkedHashMap"],
  noMapSet: true,
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "insertion order",
      script: `
        const m = new LinkedHashMap();
        m.first() // => undefined
        m.set("b", 1); m.set("a", 2); m.set("c", 3);
        m.set("b", 10);
        m.keys() // => ["b", "a", "c"]
        m.get("a") // => 2
        m.keys() // => ["b", "a", "c"]
        m.first() // => "b"
        m.delete("b") // => true
        m.delete("b") // => false
        m.first() // => "a"
        m.size // => 2
        m.get("b") // => undefined`,
    },
    {
      name: "access order",
      script: `
        const m = new LinkedHashMap(true);
        m.set("b", 1); m.set("a", 2); m.set("c", 3);
        m.get("b") // => 1
        m.keys() // => ["a", "c", "b"]
        m.set("a", 20);
        m.keys() // => ["c", "b", "a"]
        m.get("zz") // => undefined
        m.first() // => "c"`,
    },
    {
      name: "keys that look like Object.prototype members",
      script: `
        const m = new LinkedHashMap();
        m.get("constructor") // => undefined
        m.set("__proto__", 1); m.set("toString", 2);
        m.get("__proto__") // => 1
        m.keys() // => ["__proto__", "toString"]
        m.size // => 2`,
    },
  ],
  property: {
    scripts: script(construct("m", "LinkedHashMap", fc.boolean()), [
      call("m", "set", fc.oneof({ arbitrary: key, weight: 8 }, { arbitrary: fc.constantFrom("__proto__", "constructor"), weight: 1 }), fc.integer({ min: 0, max: 9 })),
      call("m", "get", key),
      call("m", "delete", key),
      prop("m", "size"),
      call("m", "keys"),
      call("m", "first"),
    ], { weights: [5, 3, 2, 1, 2, 1], maxLength: 50 }),
    numRuns: 300,
    invariant: (vars) => keysAreACopy(vars.m),
  },
  perf: [
    {
      what: "set()/get()/delete()",
      likelyCause: "moving or deleting a key searches an array of keys (indexOf + splice) instead of unlinking a list node in O(1)",
      sizes: [2000, 16000],
      prepare: (mod: ModuleExports, n: number) => () => {
        const m = new (mod.LinkedHashMap as new (a: boolean) => M)(true);
        for (let i = 0; i < n; i++) m.set(`k${i}`, i);
        for (let i = 0; i < n; i++) m.get(`k${i}`);
        for (let i = 0; i < n; i++) m.first();
        for (let i = n - 1; i >= 0; i--) m.delete(`k${i}`);
      },
    },
  ],
};
