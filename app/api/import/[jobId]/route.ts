import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getJob } from "@/lib/jobs/get-job";
import { importReportSchema } from "@/lib/import/import-report";

export const GET = authedRoute<{ params: Promise<{ jobId: string }> }>(async ({ userId, ctx }) => {
  const { jobId } = await ctx.params;
  const job = await getJob(db, userId, "import", jobId, importReportSchema);
  return { status: job.status, progress: job.progress, report: job.result, error: job.error, errorCode: job.errorCode };
});
