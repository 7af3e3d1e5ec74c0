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

// tiny makes equal points common; fnv spreads points over the whole uint32 range, half of them
// >= 2^31 (where a signed 32-bit representation of a point turns negative)
const hashArb = fc.constantFrom(ref("tiny"), ref("tiny"), ref("fnv"));

/** The caller owns what nodes() returns: changing that array must not change the ring. */
function nodesIsACopy(vars: Record<string, unknown>): string | null {
  const r = vars.r as { nodes?: () => unknown } | undefined;
  if (!r || typeof r.nodes !== "function") return null;
  let first: unknown;
  try {
    first = r.nodes();
  } catch {
    return null; // a throwing nodes() is reported by the lockstep comparison
  }
  if (!Array.isArray(first)) return null;
  const before = [...first];
  first.reverse();
  first.push("(pushed by the caller)");
  const again = r.nodes();
  if (Array.isArray(again) && again.length === before.length && again.every((x, i) => x === before[i])) return null;
  return `nodes() returned an array the ring still uses: after the caller reversed it and pushed a name, nodes() returned ${JSON.stringify(again)} instead of ${JSON.stringify(before)} (return a copy)`;
}

export const spec: ExerciseSpec = {
  id: "consistent-hash",
  exports: ["ConsistentHashRing"],
  makeEnv: () => ({ refs: { table, tiny, fnv } }),
  prelude: [
    `const POINTS: Record<string, number> = ${JSON.stringify(POINTS)}; const table = (s: string) => POINTS[s] ?? 0;`,
    "const tiny = (s: string) => { let h = 7; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0; return h % 23; };",
    "const fnv = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0; return h; };",
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
    scripts: script(construct("r", "ConsistentHashRing", fc.oneof({ weight: 15, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 1.5) }), hashArb), [
      call("r", "addNode", node),
      call("r", "removeNode", node),
      call("r", "getNode", keyArb),
      call("r", "nodes"),
    ], { weights: [3, 1, 6, 1], maxLength: 40 }),
    numRuns: 300,
    invariant: nodesIsACopy,
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
