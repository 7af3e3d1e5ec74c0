import { NextResponse } from "next/server";
import { db } from "@/lib/db.server";
import { authedRoute, readJson } from "@/lib/http.server";
import { copyCardToDeck } from "@/lib/cards/copy-card-to-deck";

type Ctx = { params: Promise<{ id: string }> };

/** "Copy to my deck": `{ deckId }`; 201 with the new own card. */
export const POST = authedRoute<Ctx>(async ({ request, userId, ctx }) =>
  NextResponse.json({ card: await copyCardToDeck(db, userId, (await ctx.params).id, await readJson(request)) }, { status: 201 }),
);
