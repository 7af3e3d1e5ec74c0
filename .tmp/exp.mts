import { readFileSync, existsSync } from "node:fs";
import { compileSolution } from "/work/wt/engine/lib/exercises/engine/compile";
import { measureGrowth } from "/work/wt/engine/lib/exercises/engine/measure-growth";
import { judgeGrowth, rungRatio } from "/work/wt/engine/lib/exercises/engine/judge-growth";
import { threadCpuClock } from "/work/wt/engine/lib/exercises/thread-cpu-clock";
const clock = process.argv.includes("--wall") ? () => performance.now() : threadCpuClock()!;
import { SPECS } from "/work/wt/engine/lib/exercises/specs";
const ids = process.argv.slice(2).filter(a => !a.startsWith("--"));
const which = (process.argv.find(a => a.startsWith("--files=")) ?? "--files=reference.ts,bugs/slow.ts,bugs/slow-map-iterator.ts").slice(8).split(",");
for (const id of ids.length ? ids : Object.keys(SPECS)) {
  const spec = await SPECS[id].spec();
  if (!spec.perf) continue;
  const ref = await SPECS[id].reference();
  for (const f of which) {
    const p = `/work/wt/engine/exercises/${id}/${f}`;
    if (!existsSync(p)) continue;
    const src = readFileSync(p, "utf8");
    const comp = compileSolution(src, { noMapSet: spec.noMapSet });
    if ("failure" in comp) { console.log(id, f, "compile fail"); continue; }
    for (const c of spec.perf) {
      const t0 = performance.now();
      const lad = measureGrowth(c, comp.factory(), ref, { pairs: 5, maxSpread: 16, learnerBudgetMs: 2500, targetSampleMs: 2, clock });
      const j = judgeGrowth(lad.rungs); if (j.verdict === "unsure") { const { measureGrowth: m2 } = await import("/work/wt/engine/lib/exercises/engine/measure-growth"); const { combineRungs, judgeCombined } = await import("/work/wt/engine/lib/exercises/engine/judge-growth"); const b = m2(c, comp.factory(), ref, { pairs: 9, maxSpread: 16, learnerBudgetMs: 2500, targetSampleMs: 4, clock, baseN: lad.baseN }); const jc = judgeCombined(combineRungs(lad.rungs, b.rungs)); console.log("   pooled", jc.exponent.toFixed(2), jc.verdict, b.rungs.map(r => r.n + ":" + rungRatio(r).toFixed(2)).join(" ")); }
      const ms = performance.now() - t0;
      console.log(`${id.padEnd(28)} ${f.padEnd(16)} e=${j.exponent.toFixed(2)} k=${j.spread} ${j.verdict.padEnd(6)} ${ms.toFixed(0)}ms budgetStop=${lad.stoppedByBudget} | ` +
        lad.rungs.map(r => `${r.n}:${rungRatio(r).toFixed(2)}(x${r.repsReference}/${r.repsLearner},R${Math.min(...r.reference).toFixed(3)},${r.learner.length})`).join(" "));
    }
  }
}
