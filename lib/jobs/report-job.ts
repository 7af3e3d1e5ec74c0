import type { Db } from "../db";
import type { JobErrorCode } from "./job-record";

// Each write is guarded by status "running": a job already marked failed as interrupted stays
// failed even if its worker, against the odds, reports later.

/** Records progress (0..1); doubles as the heartbeat. */
export async function reportJobProgress(db: Db, jobId: string, progress: number, now: Date = new Date()): Promise<void> {
  await db.job.updateMany({ where: { id: jobId, status: "running" }, data: { progress: Math.min(1, Math.max(0, progress)), heartbeatAt: now } });
}

export async function finishJob(db: Db, jobId: string, result: unknown, now: Date = new Date()): Promise<void> {
  await db.job.updateMany({
    where: { id: jobId, status: "running" },
    data: { status: "done", progress: 1, result: JSON.stringify(result), heartbeatAt: now, finishedAt: now },
  });
}

/** Fails the job with its code (what a client shows, in its language) and the server's message. */
export async function failJob(db: Db, jobId: string, failure: { code: JobErrorCode; message: string }, now: Date = new Date()): Promise<void> {
  await db.job.updateMany({
    where: { id: jobId, status: "running" },
    data: { status: "failed", error: failure.message, errorCode: failure.code, heartbeatAt: now, finishedAt: now },
  });
}
