/**
 * Node only: makes V8's heap behave the same at every rung of a perf ladder
 * (docs/decisions/0005-deterministic-perf-verdicts.md, item 8). Two sources of verdicts that
 * changed from run to run, both measured in stop 18/19:
 *
 * 1. Allocation-site pretenuring. V8 watches how many objects of each allocation site survive
 *    and, past a threshold, allocates that site's objects straight in the old generation. When
 *    it flips is a matter of history, so the same closure at the same size ran at two speeds
 *    (the LRU reference at 1,000 entries: 54 or 390 ns per operation, from one ladder to the
 *    next). Disabled for the process (`--no-allocation-site-pretenuring`): the server's checks
 *    run in worker threads of this process; the cost elsewhere is a little more copying of
 *    long-lived objects by the scavenger.
 * 2. Freshly prepared inputs in the young generation (see `promoteInputs` of a PerfCase):
 *    the first scavenge inside a timed block copies all reps·n prepared objects and charges them
 *    to whichever side allocates enough to trigger one. `promote` runs two minor collections
 *    (the first moves live young objects to the survivor space, the second promotes them).
 *
 * `gc` is obtained by enabling --expose-gc just long enough to create one vm context, so the
 * learner's code (evaluated in the worker's own context) never sees a `gc` global.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Gc = (options?: { type: "minor" | "major" }) => void;

/** Applies (1) and returns the promotion of (2), or null where V8 refuses. */
export function stabilizePerfHeap(): (() => void) | null {
  try {
    setFlagsFromString("--no-allocation-site-pretenuring");
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as Gc | undefined;
    setFlagsFromString("--no-expose-gc");
    if (typeof gc !== "function") return null;
    return () => {
      gc({ type: "minor" });
      gc({ type: "minor" });
    };
  } catch {
    return null;
  }
}
