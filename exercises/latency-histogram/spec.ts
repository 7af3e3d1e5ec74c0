// Checker spec for latency-histogram (CATALOG §21): nearest-rank percentiles, mean, qps.
import fc from "fast-check";
import { call, construct, script } from "../../lib/exercises/engine/spec-helpers";
import type { ExerciseSpec, ModuleExports, Step } from "../../lib/exercises/engine/types";

type H = { record(ms: number): void; percentile(p: number): number };
const sample = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(0.5, 2.25, 1e6, 0.1) },
  { weight: 1, arbitrary: fc.constantFrom(-1, Number.NaN, Infinity) },
);
const p = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 100 }) },
  { weight: 2, arbitrary: fc.constantFrom(0.5, 12.5, 99.5, 0, 101, -5, Number.NaN) },
);
const qpsArgs = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 10 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: -200, max: 2500 }))
  .map(([ts, s, len]) => [ts, s, s + len] as const);

function randomScripts() {
  return script(
    construct("h", "LatencyHistogram"),
    [
      call("h", "record", sample),
      call("h", "percentile", p),
      call("h", "mean"),
      call("h", "count"),
      qpsArgs.map((a): Step => ({ t: "fn", f: "qps", args: [...a] })),
    ],
    { weights: [6, 4, 1, 1, 1], maxLength: 40 },
  );
}

// Samples 1..n for n in {25, 50, 100}, then percentile queries: p * n / 100 is then often an
// exact rank where floating point rounds above it (0.28 * 25 = 7.000000000000001, 0.07 * 100),
// so a rank computed as Math.ceil(p / 100 * n) picks the next sample.
const exactRanks = fc
  .tuple(fc.constantFrom(25, 50, 100), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 5, maxLength: 12 }))
  .map(([n, ps]): Step[] => [
    { t: "new", v: "h", cls: "LatencyHistogram", args: [] },
    ...Array.from({ length: n }, (_, i): Step => ({ t: "call", v: "h", m: "record", args: [n - i] })),
    ...ps.map((q): Step => ({ t: "call", v: "h", m: "percentile", args: [q] })),
  ]);

export const spec: ExerciseSpec = {
  id: "latency-histogram",
  exports: ["LatencyHistogram", "qps"],
  makeEnv: () => ({ refs: {} }),
  examples: [
    {
      name: "empty histogram",
      script: `
        const h = new LatencyHistogram();
        h.count() // => 0
        h.percentile(50) // => NaN
        h.mean() // => NaN`,
    },
    {
      name: "nearest-rank percentiles and mean",
      script: `
        const h = new LatencyHistogram();
        h.record(5); h.record(1); h.record(9); h.record(3); h.record(7);
        h.record(2); h.record(8); h.record(4); h.record(10); h.record(6);
        h.count() // => 10
        h.percentile(50) // => 5
        h.percentile(70) // => 7
        h.percentile(90) // => 9
        h.percentile(91) // => 10
        h.percentile(100) // => 10
        h.percentile(1) // => 1
        h.percentile(12.5) // => 2
        h.mean() // => 5.5
        h.record(0);
        h.percentile(50) // => 5
        h.count() // => 11`,
    },
    {
      name: "invalid arguments",
      script: `
        const h = new LatencyHistogram();
        h.record(-1) // throws RangeError
        h.record(NaN) // throws RangeError
        h.record(Infinity) // throws RangeError
        h.record(1);
        h.percentile(0) // throws RangeError
        h.percentile(100.5) // throws RangeError
        h.count() // => 1`,
    },
    {
      name: "qps",
      script: `
        qps([0, 500, 999, 1000, 1500], 0, 1000) // => 3
        qps([0, 500, 999, 1000, 1500], 500, 1500) // => 3
        qps([0, 500, 999, 1000, 1500], 0, 2000) // => 2.5
        qps([0, 500], 0, 100) // => 10
        qps([], 0, 500) // => 0
        qps([1], 5, 5) // throws RangeError`,
    },
  ],
  property: {
    scripts: fc.oneof({ weight: 4, arbitrary: randomScripts() }, { weight: 1, arbitrary: exactRanks }),
    numRuns: 300,
  },
  perf: [
    {
      what: "repeated percentile() queries",
      likelyCause: "percentile() copies or sorts the recorded samples on each call instead of reading counts per bucket",
      sizes: [5000, 40000],
      minGrowth: 4,
      prepare: (mod: ModuleExports, n: number) => {
        const h = new (mod.LatencyHistogram as new () => H)();
        for (let i = 0; i < n; i++) h.record((i * 7919) % 1000);
        h.percentile(50);
        return () => {
          for (let i = 0; i < 200; i++) h.percentile(1 + (i % 100));
        };
      },
    },
    {
      // n samples in descending order, then one query: O(n) records plus one sort (of a single
      // descending run) for the reference; keeping the array sorted on every record() (binary
      // search + splice at the front) moves all n elements per record.
      what: "record()",
      sizes: [5000, 40000],
      prepare: (mod: ModuleExports, n: number) => () => {
        const h = new (mod.LatencyHistogram as new () => H)();
        for (let i = 0; i < n; i++) h.record(n - i);
        h.percentile(99);
      },
    },
  ],
};
