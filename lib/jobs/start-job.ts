import type { Db } from "../db";
import { AppError } from "../errors";
import { INTERRUPTED, isStale, type JobKind } from "./job-record";

/**
 * Creates a running job row for the user, unless one of the same kind is still running
 * (409 JOB_RUNNING). A running row whose heartbeat went stale is closed as interrupted first,
 * so a job killed by a restart never blocks its own retry.
 */
export async function startJob(db: Db, userId: string, kind: JobKind, now: Date = new Date()): Promise<{ id: string }> {
  const running = await db.job.findFirst({ where: { userId, kind, status: "running" }, orderBy: { createdAt: "desc" } });
  if (running && !isStale(running, now)) {
    throw new AppError("JOB_RUNNING", `a ${kind} job is already running (${running.id}); wait for it to finish`);
  }
  if (running) await db.job.updateMany({ where: { id: running.id, status: "running" }, data: { status: "failed", ...INTERRUPTED, finishedAt: now } });
  return db.job.create({ data: { userId, kind, createdAt: now, heartbeatAt: now }, select: { id: true } });
}
