import { threadCpuClock } from "/work/wt/engine/lib/exercises/thread-cpu-clock";
import * as ref from "/work/wt/engine/exercises/lru-cache/reference";
const clock = threadCpuClock()!;
const L = ref.LRUCache as any;
const run = (n: number) => { const c = new L(n); for (let i = 0; i < n; i++) c.put(i, i); for (let i = 0; i < n; i++) c.get(i); for (let i = n; i < 2 * n; i++) c.put(i, i); for (let i = 2 * n - 1; i >= n; i--) c.get(i); };
for (let w = 0; w < 20; w++) run(1000);
for (const n of [1000, 2000, 2500, 3000, 3500, 4000, 6000, 8000, 16000]) {
  const xs: number[] = [];
  for (let k = 0; k < 7; k++) { const t0 = clock(); run(n); xs.push(clock() - t0); }
  console.log(n, (Math.min(...xs) / n * 1000).toFixed(1), "us/1000ops-ish");
}
