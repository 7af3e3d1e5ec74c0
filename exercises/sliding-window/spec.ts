// Checker spec for sliding-window (CATALOG §10): three limiters, each driven by the clock.
import fc from "fast-check";
import { advance, clockEnv, CLOCK_PRELUDE, construct, script } from "../../lib/exercises/engine/spec-helpers";
import { ref, type ExerciseSpec, type ModuleExports, type Step } from "../../lib/exercises/engine/types";

type L = { tryAcquire(): boolean };
const acquire: Step = { t: "call", v: "l", m: "tryAcquire", args: [] };
const ctor = fc
  .tuple(
    fc.constantFrom("FixedWindowCounter", "SlidingWindowLog", "SlidingWindowCounter"),
    fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1.5) }),
    fc.oneof({ weight: 15, arbitrary: fc.constantFrom(1, 7, 100, 1000) }, { weight: 1, arbitrary: fc.constantFrom(0, -10, 2.5) }),
  )
  .chain(([cls, limit, w]) => construct("l", cls, fc.constant(limit), fc.constant(w), fc.constant(ref("clock.now"))));

export const spec: ExerciseSpec = {
  id: "sliding-window",
  exports: ["FixedWindowCounter", "SlidingWindowLog", "SlidingWindowCounter"],
  makeEnv: () => clockEnv(0),
  prelude: [CLOCK_PRELUDE],
  examples: [
    {
      name: "fixed window",
      script: `
        const l = new FixedWindowCounter(2, 1000, clock.now);
        l.tryAcquire() // => true
        l.tryAcquire() // => true
        l.tryAcquire() // => false
        clock.set(999);
        l.tryAcquire() // => false
        clock.set(1000);
        l.tryAcquire() // => true`,
    },
    {
      name: "sliding log",
      script: `
        const l = new SlidingWindowLog(2, 1000, clock.now);
        l.tryAcquire() // => true
        clock.set(500);
        l.tryAcquire() // => true
        clock.set(999);
        l.tryAcquire() // => false
        clock.set(1000);
        l.tryAcquire() // => true
        clock.set(1001);
        l.tryAcquire() // => false
        clock.set(1500);
        l.tryAcquire() // => true`,
    },
    {
      name: "sliding window counter",
      script: `
        const l = new SlidingWindowCounter(4, 1000, clock.now);
        l.tryAcquire() // => true
        l.tryAcquire() // => true
        l.tryAcquire() // => true
        l.tryAcquire() // => true
        l.tryAcquire() // => false
        clock.set(1500);
        l.tryAcquire() // => true
        l.tryAcquire() // => true
        l.tryAcquire() // => false
        clock.set(3000);
        l.tryAcquire() // => true`,
    },
    {
      name: "invalid arguments",
      script: `
        new FixedWindowCounter(0, 1000, clock.now) // throws RangeError
        new SlidingWindowLog(1, 0, clock.now) // throws RangeError
        new SlidingWindowCounter(1.5, 1000, clock.now) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(ctor, [fc.constant(acquire), advance(400)], { weights: [3, 2], maxLength: 60 }),
    numRuns: 300,
  },
  perf: [
    {
      what: "SlidingWindowLog.tryAcquire()",
      likelyCause: "tryAcquire() keeps every timestamp and counts the recent ones on each call instead of dropping expired ones from the front of a queue",
      sizes: [4000, 32000],
      prepare: (mod: ModuleExports, n: number) => () => {
        let t = 0;
        const l = new (mod.SlidingWindowLog as new (a: number, w: number, now: () => number) => L)(50, 100, () => t);
        for (let i = 0; i < n; i++) {
          l.tryAcquire();
          t++;
        }
      },
    },
    {
      // A large limit keeps thousands of timestamps in the window, so work proportional to the
      // log's size on every request (filter(), a rebuilt array) grows quadratically here.
      what: "SlidingWindowLog.tryAcquire() with a large limit",
      sizes: [2000, 16000],
      prepare: (mod: ModuleExports, n: number) => () => {
        let t = 0;
        const l = new (mod.SlidingWindowLog as new (a: number, w: number, now: () => number) => L)(Math.ceil(n / 4), Math.ceil(n / 2), () => t);
        for (let i = 0; i < n; i++) {
          l.tryAcquire();
          t++;
        }
      },
    },
  ],
};
