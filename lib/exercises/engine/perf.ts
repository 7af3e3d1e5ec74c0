/**
 * Perf probe: times learner and reference on the same inputs, at growing sizes, in the same run.
 * Sizes form a ladder n/64, n/32, …, n/2, n (n = the case's large size). The learner climbs the
 * ladder only while it stays fast, so a quadratic solution costs about a second, not minutes.
 * It fails only when, between two sizes k× apart, its time grows far faster than the reference's
 * AND it is much slower in absolute terms — robust against noise on a loaded CI machine.
 */
import type { Failure, ModuleExports, PerfCase } from "./types";

const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

/**
 * Best (over `reps`) time of one run of the case at size n. Runs shorter than MIN_SAMPLE_MS are
 * repeated on fresh inputs and averaged, since sub-millisecond timings are mostly noise.
 */
const MIN_SAMPLE_MS = 4;
function best(c: PerfCase, mod: ModuleExports, n: number, reps: number, budgetMs: number): number {
  let b = Infinity;
  const start = now();
  for (let r = 0; r < reps; r++) {
    let total = 0;
    let runs = 0;
    const wall = now();
    do {
      const fn = c.prepare(mod, n);
      const t0 = now();
      fn();
      total += now() - t0;
      runs++;
      // (the untimed setup may be much slower than the timed part: bound the wall time too)
    } while (total < MIN_SAMPLE_MS && runs < 64 && now() - wall < 40);
    b = Math.min(b, total / runs);
    if (now() - start > budgetMs) break; // slow solutions are measured fewer times
  }
  return b;
}

type Measure = { n: number; small: number; k: number; l: number; lSmall: number; r: number; rSmall: number };

const STOP_MS = 150; // the learner goes one rung up only while below this

function measure(c: PerfCase, learner: ModuleExports, reference: ModuleExports): Measure {
  const big = c.sizes[1];
  const ladder = [64, 32, 16, 8, 4, 2, 1].map((d) => Math.max(1, Math.round(big / d)));
  const reps = c.reps ?? 3;
  // warm-up so both run optimized code (a cold small run would make growth look smaller)
  best(c, reference, big, 1, 1e9);
  best(c, learner, ladder[0], 2, 300);
  // the reference is fast: more repetitions filter out GC pauses in its timings
  const r = ladder.map((n) => best(c, reference, n, Math.max(reps, 5), 400));
  const l: number[] = [];
  for (let i = 0; i < ladder.length; i++) {
    l.push(best(c, learner, ladder[i], reps, 300));
    if (l[i] > STOP_MS) break;
  }
  const top = l.length - 1;
  const low = Math.max(0, top - 3); // compare sizes k = 8 apart when possible, else as far apart as measured
  return { n: ladder[top], small: ladder[low], k: ladder[top] / ladder[low], l: l[top], lSmall: l[low], r: r[top], rSmall: r[low] };
}

function verdict(c: PerfCase, m: Measure): boolean {
  if (m.k < 4) return false; // too few rungs measured to judge growth
  const gl = Math.max(m.l, 0.05) / Math.max(m.lSmall, 0.05);
  // The reference's own growth is often inflated at small sizes (caches, GC), so it is capped at
  // what its complexity allows: ~k for work proportional to n, ~constant for fixed query counts.
  const gr = Math.min(Math.max(m.r, 0.05) / Math.max(m.rSmall, 0.05), c.minGrowth !== undefined ? 3 : 1.5 * m.k);
  const minGrowth = c.minGrowth !== undefined ? (c.minGrowth * m.k) / 8 : 0.25 * m.k * m.k;
  if (gl <= minGrowth || m.l <= 15) return false;
  // clearly faster growth than the reference, or somewhat faster while far slower already
  return (gl > 2.5 * gr && m.l > 5 * m.r) || (gl > 1.6 * gr && m.l > 30 * m.r);
}

const fmt = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));

export function runPerf(cases: PerfCase[], learner: ModuleExports, reference: ModuleExports): Failure[] {
  const failures: Failure[] = [];
  for (const c of cases) {
    let m = measure(c, learner, reference);
    if (!verdict(c, m)) continue;
    // a close call is measured twice more and decided by majority, so that one noisy
    // measurement can neither fail a correct solution nor let a slow one through
    if (m.l < 20 * m.r) {
      const m2 = measure(c, learner, reference);
      const v2 = verdict(c, m2);
      if (!v2 && !verdict(c, measure(c, learner, reference))) continue;
      if (v2 && m2.l / m2.r < m.l / m.r) m = m2;
    }
    const gl = Math.max(m.l, 0.05) / Math.max(m.lSmall, 0.05);
    const gr = Math.max(m.r, 0.05) / Math.max(m.rSmall, 0.05);
    failures.push({
      kind: "perf",
      message:
        `${c.what} looks an order of growth slower than required: ${fmt(m.k)}x more entries (${m.small} → ${m.n}) made it ` +
        `${fmt(gl)}x slower; the reference grew ${fmt(gr)}x (${fmt(m.l)} ms vs the reference's ${fmt(m.r)} ms at ${m.n}).`,
    });
  }
  return failures;
}
