import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getExerciseForUser } from "@/lib/exercises/progress/get-exercise";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async ({ userId, ctx }) => getExerciseForUser(db, userId, (await ctx.params).id));
