import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { deleteDeck } from "@/lib/decks/delete-deck";
import { renameDeck } from "@/lib/decks/rename-deck";

type Ctx = { params: Promise<{ id: string }> };

/** Rename and/or change the deck's own daily limits. */
export const PATCH = authedRoute<Ctx>(async ({ request, userId, ctx }) => ({ deck: await renameDeck(db, userId, (await ctx.params).id, await readJson(request)) }));
/** Retires the deck's cards; their history stays. */
export const DELETE = authedRoute<Ctx>(async ({ userId, ctx }) => deleteDeck(db, userId, (await ctx.params).id));
