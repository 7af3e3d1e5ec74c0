import { readFileSync } from "node:fs";
import { spec } from "/work/wt/engine/exercises/lru-cache/spec";
import * as reference from "/work/wt/engine/exercises/lru-cache/reference";
import { threadCpuClock } from "/work/wt/engine/lib/exercises/thread-cpu-clock";
import { compileSolution } from "/work/wt/engine/lib/exercises/engine/compile";
import { measureGrowth } from "/work/wt/engine/lib/exercises/engine/measure-growth";
import { judgeGrowth, combineRungs, judgeCombined, rungRatio } from "/work/wt/engine/lib/exercises/engine/judge-growth";
const clock = threadCpuClock()!;
const file = process.argv[2] ?? "bugs/slow-map-iterator.ts";
const comp = compileSolution(readFileSync(`/work/wt/engine/exercises/lru-cache/${file}`, "utf8")) as any;
for (let k = 0; k < 6; k++) {
  const mod = comp.factory();
  const c = spec.perf![0];
  const a = measureGrowth(c, mod, reference, { pairs: 5, maxSpread: 16, learnerBudgetMs: 2500, targetSampleMs: 2, clock });
  const j = judgeGrowth(a.rungs);
  let line = `first e=${j.exponent.toFixed(2)} ${j.verdict} ` + a.rungs.map(r => rungRatio(r).toFixed(2)).join(" ");
  if (j.verdict === "unsure") {
    const b = measureGrowth(c, mod, reference, { pairs: 9, maxSpread: 16, learnerBudgetMs: 2500, targetSampleMs: 4, clock, baseN: a.baseN });
    const jc = judgeCombined(combineRungs(a.rungs, b.rungs));
    line += ` | pooled e=${jc.exponent.toFixed(2)} ${jc.verdict} ` + b.rungs.map(r => rungRatio(r).toFixed(2)).join(" ");
  }
  console.log(line);
}
