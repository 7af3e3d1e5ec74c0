import type { Db } from "../db";
import { AppError } from "../errors";
import { JOB_HEARTBEAT_MS } from "../jobs/job-record";
import { failJob, finishJob, reportJobProgress } from "../jobs/report-job";
import { startJob } from "../jobs/start-job";
import { FSRS_WEIGHTS } from "../review/scheduler";
import { getSettings } from "../settings/get-settings";
import { loadFitItems } from "./load-fit-items";
import { MIN_REVIEWS_TO_OPTIMIZE, type OptimizeResult } from "./optimize-result";
import { runFitInWorker } from "./run-fit";

/**
 * Starts fitting FSRS weights to the user's review log: checks there is enough history
 * (409 NOT_ENOUGH_REVIEWS, with the count), creates the job row and returns its id at once.
 * The fit runs in a worker thread; the job row carries its progress and, at the end, both
 * evaluations. `finished` settles when the job row is final (tests await it; routes don't).
 */
export async function startOptimize(db: Db, userId: string): Promise<{ jobId: string; finished: Promise<void> }> {
  const [items, settings] = await Promise.all([loadFitItems(db, userId), getSettings(db, userId)]);
  if (items.length < MIN_REVIEWS_TO_OPTIMIZE) {
    throw new AppError(
      "NOT_ENOUGH_REVIEWS",
      `The optimizer needs at least ${MIN_REVIEWS_TO_OPTIMIZE} reviews of cards on a later day than their previous review; you have ${items.length}. ` +
        "With fewer, fsrs-rs cannot fit all the weights on the oldest part of your history, which the evaluation needs.",
    );
  }
  const { id: jobId } = await startJob(db, userId, "optimize");
  const current = settings.fsrsWeights ?? [...FSRS_WEIGHTS];

  let latest = 0;
  let reported = 0;
  // The heartbeat proves the worker is alive even in a long stretch without progress.
  const heartbeat = setInterval(() => {
    reported = latest;
    void reportJobProgress(db, jobId, latest).catch(() => undefined);
  }, JOB_HEARTBEAT_MS);
  const onProgress = (value: number) => {
    latest = value;
    if (value - reported >= 0.05) {
      reported = value;
      void reportJobProgress(db, jobId, value).catch(() => undefined);
    }
  };

  const finished = runFitInWorker(items, current, onProgress)
    .then(async (outcome) => {
      const result: OptimizeResult = {
        reviews: items.length,
        current: outcome.current,
        fitted: { ...outcome.fitted, parameters: outcome.parameters },
        better: outcome.fitted.logLoss < outcome.current.logLoss,
      };
      await db.settings.update({ where: { userId }, data: { optimizedAt: new Date() } });
      await finishJob(db, jobId, result);
    })
    .catch(async (error: unknown) => {
      const failure = error instanceof AppError ? { code: error.code, message: error.message } : { code: "INTERNAL" as const, message: error instanceof Error ? error.message : "the optimizer failed" };
      await failJob(db, jobId, failure).catch(() => undefined);
    })
    .finally(() => clearInterval(heartbeat));
  return { jobId, finished };
}
