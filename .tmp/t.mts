import { threadCpuClock } from "/work/wt/engine/lib/exercises/thread-cpu-clock";
const c = threadCpuClock()!; const a = c(); let x = 0; for (let i = 0; i < 1e7; i++) x += i; console.log(c() - a, x > 0);
