import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getCardOtherLanguage } from "@/lib/content/get-card-other-language";

type Ctx = { params: Promise<{ id: string }> };

/** The card in the other language than the user's (the review's `t` key). */
export const GET = authedRoute<Ctx>(async ({ userId, ctx }) => getCardOtherLanguage(db, userId, { cardId: (await ctx.params).id }));
