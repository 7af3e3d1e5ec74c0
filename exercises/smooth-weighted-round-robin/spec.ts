// Checker spec for smooth-weighted-round-robin (CATALOG §13).
import fc from "fast-check";
import { call, construct, fn, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, Step } from "../../lib/exercises/engine/types";

const peers = fc.oneof(
  { weight: 9, arbitrary: fc.uniqueArray(fc.record({ id: fc.constantFrom("a", "b", "c", "d"), weight: fc.integer({ min: 1, max: 5 }) }), { selector: (p) => p.id, maxLength: 4 }) },
  // occasionally invalid: a zero weight or a duplicate id (RangeError)
  { weight: 1, arbitrary: fc.constantFrom([{ id: "a", weight: 0 }], [{ id: "a", weight: 1 }, { id: "a", weight: 2 }], [{ id: "a", weight: 1.5 }]) },
);
const octet = fc.integer({ min: 0, max: 255 });
const ip = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(octet, octet, octet, octet).map((o) => o.join(".")) },
  { weight: 2, arbitrary: fc.constantFrom("1.2.3", "256.1.1.1", "1.2.3.4.5", "a.b.c.d", "", "1.2.3.-1") },
  // not decimal numbers, though Number() reads them as 0..255: "" is 0, "1e2" 100, "0x1" 1, " 1" 1
  { weight: 2, arbitrary: fc.constantFrom("1..3.4", "1.2.3.", "1e2.1.1.1", "0x1.2.3.4", " 1.2.3.4", "1.2.+3.4", "1.2.3.4.") },
);

export const spec: ExerciseSpec = {
  id: "smooth-weighted-round-robin",
  exports: ["SmoothWeightedRoundRobin", "ipHashIndex"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "nginx's classic sequence for weights 5, 1, 1",
      script: `
        const r = new SmoothWeightedRoundRobin([{ id: "a", weight: 5 }, { id: "b", weight: 1 }, { id: "c", weight: 1 }]);
        r.next() // => "a"
        r.next() // => "a"
        r.next() // => "b"
        r.next() // => "a"
        r.next() // => "c"
        r.next() // => "a"
        r.next() // => "a"
        r.next() // => "a"`,
    },
    {
      name: "a peer that is down keeps its current",
      script: `
        const r = new SmoothWeightedRoundRobin([{ id: "a", weight: 1 }, { id: "b", weight: 1 }]);
        r.next() // => "a"
        r.next() // => "b"
        r.setDown("a", true);
        r.next() // => "b"
        r.next() // => "b"
        r.setDown("a", false);
        r.next() // => "a"
        r.setDown("a", true); r.setDown("b", true);
        r.next() // => undefined
        r.setDown("zz", true) // throws RangeError`,
    },
    {
      name: "no peers and invalid peers",
      script: `
        const r = new SmoothWeightedRoundRobin([]);
        r.next() // => undefined
        new SmoothWeightedRoundRobin([{ id: "a", weight: 0 }]) // throws RangeError
        new SmoothWeightedRoundRobin([{ id: "a", weight: 1 }, { id: "a", weight: 2 }]) // throws RangeError`,
    },
    {
      name: "ipHashIndex",
      script: `
        ipHashIndex("192.168.1.10", 3) // => 1
        ipHashIndex("10.0.0.1", 7) // => 3
        ipHashIndex("10.0.0.200", 7) // => 3
        ipHashIndex("255.255.255.255", 100) // => 27
        ipHashIndex("0.0.0.0", 1000) // => 295
        ipHashIndex("1.2.3", 2) // throws RangeError
        ipHashIndex("256.1.1.1", 2) // throws RangeError
        ipHashIndex("1.2.3.4", 0) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(
      construct("r", "SmoothWeightedRoundRobin", peers),
      [
        fc.constant({ t: "call", v: "r", m: "next", args: [] } as Step),
        call("r", "setDown", fc.constantFrom("a", "b", "c", "d", "e"), fc.boolean()),
        fn("ipHashIndex", ip, fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 9 }) }, { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5) })),
      ],
      { weights: [6, 2, 1], maxLength: 40 },
    ),
    numRuns: 300,
  },
};
