import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { abandonQuiz } from "@/lib/quiz/abandon-quiz";
import { getQuizState } from "@/lib/quiz/get-quiz-state";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async ({ userId, ctx }) => getQuizState(db, userId, (await ctx.params).id));

/** Abandon an unfinished quiz. */
export const DELETE = authedRoute<Ctx>(async ({ userId, ctx }) => abandonQuiz(db, userId, (await ctx.params).id));
