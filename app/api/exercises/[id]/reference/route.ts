import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getReference } from "@/lib/exercises/progress/give-up";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async ({ userId, ctx }) => getReference(db, userId, (await ctx.params).id));
