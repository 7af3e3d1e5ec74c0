import path from "node:path";
import { Worker } from "node:worker_threads";
import { z } from "zod";
import type { FitItem } from "./build-fsrs-items";

const metricsSchema = z.object({ logLoss: z.number(), rmseBins: z.number() });

const messageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("progress"), value: z.number() }),
  z.object({ type: z.literal("done"), parameters: z.array(z.number()), current: metricsSchema, fitted: metricsSchema }),
  z.object({ type: z.literal("error"), message: z.string() }),
]);

export type FitMetrics = z.infer<typeof metricsSchema>;
export type FitOutcome = { parameters: number[]; current: FitMetrics; fitted: FitMetrics };

/** A fit of a few years of reviews takes seconds; a worker still busy after this is stuck. */
export const FIT_TIMEOUT_MS = 10 * 60_000;

// Resolved from the working directory, not import.meta.url: inside Next's server bundle the
// module's own URL points into .next/, while the app always runs from the repository root.
const WORKER_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/scheduler/fit-worker.mjs");

/**
 * Fits FSRS weights to the items in a worker thread, so no request waits on the optimizer,
 * and scores the current and the fitted weights on the same held-out reviews (fsrs-rs's
 * time-series split). `onProgress` gets 0..1.
 */
export function runFitInWorker(items: readonly FitItem[], current: readonly number[], onProgress: (value: number) => void): Promise<FitOutcome> {
  const worker = new Worker(WORKER_FILE, { workerData: { items: items.map((i) => i.reviews), current: [...current] } });
  return new Promise<FitOutcome>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => settle(() => reject(new Error("the optimizer took too long and was stopped"))), FIT_TIMEOUT_MS);
    worker.on("message", (raw: unknown) => {
      const message = messageSchema.parse(raw);
      if (message.type === "progress") onProgress(message.value);
      else if (message.type === "done") settle(() => resolve({ parameters: message.parameters, current: message.current, fitted: message.fitted }));
      else settle(() => reject(new Error(`the optimizer failed: ${message.message}`)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`the optimizer stopped unexpectedly (exit code ${code})`))));
  });
}
