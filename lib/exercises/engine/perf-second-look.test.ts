/**
 * runPerf believes a fail only after a second look. Timed on a virtual clock that only the
 * measured closures advance, so the disturbance is exact and the verdict cannot flake.
 */
import { describe, expect, test } from "vitest";
import { runPerf } from "./perf";
import type { ModuleExports, PerfCase } from "./types";

const BASE = 500; // sizes[0] / 2: the ladder runs 500, 1000, 2000, …
const perfCase: PerfCase = { what: "op()", sizes: [2 * BASE, 16 * BASE], prepare: (mod, n) => () => (mod.run as (n: number) => void)(n) };

/** The reference costs 1 unit per run; the learner learnerCost(n), plus extra(n) during the first look. */
function harness(learnerCost: (n: number) => number, extra: (n: number) => number) {
  let now = 0;
  let firstLook = true;
  let climbed = false;
  const reference: ModuleExports = { run: () => void (now += 1) };
  const learner: ModuleExports = {
    run: (n: number) => {
      if (n > BASE) climbed = true;
      else if (climbed) firstLook = false; // the second look starts again at the base
      now += learnerCost(n) + (firstLook ? extra(n) : 0);
    },
  };
  return { failures: runPerf([perfCase], learner, reference, { clock: () => now }), secondLookRan: !firstLook };
}

describe("a perf fail needs a second look", () => {
  test("a correct solution whose first look was disturbed at its top rungs passes on the pooled samples", () => {
    // first look: ratios 2, 2, 3, 6 over 500 → 4000. At 2000 (spread 4) the exponent is 0.29, so
    // the climb goes on; at 4000 it is 0.55 over a spread of 8, which a first look alone would fail.
    const { failures, secondLookRan } = harness(() => 2, (n) => (n === 4 * BASE ? 1 : n >= 8 * BASE ? 4 : 0));
    expect(secondLookRan).toBe(true);
    expect(failures).toEqual([]);
  });

  test("a solution an order of growth slower still fails, with the pooled growth table", () => {
    const { failures, secondLookRan } = harness((n) => n / 100, () => 0);
    expect(secondLookRan).toBe(true);
    expect(failures).toHaveLength(1);
    expect(failures[0].message).toMatch(/growth exponent 1\.00/);
    expect(failures[0].growth!.length).toBeGreaterThanOrEqual(3);
  });
});
