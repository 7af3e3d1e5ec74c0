import type { Db } from "../db";
import { INTERRUPTED, JOB_STALE_MS } from "./job-record";

/**
 * At startup: jobs left running by a previous process are failed with a clear reason. With
 * one app instance (SQLite) every running job is such a leftover; instances sharing
 * PostgreSQL only fail jobs whose heartbeat stopped, never a live job of another instance.
 */
export async function failInterruptedJobs(db: Db, options: { onlyStale: boolean }, now: Date = new Date()): Promise<number> {
  const where = options.onlyStale ? { status: "running", heartbeatAt: { lt: new Date(now.getTime() - JOB_STALE_MS) } } : { status: "running" };
  const { count } = await db.job.updateMany({ where, data: { status: "failed", ...INTERRUPTED, finishedAt: now } });
  return count;
}
