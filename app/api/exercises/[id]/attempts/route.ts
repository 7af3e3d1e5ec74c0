import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { recordAttempt } from "@/lib/exercises/progress/record-attempt";

type Ctx = { params: Promise<{ id: string }> };

export const POST = authedRoute<Ctx>(async ({ request, userId, ctx }) =>
  NextResponse.json(await recordAttempt(db, userId, (await ctx.params).id, await readJson(request)), { status: 201 }),
);
