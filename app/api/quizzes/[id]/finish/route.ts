import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { finishQuiz } from "@/lib/quiz/finish-quiz";

type Ctx = { params: Promise<{ id: string }> };

export const POST = authedRoute<Ctx>(async ({ userId, ctx }) => finishQuiz(db, userId, (await ctx.params).id));
