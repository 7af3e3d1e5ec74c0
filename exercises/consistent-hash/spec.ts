// Checker spec for consistent-hash (CATALOG §12). The hash function is injected: examples use a
// table of points, generated tests a hash with a tiny range so that equal points happen often.
import fc from "fast-check";
import { call, construct, script } from "../../lib/exercises/engine/spec-helpers";
import { ref, type ExerciseSpec, type ModuleExports } from "../../lib/exercises/engine/types";

type R = { addNode(n: string): void; getNode(k: string): unknown };
const POINTS: Record<string, number> = { "A#0": 10, "A#1": 50, "B#0": 30, "B#1": 70, "C#0": 30, "C#1": 90, k1: 5, k2: 40, k3: 75, k4: 30 };
const table = (s: string) => POINTS[s] ?? 0;
// small range on purpose: collisions between points exercise the "smaller node name wins" rule
const tiny = (s: string) => {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h % 23;
};
const fnv = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
const node = fc.constantFrom("A", "B", "C", "D", "AB");
const keyArb = fc.string({ unit: fc.constantFrom("x", "y", "z", "1"), maxLength: 3 });

export const spec: ExerciseSpec = {
  id: "consistent-hash",
  exports: ["ConsistentHashRing"],
  makeEnv: () => ({ refs: { table, tiny } }),
  prelude: [
    `const POINTS: Record<string, number> = ${JSON.stringify(POINTS)}; const table = (s: string) => POINTS[s] ?? 0;`,
    "const tiny = (s: string) => { let h = 7; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0; return h % 23; };",
  ],
  examples: [
    {
      name: "first point clockwise, wrapping around (points from table)",
      script: `
        const r = new ConsistentHashRing(2, table);
        r.getNode("k1") // => undefined
        r.addNode("A"); r.addNode("B");
        r.getNode("k1") // => "A"
        r.getNode("k2") // => "A"
        r.getNode("k3") // => "A"
        r.getNode("k4") // => "B"
        r.nodes() // => ["A", "B"]`,
    },
    {
      name: "equal points: the smaller node name wins; remove",
      script: `
        const r = new ConsistentHashRing(2, table);
        r.addNode("C"); r.addNode("B"); r.addNode("A");
        r.getNode("k4") // => "B"
        r.getNode("k3") // => "C"
        r.removeNode("B");
        r.getNode("k4") // => "C"
        r.addNode("A");
        r.removeNode("Z");
        r.nodes() // => ["A", "C"]`,
    },
    {
      name: "invalid replicas",
      script: `
        new ConsistentHashRing(0, table) // throws RangeError
        new ConsistentHashRing(1.5, table) // throws RangeError`,
    },
  ],
  property: {
    scripts: script(construct("r", "ConsistentHashRing", fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1.5) }), fc.constant(ref("tiny"))), [
      call("r", "addNode", node),
      call("r", "removeNode", node),
      call("r", "getNode", keyArb),
      call("r", "nodes"),
    ], { weights: [3, 1, 6, 1], maxLength: 40 }),
    numRuns: 300,
  },
  perf: [
    {
      what: "getNode()",
      likelyCause: "getNode() scans the ring's points one by one instead of a binary search over the sorted points",
      sizes: [4000, 32000],
      minGrowth: 4,
      prepare: (mod: ModuleExports, n: number) => {
        // n points: 20 nodes with n/20 replicas each (few addNode calls keep the setup cheap)
        const r = new (mod.ConsistentHashRing as new (k: number, h: (s: string) => number) => R)(Math.max(1, Math.round(n / 20)), fnv);
        for (let i = 0; i < 20; i++) r.addNode(`node-${i}`);
        const keys = Array.from({ length: 2000 }, (_, i) => `key-${i}`);
        return () => {
          for (const k of keys) r.getNode(k);
        };
      },
    },
  ],
};
