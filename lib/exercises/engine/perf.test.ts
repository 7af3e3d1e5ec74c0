/**
 * The perf probe on real solutions of the LRU exercise, timed on the thread's CPU time as in the
 * CLI and the proof. Verdicts only; no assertion on milliseconds.
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { spec } from "../../../exercises/lru-cache/spec";
import * as reference from "../../../exercises/lru-cache/reference";
import { spec as wheelSpec } from "../../../exercises/timing-wheel/spec";
import * as wheelReference from "../../../exercises/timing-wheel/reference";
import { threadCpuClock } from "../thread-cpu-clock";
import { stabilizePerfHeap } from "../perf-heap";
import { compileSolution } from "./compile";
import { judgeGrowth, rungRatio } from "./judge-growth";
import { measureGrowth } from "./measure-growth";
import { FIRST, MAP_ITERATOR_HINT, runPerf } from "./perf";

const clock = threadCpuClock() ?? undefined;
const settle = stabilizePerfHeap() ?? undefined;
const load = (file: string, exercise = "lru-cache") => {
  const source = readFileSync(new URL(`../../../exercises/${exercise}/${file}`, import.meta.url), "utf8");
  const compiled = compileSolution(source);
  if ("failure" in compiled) throw new Error(compiled.failure.message);
  return { source, mod: compiled.factory() };
};

describe("the perf probe", () => {
  test("the thread CPU-time clock and the young-generation settle are available in Node", () => {
    expect(clock).toBeTypeOf("function");
    expect(settle).toBeTypeOf("function");
    // the flag that exposed gc was switched off again: code evaluated later sees no `gc` global
    expect(runInNewContext("typeof gc")).toBe("undefined");
  });

  test("the reference, compiled like a learner's solution, passes", { timeout: 60_000 }, () => {
    const { mod, source } = load("reference.ts");
    expect(runPerf(spec.perf!, mod, reference, { clock, settle, source })).toEqual([]);
  });

  test("an O(n) recency array fails with the growth table and a likely cause", { timeout: 60_000 }, () => {
    const { mod, source } = load("bugs/slow.ts");
    const [f] = runPerf(spec.perf!, mod, reference, { clock, settle, source });
    expect(f.kind).toBe("perf");
    expect(f.message).toMatch(/order of growth slower .*growth exponent \d\.\d\d/);
    // judged over a spread of at least 4 (8 unless the exponent is already far above the line)
    expect(f.growth!.length).toBeGreaterThanOrEqual(3);
    expect(f.growth!.at(-1)!.n / f.growth![0].n).toBeGreaterThanOrEqual(4);
    expect(f.likelyCause).toMatch(/\.$/);
  });

  test("the Map-only LRU evicting with keys().next() is rejected, and told why", { timeout: 60_000 }, () => {
    const { mod, source } = load("bugs/slow-map-iterator.ts");
    const [f] = runPerf(spec.perf!, mod, reference, { clock, settle, source });
    expect(f?.kind).toBe("perf");
    expect(f.likelyCause).toContain(MAP_ITERATOR_HINT.slice(1, 60));
  });

  // Regression (stop 18's CI): this correct wheel allocates an array per swept slot, so scavenges
  // run inside its timed blocks; before the young generation was emptied first, they copied the
  // freshly prepared wheels (reps·n objects) and its first look failed it in two ladders of three
  // on a quiet machine. Every first look must now be clean, not only the final verdict.
  test("a correct timing wheel that allocates per tick is never failed on a first look", { timeout: 120_000 }, () => {
    const { mod } = load("alt/private-fields-lazy-cancel.ts", "timing-wheel");
    const [perfCase] = wheelSpec.perf!;
    for (let look = 0; look < 4; look++) {
      const { rungs } = measureGrowth(perfCase, mod, wheelReference, { ...FIRST, clock: clock!, settle });
      expect(judgeGrowth(rungs).verdict, JSON.stringify(rungs.map((r) => [r.n, rungRatio(r).toFixed(2)]))).not.toBe("fail");
    }
  });
});
