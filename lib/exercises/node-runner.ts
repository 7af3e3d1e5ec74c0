/**
 * Node host of the checker: runs a check in a worker thread and terminates it after a time
 * limit, so that an infinite loop in a solution becomes a "timeout" failure. On Linux the limit
 * is the worker thread's own CPU time (a machine busy with other processes slows a check down
 * without timing it out); elsewhere, or as a backstop far above it, wall time.
 */
import { Worker } from "node:worker_threads";
import { DEFAULT_TIMEOUT_MS, responseToResult, timeoutResult, type CheckRequest, type CheckResponse } from "./engine/protocol";
import type { CheckMode, CheckResult } from "./engine/types";
import { threadCpuMs } from "./thread-cpu-time";

/** with a CPU-time limit, wall time still stops a worker that is starved for this long */
const WALL_BACKSTOP_FACTOR = 20;
const POLL_MS = 200;

export type RunOptions = { mode?: CheckMode; seed?: number; timeoutMs?: number };

export function checkInWorker(exerciseId: string, source: string, opts: RunOptions = {}): Promise<CheckResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const req: CheckRequest = { type: "check", exerciseId, source, mode: opts.mode ?? "submit", seed: opts.seed };
  // The worker loads TypeScript through tsx, whatever the parent was started with (plain node
  // with --import tsx, or vitest): a tiny CommonJS bootstrap registers tsx, then imports the entry.
  const entry = new URL("./node-worker.ts", import.meta.url).href;
  const bootstrap =
    `require("node:module").register("tsx/esm", ${JSON.stringify(import.meta.url)}, { data: { active: true } });` +
    `import(${JSON.stringify(entry)});`;
  const worker = new Worker(bootstrap, { eval: true, workerData: req });
  return new Promise<CheckResult>((resolve) => {
    let done = false;
    const finish = (r: CheckResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(poll);
      void worker.terminate();
      resolve(r);
    };
    let timer = setTimeout(() => finish(timeoutResult(exerciseId, timeoutMs)), timeoutMs);
    let poll: ReturnType<typeof setInterval> | undefined;
    const watchCpu = (tid: number) => {
      if (threadCpuMs(tid) === null) return; // no /proc: keep the wall-time limit
      const start = threadCpuMs(tid)!;
      clearTimeout(timer);
      timer = setTimeout(() => finish(timeoutResult(exerciseId, timeoutMs)), timeoutMs * WALL_BACKSTOP_FACTOR);
      poll = setInterval(() => {
        const used = threadCpuMs(tid);
        if (used !== null && used - start > timeoutMs) finish(timeoutResult(exerciseId, timeoutMs));
      }, POLL_MS);
    };
    worker.on("message", (m: CheckResponse | { type: "thread"; tid: number | null }) => {
      if (m.type === "thread") {
        if (m.tid !== null) watchCpu(m.tid);
        return;
      }
      finish(responseToResult(exerciseId, m));
    });
    worker.on("error", (e) => finish(responseToResult(exerciseId, { type: "error", exerciseId, message: e.message })));
    worker.on("exit", (code) =>
      finish(responseToResult(exerciseId, { type: "error", exerciseId, message: `worker exited with code ${code}` })),
    );
  });
}
