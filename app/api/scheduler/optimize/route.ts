import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getOptimizerStatus } from "@/lib/scheduler/get-optimizer-status";
import { startOptimize } from "@/lib/scheduler/start-optimize";

/** Whether the optimizer is worth running (and the history it would use). */
export const GET = authedRoute(async ({ userId }) => getOptimizerStatus(db, userId));

/** Starts a fit in a worker thread; poll GET /api/scheduler/optimize/[jobId]. */
export const POST = authedRoute(async ({ userId }) => {
  const { jobId } = await startOptimize(db, userId);
  return NextResponse.json({ jobId }, { status: 202 });
});
