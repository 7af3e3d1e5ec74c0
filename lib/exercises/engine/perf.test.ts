/**
 * The perf probe on real solutions of the LRU exercise, timed on the thread's CPU time as in the
 * CLI and the proof. Verdicts only; no assertion on milliseconds.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { spec } from "../../../exercises/lru-cache/spec";
import * as reference from "../../../exercises/lru-cache/reference";
import { threadCpuClock } from "../thread-cpu-clock";
import { compileSolution } from "./compile";
import { MAP_ITERATOR_HINT, runPerf } from "./perf";

const clock = threadCpuClock() ?? undefined;
const load = (file: string) => {
  const source = readFileSync(new URL(`../../../exercises/lru-cache/${file}`, import.meta.url), "utf8");
  const compiled = compileSolution(source);
  if ("failure" in compiled) throw new Error(compiled.failure.message);
  return { source, mod: compiled.factory() };
};

describe("the perf probe", () => {
  test("the thread CPU-time clock is available in Node", () => {
    expect(clock).toBeTypeOf("function");
  });

  test("the reference, compiled like a learner's solution, passes", { timeout: 60_000 }, () => {
    const { mod, source } = load("reference.ts");
    expect(runPerf(spec.perf!, mod, reference, { clock, source })).toEqual([]);
  });

  test("an O(n) recency array fails with the growth table and a likely cause", { timeout: 60_000 }, () => {
    const { mod, source } = load("bugs/slow.ts");
    const [f] = runPerf(spec.perf!, mod, reference, { clock, source });
    expect(f.kind).toBe("perf");
    expect(f.message).toMatch(/order of growth slower .*growth exponent \d\.\d\d/);
    // judged over a spread of at least 4 (8 unless the exponent is already far above the line)
    expect(f.growth!.length).toBeGreaterThanOrEqual(3);
    expect(f.growth!.at(-1)!.n / f.growth![0].n).toBeGreaterThanOrEqual(4);
    expect(f.likelyCause).toMatch(/\.$/);
  });

  test("the Map-only LRU evicting with keys().next() is rejected, and told why", { timeout: 60_000 }, () => {
    const { mod, source } = load("bugs/slow-map-iterator.ts");
    const [f] = runPerf(spec.perf!, mod, reference, { clock, source });
    expect(f?.kind).toBe("perf");
    expect(f.likelyCause).toContain(MAP_ITERATOR_HINT.slice(1, 60));
  });
});
