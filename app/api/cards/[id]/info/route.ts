import { db } from "@/lib/db.server";
import { authedRoute } from "@/lib/http.server";
import { getCardInfo } from "@/lib/cards/get-card-info";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async ({ userId, ctx }) => getCardInfo(db, userId, (await ctx.params).id));
