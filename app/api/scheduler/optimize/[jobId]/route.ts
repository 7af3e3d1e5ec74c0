import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getJob } from "@/lib/jobs/get-job";
import { optimizeResultSchema } from "@/lib/scheduler/optimize-result";

export const GET = authedRoute<{ params: Promise<{ jobId: string }> }>(async ({ userId, ctx }) => {
  const { jobId } = await ctx.params;
  const job = await getJob(db, userId, "optimize", jobId, optimizeResultSchema);
  return { status: job.status, progress: job.progress, result: job.result, error: job.error, errorCode: job.errorCode };
});
