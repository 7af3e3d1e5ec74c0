// Checker spec for timing-wheel (CATALOG §20).
import fc from "fast-check";
import { call, construct, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports, Step } from "../../lib/exercises/engine/types";

type W = { add(id: string, d: number): void; cancel(id: string): boolean; advance(to: number): string[] };
const id = fc.constantFrom("a", "b", "c", "d", "e");
const BACK = -1; // placeholder: an advance to just below the current time (RangeError)

const valid = (a: fc.Arbitrary<number>, ...bad: number[]) => fc.oneof({ weight: 15, arbitrary: a }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
const ctor = construct("w", "TimingWheel", valid(fc.integer({ min: 1, max: 10 }), 0, 1.5), valid(fc.integer({ min: 1, max: 5 }), 0, 2.5), valid(fc.integer({ min: 0, max: 30 }), -1, 0.5));
const scripts = script(ctor, [
  call("w", "add", id, fc.integer({ min: 0, max: 120 })),
  call("w", "cancel", id),
  // small steps too: many sub-tick moves reach tick boundaries exactly (catches float drift)
  call("w", "advance", fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 60 }) }, { weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constant(BACK) })),
], { weights: [5, 1, 4], maxLength: 40 }).map((steps) => {
  // advance arguments are generated as relative moves; turn them into absolute times
  let now = (steps[0] as { args: number[] }).args[2];
  return steps.map((s): Step => {
    if (s.t !== "call" || s.m !== "advance") return s;
    const d = s.args[0] as number;
    if (d === BACK) return { ...s, args: [now - 1] };
    now += d;
    return { ...s, args: [now] };
  });
});

export const spec: ExerciseSpec = {
  id: "timing-wheel",
  exports: ["TimingWheel"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "due ticks, more than one revolution, order",
      script: `
        const w = new TimingWheel(10, 4, 0);
        w.add("a", 25);
        w.add("b", 5);
        w.add("c", 100);
        w.advance(9) // => []
        w.advance(30) // => ["b", "a"]
        w.add("d", 0);
        w.advance(30) // => ["d"]
        w.advance(99) // => []
        w.advance(100) // => ["c"]`,
    },
    {
      name: "same due tick fires in the order added; re-add replaces; cancel",
      script: `
        const w = new TimingWheel(10, 4, 0);
        w.add("p", 20);
        w.add("q", 15);
        w.add("x", 10);
        w.add("x", 50);
        w.add("y", 30);
        w.cancel("y") // => true
        w.cancel("y") // => false
        w.advance(20) // => ["p", "q"]
        w.advance(49) // => []
        w.advance(1000) // => ["x"]
        w.advance(999) // throws RangeError
        w.advance(1000) // => []`,
    },
    {
      name: "start time",
      script: `
        const w = new TimingWheel(10, 8, 1005);
        w.add("a", 0);
        w.add("b", 6);
        w.advance(1009) // => []
        w.advance(1010) // => ["a"]
        w.advance(1020) // => ["b"]`,
    },
    {
      name: "invalid arguments",
      script: `
        new TimingWheel(0, 4, 0) // throws RangeError
        new TimingWheel(10, 0, 0) // throws RangeError
        new TimingWheel(10, 4, -1) // throws RangeError
        new TimingWheel(2.5, 4, 0) // throws RangeError
        new TimingWheel(10, NaN, 0) // throws RangeError
        new TimingWheel(10, 4, 0.5) // throws RangeError`,
    },
  ],
  property: { scripts, numRuns: 300 },
  perf: [
    {
      what: "advance() with many pending timers",
      likelyCause: "advance() looks at every pending timer instead of only the slots the clock passes",
      sizes: [3000, 24000],
      minGrowth: 4,
      // a sample prepares `reps` wheels of n slots each: promoted before timing, or the first
      // scavenge of an allocating solution copies them all inside its timed block (stop 18's CI)
      promoteInputs: true,
      prepare: (mod: ModuleExports, n: number) => {
        // the wheel has n slots and n timers due in 2.5–3.5 wheel turns: a tick should cost O(1)
        // amortized, so scanning all slots (or all timers) per tick is an order of growth slower.
        // A timer that fires is added again, so every run meets n pending timers: without that a
        // small wheel drained after a few runs and was timed empty while a big one was timed
        // full, and a correct solution's ratio to the reference "grew" with n.
        const w = new (mod.TimingWheel as new (t: number, s: number, st: number) => W)(1, n, 0);
        for (let i = 0; i < n; i++) w.add(`t${i}`, Math.floor(2.5 * n) + (i % n));
        let now = 0;
        return () => {
          for (let i = 0; i < 2000; i++) {
            for (const id of w.advance(++now)) w.add(id, Math.floor(2.5 * n) + ((now + i) % n));
          }
        };
      },
    },
  ],
};
