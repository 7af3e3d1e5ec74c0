/**
 * One timed sample of a perf case: `reps` fresh inputs are prepared first (`prepare(mod, n)`, not
 * timed), then their closures run back to back between two readings of the clock. Timing the
 * block, not each closure, keeps the clock's own cost (a system call for a CPU-time clock) out of
 * short closures. Returns the time of one closure run, in milliseconds.
 */
import type { ModuleExports, PerfCase } from "./types";

/** A clock in milliseconds: the thread's CPU time where the host has one, else wall time. */
export type PerfClock = () => number;

export const wallClock: PerfClock = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/** Called between preparing a sample's inputs and timing them (Node may promote them out of the young generation). */
export type PerfSettle = () => void;

export function timeSample(c: PerfCase, mod: ModuleExports, n: number, reps: number, clock: PerfClock, settle?: PerfSettle): number {
  return timeSampleWithCost(c, mod, n, reps, clock, settle).ms;
}

/**
 * The same, plus what the whole sample cost on the same clock, setup included (for budgets: on a
 * CPU-time clock a budget does not shrink when other processes compete for the CPUs).
 */
export function timeSampleWithCost(
  c: PerfCase,
  mod: ModuleExports,
  n: number,
  reps: number,
  clock: PerfClock,
  settle?: PerfSettle,
): { ms: number; costMs: number } {
  const c0 = clock();
  const runs: (() => unknown)[] = [];
  for (let i = 0; i < reps; i++) runs.push(c.prepare(mod, n));
  settle?.();
  const t0 = clock();
  for (const run of runs) run();
  const t1 = clock();
  return { ms: (t1 - t0) / reps, costMs: t1 - c0 };
}
