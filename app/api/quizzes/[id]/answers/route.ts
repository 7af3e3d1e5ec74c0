import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { answerQuestion } from "@/lib/quiz/answer-question";

type Ctx = { params: Promise<{ id: string }> };

export const POST = authedRoute<Ctx>(async ({ request, userId, ctx }) => answerQuestion(db, userId, (await ctx.params).id, await readJson(request)));
