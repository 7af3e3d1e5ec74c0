import { z } from "zod";
import type { ErrorCode } from "../errors/error-codes";

export const JOB_KINDS = ["optimize", "import"] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export type JobStatus = "running" | "done" | "failed";

/** A running job refreshes its heartbeat at least this often (progress reports count). */
export const JOB_HEARTBEAT_MS = 5_000;
/** A running job whose heartbeat is older than this was interrupted (crash, restart, deploy). */
export const JOB_STALE_MS = 60_000;

export const INTERRUPTED_MESSAGE = "The server restarted or stopped while this job ran; start it again.";

/** Why a job failed, as a code a client words in its own language: an API error code, or an interruption. */
export type JobErrorCode = ErrorCode | "JOB_INTERRUPTED";

/** The columns of a job closed as interrupted (crash, restart, deploy). */
export const INTERRUPTED = { error: INTERRUPTED_MESSAGE, errorCode: "JOB_INTERRUPTED" } as const;

export type JobRow = {
  id: string;
  userId: string;
  kind: string;
  status: string;
  progress: number;
  result: string | null;
  error: string | null;
  errorCode: string | null;
  createdAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
};

/** `error` is the server's English message; `errorCode` the code to show it by (null on rows older than the column). */
export type JobView<R> = { id: string; kind: JobKind; status: JobStatus; progress: number; result: R | null; error: string | null; errorCode: string | null; createdAt: string };

const rowSchema = z.object({
  kind: z.enum(JOB_KINDS),
  status: z.enum(["running", "done", "failed"]),
  progress: z.number().min(0).max(1),
});

export const isStale = (row: Pick<JobRow, "status" | "heartbeatAt">, now: Date) =>
  row.status === "running" && now.getTime() - row.heartbeatAt.getTime() > JOB_STALE_MS;

/**
 * Reads a job row for a client. The JSON result column is parsed with the kind's zod schema:
 * a row written by an older version or edited by hand fails loudly here, not in the UI.
 */
export function readJob<S extends z.ZodType>(row: JobRow, resultSchema: S): JobView<z.infer<S>> {
  const { kind, status, progress } = rowSchema.parse(row);
  const result = row.result === null ? null : resultSchema.parse(JSON.parse(row.result));
  return { id: row.id, kind, status, progress, result, error: row.error, errorCode: row.errorCode, createdAt: row.createdAt.toISOString() };
}
