/**
 * Small helpers for writing exercise specs: a fake clock, seeded random, and fast-check
 * arbitraries for steps and whole scripts.
 */
import fc, { type Arbitrary } from "fast-check";
import type { Env, Step } from "./types";

/** An environment with a settable clock, exposed to scripts as `clock` (`clock.now`, `clock.set(t)`). */
export function clockEnv(start = 0, extra: Record<string, unknown> = {}): Env {
  let t = start;
  const clock = { now: () => t, set: (x: number) => void (t = x) };
  return { refs: { clock, ...extra }, setClock: (x) => void (t = x) };
}
export const CLOCK_PRELUDE = "let t = 0; const clock = { now: () => t, set: (x: number) => { t = x; } };";

export { seededRandom } from "../../random/seeded-random";
export const seededRandomSource = (seed: number) =>
  `let a = ${seed}; const random = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; ` +
  "t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); " +
  "return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };";

export const call = (v: string, m: string, ...args: Arbitrary<unknown>[]): Arbitrary<Step> =>
  fc.tuple(...args).map((a) => ({ t: "call", v, m, args: a }) as Step);
export const callIgnored = (v: string, m: string, ...args: Arbitrary<unknown>[]): Arbitrary<Step> =>
  fc.tuple(...args).map((a) => ({ t: "call", v, m, args: a, ignore: true }) as Step);
export const prop = (v: string, p: string): Arbitrary<Step> => fc.constant({ t: "prop", v, p } as Step);
export const fn = (f: string, ...args: Arbitrary<unknown>[]): Arbitrary<Step> =>
  fc.tuple(...args).map((a) => ({ t: "fn", f, args: a }) as Step);
export const construct = (v: string, cls: string, ...args: Arbitrary<unknown>[]): Arbitrary<Step> =>
  fc.tuple(...args).map((a) => ({ t: "new", v, cls, args: a }) as Step);

/** A relative clock move; `script()` turns these into absolute, never-decreasing `clock.set` steps. */
export const advance = (maxMs: number): Arbitrary<Step> =>
  fc.integer({ min: 0, max: maxMs }).map((by) => ({ t: "clock", to: -by - 1 }) as Step);

/** A backwards clock move (only for exercises that test a clock rollback). */
export const rewind = (maxMs: number): Arbitrary<Step> =>
  fc.integer({ min: 1, max: maxMs }).map((by) => ({ t: "clock", to: REWIND_BASE - by }) as Step);
const REWIND_BASE = -1e15;

/**
 * A whole script: the constructor steps, then a sequence of operations. Relative clock moves
 * (from `advance`) become absolute times starting at `clockStart`.
 */
export function script(
  ctor: Arbitrary<Step[]> | Arbitrary<Step>,
  ops: Arbitrary<Step>[],
  opts: { maxLength?: number; minLength?: number; clockStart?: number; weights?: number[] } = {},
): Arbitrary<Step[]> {
  const op = opts.weights
    ? fc.oneof(...ops.map((arbitrary, i) => ({ arbitrary, weight: opts.weights![i] })))
    : fc.oneof(...ops);
  const ctorArr = (ctor as Arbitrary<unknown>).map((c) => (Array.isArray(c) ? (c as Step[]) : [c as Step]));
  return fc
    .tuple(ctorArr, fc.array(op, { maxLength: opts.maxLength ?? 40, minLength: opts.minLength ?? 0, size: "max" }))
    .map(([c, s]) => {
      let t = opts.clockStart ?? 0;
      const steps: Step[] = [...c, ...s].map((st) =>
        st.t !== "clock" || st.to >= 0
          ? st
          : st.to < REWIND_BASE / 2
            ? ((t -= REWIND_BASE - st.to), { t: "clock", to: t } as Step)
            : ((t += -st.to - 1), { t: "clock", to: t } as Step),
      );
      return steps;
    });
}

export const smallKey = (max = 6) => fc.integer({ min: 0, max });
export const smallStr = (chars = "abcde", maxLength = 3) =>
  fc.string({ unit: fc.constantFrom(...chars.split("")), minLength: 1, maxLength });
