import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { sendMissedToReview } from "@/lib/quiz/send-missed";

type Ctx = { params: Promise<{ id: string }> };

export const POST = authedRoute<Ctx>(async ({ userId, ctx }) => sendMissedToReview(db, userId, (await ctx.params).id));
