/**
 * Node host of the checker: runs a check in a worker thread and terminates it after a time
 * limit, so that an infinite loop in a solution becomes a "timeout" failure.
 */
import { Worker } from "node:worker_threads";
import { DEFAULT_TIMEOUT_MS, responseToResult, timeoutResult, type CheckRequest, type CheckResponse } from "./engine/protocol";
import type { CheckMode, CheckResult } from "./engine/types";

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
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => finish(timeoutResult(exerciseId, timeoutMs)), timeoutMs);
    worker.on("message", (m: CheckResponse) => finish(responseToResult(exerciseId, m)));
    worker.on("error", (e) => finish(responseToResult(exerciseId, { type: "error", exerciseId, message: e.message })));
    worker.on("exit", (code) =>
      finish(responseToResult(exerciseId, { type: "error", exerciseId, message: `worker exited with code ${code}` })),
    );
  });
}
