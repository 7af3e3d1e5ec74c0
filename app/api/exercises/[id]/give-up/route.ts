import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { giveUp } from "@/lib/exercises/progress/give-up";

type Ctx = { params: Promise<{ id: string }> };

export const POST = authedRoute<Ctx>(async ({ userId, ctx }) => giveUp(db, userId, (await ctx.params).id));
