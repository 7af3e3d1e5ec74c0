/**
 * Node only: empties V8's young generation before a timed perf sample (two minor collections:
 * the first moves live young objects to the survivor space, the second promotes them).
 *
 * Why: a sample first prepares `reps` fresh inputs (a structure of n entries each), untimed, and
 * they are still young when the timed block starts. The first scavenge inside the block then
 * copies all of them — work proportional to reps·n charged to the closures, and only to a side
 * that allocates enough to trigger a scavenge. A correct timing wheel that allocates an array per
 * swept slot was judged an order of growth slower for it (stop 18's CI; on a quiet machine too,
 * two first looks in three). With the young generation emptied, the block pays only for what its
 * own closures allocate. See docs/decisions/0005-deterministic-perf-verdicts.md.
 *
 * `gc` is obtained by enabling --expose-gc just long enough to create one vm context, so that the
 * learner's code (evaluated in the worker's own context) never sees a `gc` global.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

type Gc = (options?: { type: "minor" | "major" }) => void;

export function youngGenerationSettle(): (() => void) | null {
  try {
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
