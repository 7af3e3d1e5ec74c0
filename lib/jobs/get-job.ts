import type { z } from "zod";
import type { Db } from "../db";
import { AppError } from "../errors";
import { INTERRUPTED, isStale, readJob, type JobKind, type JobView } from "./job-record";

/**
 * The user's job of this kind (404 for someone else's or an unknown id). A running job whose
 * heartbeat went stale is marked failed here, with the reason, so the poller learns that its
 * job died with the process that ran it, whichever instance answers the poll.
 */
export async function getJob<S extends z.ZodType>(db: Db, userId: string, kind: JobKind, jobId: string, resultSchema: S, now: Date = new Date()): Promise<JobView<z.infer<S>>> {
  let row = await db.job.findFirst({ where: { id: jobId, userId, kind } });
  if (!row) throw AppError.notFound("job");
  if (isStale(row, now)) {
    await db.job.updateMany({ where: { id: row.id, status: "running", heartbeatAt: row.heartbeatAt }, data: { status: "failed", ...INTERRUPTED, finishedAt: now } });
    row = await db.job.findUniqueOrThrow({ where: { id: row.id } });
  }
  return readJob(row, resultSchema);
}
