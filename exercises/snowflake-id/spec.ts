// Checker spec for snowflake-id (CATALOG §17). The clock only moves between calls, except while a
// call is spinning: after a few now() calls inside one nextId() it advances by 1 ms.
import fc from "fast-check";
import { advance, rewind, script } from "../../lib/exercises/engine/spec-helpers";
import { ref, type Env, type ExerciseSpec, type Step } from "../../lib/exercises/engine/types";

const T0 = 1288834974657 + 10_000;
const SPIN_CALLS = 3; // now() calls within one call after which the clock moves (a spinning solution)

function spinClockEnv(): Env {
  let t = 0;
  let calls = 0;
  const clock = {
    now: () => {
      if (++calls > SPIN_CALLS) {
        calls = 0;
        t += 1;
      }
      return t;
    },
    set: (x: number) => void (t = x),
  };
  return { refs: { clock }, setClock: (x) => void (t = x), beforeStep: () => void (calls = 0) };
}

const errorLabel = (e: unknown) =>
  e instanceof RangeError
    ? "RangeError"
    : e instanceof Error && /clock moved backwards/.test(e.message)
      ? "Error: clock moved backwards"
      : e instanceof Error
        ? e.name
        : "a non-Error value";

const next: Step = { t: "call", v: "s", m: "nextId", args: [] };
const burst: Step = { t: "call", v: "s", m: "nextId", args: [], repeat: 4097 };

export const spec: ExerciseSpec = {
  id: "snowflake-id",
  exports: ["Snowflake"],
  makeEnv: spinClockEnv,
  prelude: [
    `let t = 0; let calls = 0; // the clock moves 1 ms after every ${SPIN_CALLS} now() calls within one nextId() (spinning)`,
    `const clock = { now: () => (++calls > ${SPIN_CALLS} ? ((calls = 0), ++t) : t), set: (x: number) => { t = x; } };`,
  ],
  errorLabel,
  examples: [
    {
      name: "layout: time, worker, sequence",
      script: `
        const s = new Snowflake(1, clock.now, 0);
        clock.set(1);
        s.nextId() // => 4198400n
        s.nextId() // => 4198401n
        clock.set(2);
        s.nextId() // => 8392704n
        s.nextId() // => 8392705n`,
    },
    {
      name: "default epoch",
      script: `
        clock.set(1288834974660);
        const s = new Snowflake(1023, clock.now);
        s.nextId() // => 16773120n`,
    },
    {
      name: "clock moved backwards",
      script: `
        clock.set(5);
        const s = new Snowflake(0, clock.now, 0);
        s.nextId() // => 20971520n
        clock.set(4);
        s.nextId() // throws Error: clock moved backwards
        clock.set(5);
        s.nextId() // => 20971521n`,
    },
    {
      name: "invalid worker id",
      script: `
        new Snowflake(1024, clock.now) // throws RangeError
        new Snowflake(-1, clock.now) // throws RangeError
        new Snowflake(1.5, clock.now) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(
      fc.tuple(fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 0, max: 1023 }) }, { weight: 1, arbitrary: fc.constantFrom(1024, -1, 1.5) }), fc.constantFrom<number | undefined>(undefined, T0 - 1000, 0)).map(([w, epoch]): Step[] => [
        { t: "clock", to: T0 },
        { t: "new", v: "s", cls: "Snowflake", args: epoch === undefined ? [w, ref("clock.now")] : [w, ref("clock.now"), epoch] },
      ]),
      [fc.constant(next), fc.constant(burst), advance(3), rewind(3)],
      { weights: [8, 1, 4, 1], maxLength: 25, clockStart: T0 },
    ),
    numRuns: 120,
  },
};
