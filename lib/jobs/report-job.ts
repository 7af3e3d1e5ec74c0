import type { Db } from "../db";

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

export async function failJob(db: Db, jobId: string, message: string, now: Date = new Date()): Promise<void> {
  await db.job.updateMany({ where: { id: jobId, status: "running" }, data: { status: "failed", error: message, heartbeatAt: now, finishedAt: now } });
}
