// Checker spec for token-bucket (CATALOG §9): exact, continuous refill in millitokens.
import fc from "fast-check";
import { advance, clockEnv, CLOCK_PRELUDE, construct } from "../../lib/exercises/engine/spec-helpers";
import { ref, type ExerciseSpec, type Step } from "../../lib/exercises/engine/types";

const acquire = fc
  .option(fc.integer({ min: 0, max: 7 }), { nil: undefined, freq: 4 })
  .map((n): Step => ({ t: "call", v: "b", m: "tryAcquire", args: n === undefined ? [] : [n] }));

const available: Step = { t: "call", v: "b", m: "available", args: [] };

// A run of equal, round clock steps (100 ms = 0.1 token at 1 token/s, …), each followed by a
// look at the bucket: exact millitokens land on whole-token boundaries, while a float balance
// refilled step by step drifts just below them (ten 0.1 refills sum to 0.9999999999999999).
const roundSteps = fc
  .tuple(fc.constantFrom(100, 200, 50, 125, 250), fc.integer({ min: 3, max: 12 }))
  .map(([by, k]) => Array.from({ length: k }, (): Step[] => [{ t: "clock", to: -by - 1 }, available]).flat());

/**
 * Like spec-helpers' `script()`, but an operation may be a run of steps. Relative clock moves
 * (negative `to`, from `advance`) become absolute, never-decreasing times from 0.
 */
function scriptOfRuns(ctor: fc.Arbitrary<Step>, ops: { arbitrary: fc.Arbitrary<Step[]>; weight: number }[], maxLength: number) {
  return fc.tuple(ctor, fc.array(fc.oneof(...ops), { maxLength, size: "max" })).map(([c, runs]) => {
    let t = 0;
    return [c, ...runs.flat()].map((st): Step => (st.t === "clock" && st.to < 0 ? { t: "clock", to: (t += -st.to - 1) } : st));
  });
}
const one = (a: fc.Arbitrary<Step>) => a.map((s) => [s]);

export const spec: ExerciseSpec = {
  id: "token-bucket",
  exports: ["TokenBucket"],
  makeEnv: () => clockEnv(0),
  prelude: [CLOCK_PRELUDE],
  examples: [
    {
      name: "starts full, takes tokens, refills continuously",
      script: `
        const b = new TokenBucket(3, 2, clock.now);
        b.available() // => 3
        b.tryAcquire(2) // => true
        b.available() // => 1
        b.tryAcquire(2) // => false
        b.available() // => 1
        clock.set(499);
        b.available() // => 1
        clock.set(500);
        b.available() // => 2
        b.tryAcquire() // => true
        b.available() // => 1`,
    },
    {
      name: "refill is capped at capacity",
      script: `
        const b = new TokenBucket(3, 2, clock.now);
        b.tryAcquire(3) // => true
        clock.set(60000);
        b.available() // => 3
        b.tryAcquire(4) // => false
        b.tryAcquire(3) // => true
        b.available() // => 0`,
    },
    {
      name: "elapsed time counts from construction; fractional tokens accumulate",
      script: `
        clock.set(1000);
        const b = new TokenBucket(2, 3, clock.now);
        b.tryAcquire(2) // => true
        clock.set(1333);
        b.available() // => 0
        clock.set(1334);
        b.available() // => 1
        b.tryAcquire() // => true
        clock.set(1666);
        b.tryAcquire() // => false
        clock.set(1667);
        b.tryAcquire() // => true`,
    },
    {
      name: "invalid arguments",
      script: `
        new TokenBucket(0, 1, clock.now) // throws RangeError
        new TokenBucket(2, 0, clock.now) // throws RangeError
        new TokenBucket(2.5, 1, clock.now) // throws RangeError
        const b = new TokenBucket(2, 1, clock.now);
        b.tryAcquire(0) // throws RangeError
        b.tryAcquire(1.5) // throws RangeError
        b.tryAcquire(-1) // throws RangeError
        b.available() // => 2`,
    },
  ],
  property: {
    scripts: scriptOfRuns(
      construct("b", "TokenBucket", fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 1, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1.5) }), fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 1, max: 7 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 0.5) }), fc.constant(ref("clock.now"))),
      [
        { arbitrary: one(acquire), weight: 8 },
        { arbitrary: one(fc.constant(available)), weight: 4 },
        { arbitrary: one(advance(700)), weight: 6 },
        { arbitrary: roundSteps, weight: 1 },
      ],
      40,
    ),
    numRuns: 300,
  },
};
