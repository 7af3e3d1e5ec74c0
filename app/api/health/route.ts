import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { env } from "@/lib/env.server";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness for a load balancer or supervisor: 200 once the database answers, 503
 * with `database: "unreachable"` when it does not. `instance` is GO_BASE_INSTANCE, if set.
 */
export async function GET() {
  const instance = env.GO_BASE_INSTANCE ?? null;
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok", instance }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return NextResponse.json({ status: "unavailable", database: "unreachable", instance }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
