// Checker spec for ttl-cache (CATALOG §3).
import fc from "fast-check";
import { advance, call, clockEnv, CLOCK_PRELUDE, construct, prop, script, smallKey } from "../../lib/exercises/engine/spec-helpers";
import { ref, type ExerciseSpec, type ModuleExports } from "../../lib/exercises/engine/types";

type C = { set(k: unknown, v: unknown, ttl: number): void; get(k: unknown): unknown; has(k: unknown): boolean };
const key = smallKey(4);

export const spec: ExerciseSpec = {
  id: "ttl-cache",
  exports: ["TTLCache"],
  makeEnv: () => clockEnv(0),
  prelude: [CLOCK_PRELUDE],
  examples: [
    {
      name: "entries expire at now() >= expiresAt",
      script: `
        const c = new TTLCache(2, clock.now);
        c.set("a", 1, 100);
        c.get("a") // => 1
        c.ttl("a") // => 100
        clock.set(40);
        c.ttl("a") // => 60
        c.has("a") // => true
        c.size // => 1
        clock.set(100);
        c.has("a") // => false
        c.get("a") // => undefined
        c.ttl("a") // => undefined
        c.size // => 0`,
    },
    {
      name: "expired entries go first, then the least recently used",
      script: `
        const c = new TTLCache(2, clock.now);
        c.set("a", 1, 1000);
        c.set("b", 2, 50);
        c.get("a") // => 1
        clock.set(60);
        c.set("c", 3, 1000);
        c.get("a") // => 1
        c.set("d", 4, 1000);
        c.has("c") // => false
        c.has("a") // => true
        c.has("d") // => true
        c.size // => 2`,
    },
    {
      name: "has() and ttl() never change recency",
      script: `
        const c = new TTLCache(2, clock.now);
        c.set("a", 1, 500);
        c.set("b", 2, 500);
        c.has("a") // => true
        c.ttl("a") // => 500
        c.set("c", 3, 500);
        c.has("a") // => false
        c.get("b") // => 2`,
    },
    {
      name: "set() on an existing key updates it and its expiry",
      script: `
        const c = new TTLCache(1, clock.now);
        c.set("a", 1, 10);
        clock.set(5);
        c.set("a", 2, 10);
        clock.set(12);
        c.get("a") // => 2
        c.ttl("a") // => 3`,
    },
    {
      name: "invalid arguments",
      script: `
        new TTLCache(0, clock.now) // throws RangeError
        const c = new TTLCache(1, clock.now);
        c.set("a", 1, 0) // throws RangeError
        c.set("a", 1, 1.5) // throws RangeError
        c.set("a", 1, Infinity) // throws RangeError
        c.set("a", 1, NaN) // throws RangeError
        new TTLCache(Infinity, clock.now) // throws RangeError
        c.size // => 0`,
    },
  ],
  property: {
    scripts: script(construct("c", "TTLCache", fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1.5) }), fc.constant(ref("clock.now"))), [
      call("c", "set", key, fc.constantFrom("a", "b", "c"), fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 60 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -5, 1.5, Infinity, NaN) })),
      call("c", "get", key),
      call("c", "has", key),
      call("c", "ttl", key),
      prop("c", "size"),
      advance(40),
    ], { weights: [5, 3, 2, 2, 2, 3], maxLength: 50 }),
    numRuns: 300,
  },
  perf: [
    {
      what: "set()/get() on a full cache",
      likelyCause: "finding expired or least recently used entries scans every entry instead of using an expiry heap and a recency list",
      sizes: [2000, 16000],
      prepare: (mod: ModuleExports, n: number) => () => {
        let t = 0;
        const c = new (mod.TTLCache as new (cap: number, now: () => number) => C)(n >> 1, () => t);
        for (let i = 0; i < n; i++) {
          c.set(i, i, 1 + ((i * 7919) % 5000));
          if (i % 4 === 0) t++;
        }
        for (let i = 0; i < n; i++) c.get(n - 1 - i);
        for (let i = 2 * n; i > n; i--) c.set(i, i, 10_000);
      },
    },
  ],
};
