/**
 * Measures one perf case on a ladder of sizes n0, 2·n0, 4·n0, … (see docs/decisions/0005). At
 * each rung the reference and the learner run interleaved, R L R L …, each sample on fresh inputs
 * and repeated until it is long enough to time. Interleaving puts any disturbance (load, GC,
 * frequency changes) on both sides alike; the ratio of their best samples survives it.
 *
 * The learner's time budget only limits how far the ladder climbs; the verdict is judged on the
 * ratios alone (judge-growth.ts). The climb stops early once the growth is clearly too fast; a
 * learner too slow to climb far is measured down the ladder instead, where it is cheap.
 */
import { timeSampleWithCost, type PerfClock, type PerfSettle } from "./time-sample";
import { judgeGrowth, type Rung } from "./judge-growth";
import type { ModuleExports, PerfCase } from "./types";

export type LadderOptions = {
  /** samples per side and rung (fewer, at least 3, on a rung where the learner is very slow) */
  pairs: number;
  /** the ladder climbs up to n0·maxSpread (a power of two) */
  maxSpread: number;
  /** time (on `clock`) the learner may spend, its untimed setup included, before the climb stops */
  learnerBudgetMs: number;
  /** a sample repeats the closure until it lasts at least this long (timer resolution) */
  targetSampleMs: number;
  /** the thread's CPU time in Node (immune to other processes), wall time in a browser */
  clock: PerfClock;
  /** run between preparing a sample's inputs and timing them (see time-sample.ts) */
  settle?: PerfSettle;
  /** the base size of an earlier measurement of the same case */
  baseN?: number;
};

export type Ladder = { rungs: Rung[]; baseN: number; stoppedByBudget: boolean };

const MAX_REPS = 64;
/** repetitions also stop when a sample, setup included, would cost more than this (ms on `clock`) */
const MAX_SAMPLE_COST_MS = 30;
const MIN_PAIRS = 3;
/** The ladder starts this far below the case's smaller size (sizes are a spec's hint of where a
 *  solution one order of growth slower has passed its crossover with the reference). */
export const BASE_DIVISOR = 2;
const MIN_N = 16;
const MIN_JUDGED_SPREAD = 8;

type Probe = { ms: number; costMs: number };
function repsFor(probe: Probe, target: number): number {
  const byTime = Math.ceil(target / Math.max(probe.ms, 1e-3));
  const byCost = Math.floor(MAX_SAMPLE_COST_MS / Math.max(probe.costMs, 1e-3));
  return Math.max(1, Math.min(MAX_REPS, byTime, byCost));
}

export function measureGrowth(c: PerfCase, learner: ModuleExports, reference: ModuleExports, opts: LadderOptions): Ladder {
  const { clock, settle, targetSampleMs } = opts;
  let spent = 0; // learner time on `clock`, setup included
  const learnerSample = (n: number, reps: number): Probe => {
    const s = timeSampleWithCost(c, learner, n, reps, clock, settle);
    spent += s.costMs;
    return s;
  };
  const referenceSample = (n: number, reps: number) => timeSampleWithCost(c, reference, n, reps, clock, settle);

  const measureRung = (n: number, pairsWanted: number): Rung => {
    // The same repetitions on both sides: as many prepared inputs in memory on each side, so
    // that caches and the garbage collector treat both alike (fewer learner repetitions made a
    // slow learner look faster at small sizes, where the reference needs many).
    const repsReference = repsFor(referenceSample(n, 1), targetSampleMs);
    const one = learnerSample(n, 1);
    const repsLearner = repsReference;
    const affordable = Math.floor((opts.learnerBudgetMs - spent) / Math.max(one.costMs * repsLearner, 1e-3));
    const pairs = Math.max(MIN_PAIRS, Math.min(pairsWanted, affordable));
    const rung: Rung = { n, repsReference, repsLearner, learner: [], reference: [] };
    for (let p = 0; p < pairs; p++) {
      rung.reference.push(referenceSample(n, repsReference).ms);
      rung.learner.push(learnerSample(n, repsLearner).ms);
    }
    return rung;
  };

  const baseN = opts.baseN ?? Math.max(MIN_N, Math.round(c.sizes[0] / BASE_DIVISOR));
  // Warm-up, so that both sides run optimised code from the first timed sample on.
  for (let i = 0; i < 3; i++) {
    referenceSample(baseN, repsFor(referenceSample(baseN, 1), targetSampleMs));
    learnerSample(baseN, 1);
  }

  // Up from the base while the learner's budget lasts …
  const rungs: Rung[] = [];
  let stoppedByBudget = false;
  let prevWall = 0; // learner cost of the previous rung
  let growthPerDoubling = 2;
  for (let n = baseN; n <= baseN * opts.maxSpread; n *= 2) {
    if (rungs.length && MIN_PAIRS * (prevWall / rungs[rungs.length - 1].learner.length) * growthPerDoubling > opts.learnerBudgetMs - spent) {
      stoppedByBudget = true;
      break;
    }
    const before = spent;
    const rung = measureRung(n, opts.pairs);
    const wall = spent - before;
    if (prevWall > 0) {
      const prev = rungs[rungs.length - 1];
      growthPerDoubling = Math.max(2, (wall / rung.learner.length / rung.repsLearner) / (prevWall / prev.learner.length / prev.repsLearner));
    }
    prevWall = wall;
    rungs.push(rung);
    if (judgeGrowth(rungs).verdict === "fail") return { rungs, baseN, stoppedByBudget }; // clear: no bigger sizes needed
  }
  // … and, when a slow learner could not climb far, down from it (cheap for a slow learner),
  // so that the verdict still rests on a spread of at least 8.
  // (sizes stay integers: a spec may pass n to a constructor that requires one)
  while (rungs[rungs.length - 1].n / rungs[0].n < MIN_JUDGED_SPREAD && Math.floor(rungs[0].n / 2) >= MIN_N) {
    rungs.unshift(measureRung(Math.floor(rungs[0].n / 2), opts.pairs));
  }
  return { rungs, baseN: rungs[0].n, stoppedByBudget };
}
