import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { deleteCard } from "@/lib/cards/delete-card";
import { getCard } from "@/lib/cards/get-card";
import { updateCard } from "@/lib/cards/update-card";

type Ctx = { params: Promise<{ id: string }> };

export const GET = authedRoute<Ctx>(async ({ userId, ctx }) => ({ card: await getCard(db, userId, (await ctx.params).id) }));
export const PATCH = authedRoute<Ctx>(async ({ request, userId, ctx }) => ({ card: await updateCard(db, userId, (await ctx.params).id, await readJson(request)) }));
export const DELETE = authedRoute<Ctx>(async ({ userId, ctx }) => deleteCard(db, userId, (await ctx.params).id));
